/** Applies the migrations in drizzle/ at start, so a fresh database needs no manual step. */
import { fileURLToPath } from 'node:url';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
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
