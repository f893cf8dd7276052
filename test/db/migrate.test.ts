/**
 * Migrations run when the program opens the database. On PostgreSQL several instances may start
 * at once; the advisory lock makes them take turns, so each file is applied exactly once.
 */
import postgres from 'postgres';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { createScratchPostgresDatabase, describePostgres } from '../support/databases.ts';

describePostgres('migrations on PostgreSQL', () => {
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => drop?.());

  it('four instances starting together apply each migration once and all open', async () => {
    const scratch = await createScratchPostgresDatabase('billing_migrate');
    drop = scratch.drop;
    const handles = await Promise.all(
      Array.from({ length: 4 }, () =>
        openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 2 }),
      ),
    );
    try {
      const db = postgres(scratch.url, { max: 1 });
      const applied =
        await db`select hash, count(*)::int as times from drizzle.__drizzle_migrations group by hash`;
      const tables =
        await db`select count(*)::int as n from information_schema.tables where table_name = 'ledger_entries'`;
      await db.end();
      expect(applied.length).toBeGreaterThanOrEqual(4);
      expect(applied.every((row) => row.times === 1)).toBe(true);
      expect(tables[0]?.n).toBe(1);
    } finally {
      await Promise.all(handles.map((h) => h.close()));
    }
  });
});
