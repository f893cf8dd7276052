/** Applies the migrations in drizzle/ at start, so a fresh database needs no manual step. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Sql } from 'postgres';
import type { Database } from './client.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** An arbitrary constant: every instance of this app takes the same advisory lock to migrate. */
const MIGRATION_LOCK_ID = 7_340_221;

export async function migratePglite(db: Database): Promise<void> {
  // PGlite is one process and one connection: nothing to race with. Drivers load on use (client.ts).
  const { migrate: migratePgliteDb } = await import('drizzle-orm/pglite/migrator');
  await migratePgliteDb(db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
}

/**
 * Drizzle's migrator takes no lock, so two instances starting together could both apply the same
 * file. One dedicated connection holds a session advisory lock around the whole migration.
 */
export async function migratePostgres(url: string): Promise<void> {
  const [{ default: postgres }, { drizzle }, { migrate: migratePostgresDb }] = await Promise.all([
    import('postgres'),
    import('drizzle-orm/postgres-js'),
    import('drizzle-orm/postgres-js/migrator'),
  ]);
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    try {
      await migratePostgresDb(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

/**
 * The database already has the newest migration this build carries: two reads instead of the
 * migrator's connection, lock, schema and table checks and empty transaction. Drizzle's migrator
 * applies a migration when the newest one recorded is older, so "recorded at or after the newest
 * file" is exactly its "nothing to do". A migration still running in another instance is not
 * committed yet, so this reads false and the caller waits for it under the lock as before.
 */
export async function hasEveryMigration(client: Sql): Promise<boolean> {
  const journal = JSON.parse(await readFile(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  const newest = Math.max(...journal.entries.map((entry) => entry.when));
  const [found] = await client<{ exists: boolean }[]>`
    select to_regclass('drizzle.__drizzle_migrations') is not null as exists`;
  if (!found?.exists) return false;
  const [row] = await client<
    { at: string | null }[]
  >`select max(created_at) as at from drizzle.__drizzle_migrations`;
  return row?.at !== null && row?.at !== undefined && Number(row.at) >= newest;
}
