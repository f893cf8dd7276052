/**
 * Opens the database: PostgreSQL through postgres.js when a URL is given, otherwise the embedded
 * PGlite, persisted in a directory (guarded by a lock file) or in memory for tests. Migrations are
 * applied before the handle is returned.
 */
import type { PGlite as PGliteClient } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations, Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { TRIGRAM_SESSION_SETTINGS } from '../ledger/queries/search-name.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { hasEveryMigration, migratePglite, migratePostgres } from './migrate.ts';
import { preparingPgliteStatements } from './pglite-prepared.ts';
import { preparingStatements } from './prepared-statements.ts';
import * as schema from './schema/index.ts';
import { refreshStoredSearchNames } from './search-names.ts';
import { markSingleSession } from './single-session.ts';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Query functions take either, so they compose inside a caller's transaction. */
export type Executor = Database | Transaction;

export type DatabaseTarget =
  | { readonly kind: 'postgres'; readonly url: string; readonly maxConnections?: number }
  | { readonly kind: 'pglite-dir'; readonly dir: string; readonly lockTimeoutMs?: number }
  | { readonly kind: 'pglite-memory'; readonly loadDataDir?: Blob };

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: DatabaseTarget['kind'];
  close(): Promise<void>;
  /** PGlite only: the whole database as a tarball (tests copy a migrated template). */
  dumpDataDir(): Promise<Blob>;
}

export interface OpenOptions {
  /** Sees every statement Drizzle sends (benchmarks count statements per operation with it). */
  readonly logger?: Logger;
}

const DRIZZLE_OPTIONS = { schema, casing: 'snake_case' } as const;

export async function openDatabase(
  target: DatabaseTarget,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  const drizzleOptions = { ...DRIZZLE_OPTIONS, logger: options.logger };
  if (target.kind === 'postgres')
    return openPostgres(target.url, target.maxConnections ?? 10, drizzleOptions);
  if (target.kind === 'pglite-dir') {
    const release = await acquireDataDirLock(target.dir, target.lockTimeoutMs ?? 10_000);
    try {
      const handle = await openPglite(drizzleOptions, target.dir);
      return { ...handle, close: () => handle.close().finally(release) };
    } catch (error) {
      await release();
      throw error;
    }
  }
  return openPglite(drizzleOptions, undefined, target.loadDataDir);
}

type DrizzleOptions = typeof DRIZZLE_OPTIONS & { readonly logger?: Logger };

/**
 * PGlite starts with PostgreSQL's 128 MB of shared buffers, which it sets up on every open: about
 * 0.75 s of each start of the app or the CLI here. One embedded session needs far less; at 32 MB an
 * open takes about 0.3 s, and the demo practice or 100,000 patients still fit.
 */
const PGLITE_SETTINGS = ['-c', 'shared_buffers=32MB'] as const;

/**
 * A PGlite client as the app opens one: pg_trgm, the settings above and the search settings.
 * `openDatabase` migrates it; the tests' pool of reusable databases loads a migrated template.
 */
export async function createPgliteClient(
  source: { readonly dataDir?: string; readonly loadDataDir?: Blob } = {},
): Promise<PGliteClient> {
  const [{ PGlite }, { pg_trgm }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
  ]);
  const client = await PGlite.create({
    ...source,
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS],
  });
  await applyPgliteSessionSettings(client);
  return client;
}

/**
 * PGlite is one session for the life of the client: its search settings are set once, and again
 * only after something discards the session (the tests' pool does).
 */
export async function applyPgliteSessionSettings(client: PGliteClient): Promise<void> {
  for (const [name, value] of Object.entries(TRIGRAM_SESSION_SETTINGS)) {
    await client.query('select set_config($1, $2, false)', [name, value]);
  }
}

/**
 * The app's Drizzle database over a PGlite client, with its statements prepared
 * (pglite-prepared.ts). The app's open migrates it next; the tests' pool opens migrated ones.
 */
export async function drizzleOverPglite(
  client: PGliteClient,
  drizzleOptions: DrizzleOptions = DRIZZLE_OPTIONS,
): Promise<Database> {
  const [{ drizzle: drizzlePglite }, preparing] = await Promise.all([
    import('drizzle-orm/pglite'),
    preparingPgliteStatements(client),
  ]);
  return markSingleSession(
    drizzlePglite({ client: preparing.client, ...drizzleOptions }) as unknown as Database,
  );
}

async function openPostgres(
  url: string,
  maxConnections: number,
  drizzleOptions: DrizzleOptions,
): Promise<DatabaseHandle> {
  // Each driver is imported when it is used: a process needs one of the two, and loading both
  // costs start-up time (the CLI starts for every command).
  const [{ default: postgres }, { drizzle: drizzlePostgres }] = await Promise.all([
    import('postgres'),
    import('drizzle-orm/postgres-js'),
  ]);
  const client = postgres(url, {
    max: maxConnections,
    // Notices (e.g. "extension already exists") are not the user's business.
    onnotice: () => {},
    // Sent when each connection opens, so a patient search needs no SET of its own.
    connection: TRIGRAM_SESSION_SETTINGS,
  });
  const db = drizzlePostgres({
    client: preparingStatements(client),
    ...drizzleOptions,
  }) as unknown as Database;
  try {
    // Asked on the app's own first connection: a database that has every migration needs no
    // connection of the migrator's own (about 40 ms of every CLI command).
    if (!(await hasEveryMigration(client))) await migratePostgres(url);
    await refreshStoredSearchNames(db);
  } catch (error) {
    // A failed open leaves no pool behind to keep the process alive.
    await client.end({ timeout: 5 });
    throw error;
  }
  const dumpDataDir = () => Promise.reject(new Error('dumpDataDir is PGlite only'));
  return { db, kind: 'postgres', close: () => client.end({ timeout: 5 }), dumpDataDir };
}

async function openPglite(
  drizzleOptions: DrizzleOptions,
  dataDir?: string,
  loadDataDir?: Blob,
): Promise<DatabaseHandle> {
  const client = await createPgliteClient({ dataDir, loadDataDir });
  const db = await drizzleOverPglite(client, drizzleOptions);
  await migratePglite(db);
  await refreshStoredSearchNames(db);
  return {
    db,
    kind: dataDir ? 'pglite-dir' : 'pglite-memory',
    close: () => client.close(),
    dumpDataDir: async () => client.dumpDataDir('none'),
  };
}
