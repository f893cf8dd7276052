/**
 * Reusable PGlite test databases. Loading the migrated template into a new PGlite costs about
 * 1.2 s here (untarring 40 MB into its file system and starting PostgreSQL); emptying a used one
 * costs a few milliseconds. So a closed test database is emptied and kept for the next test of
 * the same worker: every table truncated with its ids restarted, the session discarded (settings,
 * advisory locks, prepared statements) and the search settings set again, which leaves it as the
 * template was, except that the patient directory's version number moved on.
 *
 * Each test gets its own Drizzle database over a revocable view of the client: a query that an
 * earlier test's app sends after that test closed its database fails instead of landing in the
 * next test's data. Fresh Drizzle objects also miss every cache keyed by the database.
 */
import type { PGlite } from '@electric-sql/pglite';
import {
  applyPgliteSessionSettings,
  createPgliteClient,
  type DatabaseHandle,
  drizzleOverPglite,
} from '../../src/db/client.ts';

const idle: PGlite[] = [];
/** Kept for the next test of the worker; more than this many open at once are closed instead. */
const MAX_IDLE = 4;
/** Truncating it would lose the row its trigger updates; its number is moved on instead. */
const KEPT_TABLES = new Set(['patient_directory_version']);

export async function takePooledPglite(template: () => Promise<Blob>): Promise<DatabaseHandle> {
  const client = idle.pop() ?? (await createPgliteClient({ loadDataDir: await template() }));
  const view = revocable(client);
  const db = await drizzleOverPglite(view.client);
  let closed = false;
  return {
    db,
    kind: 'pglite-memory',
    async close() {
      if (closed) return;
      closed = true;
      view.revoke();
      await giveBack(client);
    },
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}

async function giveBack(client: PGlite): Promise<void> {
  if (idle.length >= MAX_IDLE) return client.close();
  try {
    await empty(client);
    idle.push(client);
  } catch {
    // A database a test broke (or closed itself) is not reused.
    await client.close().catch(() => {});
  }
}

async function empty(client: PGlite): Promise<void> {
  // A transaction a test left open ends here; outside one, ROLLBACK only warns.
  await client.exec('rollback');
  await client.exec('discard all');
  const { rows } = await client.query<{ name: string }>(
    `select quote_ident(tablename) as name from pg_tables where schemaname = 'public'`,
  );
  const tables = rows.map((r) => r.name).filter((name) => !KEPT_TABLES.has(name));
  // The ledger's append-only triggers refuse TRUNCATE; replica mode skips triggers for this one
  // statement, which only a test reset may do.
  await client.exec(`
    set session_replication_role = replica;
    truncate ${tables.join(', ')} restart identity cascade;
    set session_replication_role = origin;
    update patient_directory_version set version = version + 1;
  `);
  await applyPgliteSessionSettings(client);
}

/** The client for one test: after revoke(), every query through it is refused. */
function revocable(client: PGlite): { client: PGlite; revoke(): void } {
  let open = true;
  const refused = () => Promise.reject(new Error('this test database was closed'));
  // execProtocolStream: the app's prepared statements (src/db/pglite-prepared.ts) are sent with it.
  const guarded = new Set<PropertyKey>([
    'query',
    'exec',
    'transaction',
    'sql',
    'listen',
    'execProtocolStream',
  ]);
  const view = new Proxy(client, {
    get(target, property) {
      if (!open && guarded.has(property)) return refused;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    client: view,
    revoke() {
      open = false;
    },
  };
}
