/**
 * Opening a PostgreSQL database first asks whether it already has every migration of this build
 * (src/db/migrate.ts): yes skips the migrator and its own connection, no runs it under its lock.
 * A wrong yes would leave a database without its newest tables or constraints, so the answer is
 * checked on an empty database, a migrated one, and one missing its newest migration.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { hasEveryMigration } from '../../src/db/migrate.ts';
import { createScratchPostgresDatabase, describePostgres } from '../support/databases.ts';

describePostgres('whether a PostgreSQL database has every migration', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgresDatabase>>;
  let client: postgres.Sql;

  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase('billing_migrated');
    client = postgres(scratch.url, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await client?.end({ timeout: 5 });
    await scratch?.drop();
  });

  it('no for an empty database; yes once opened; no again without the newest migration', async () => {
    expect(await hasEveryMigration(client)).toBe(false);

    const handle = await openDatabase({ kind: 'postgres', url: scratch.url });
    await handle.close();
    expect(await hasEveryMigration(client)).toBe(true);
    // Opened again: nothing to apply, and the tables are there.
    const again = await openDatabase({ kind: 'postgres', url: scratch.url });
    await again.close();
    const [tables] =
      await client`select count(*)::int as n from pg_tables where tablename in ('ledger_entries', 'approval_card_posts')`;
    expect(tables?.n).toBe(2);

    await client`delete from drizzle.__drizzle_migrations
      where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`;
    expect(await hasEveryMigration(client)).toBe(false);
  });
});
