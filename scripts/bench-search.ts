/**
 * Patient search latency through the ledger's own query, with 100,000 patients, on PostgreSQL (a
 * scratch database, dropped afterwards) and on PGlite (in memory). Beside it, for information,
 * resolvePatient: what a typed patient reference costs end to end (id, MRN ignoring case, exact
 * name in either order, then the fuzzy search).
 *   npm run -s bench:search [-- PATIENTS]          (BENCH_DATABASE_URL selects the server)
 */
import { sql } from 'drizzle-orm';
import { type Figure, note, printFigures, quantile, round } from '../bench/lib/figures.ts';
import { createScratchDatabase } from '../bench/lib/scratch-postgres.ts';
import type { Database, DatabaseHandle } from '../src/db/client.ts';
import { openDatabase } from '../src/db/client.ts';
import { resolvePatient, searchPatients } from '../src/ledger/index.ts';

const patientCount = Number(process.argv[2] ?? 100_000) || 100_000;
const QUERIES = ['jan doe', 'doe jane', 'Maria', 'smyth', 'oneil', 'anne marie dubois'];
/** References as billers type them: exact, swapped with a comma, an MRN, a typo, a first name. */
const REFERENCES = ['Jane Doe', 'Doe, Jane', 'n-3', 'Bob Smyth', 'Samuel', 'García María'];
const ROUNDS = 50;

async function seedPatients(db: Database): Promise<void> {
  // Filler names from md5 text, plus the people the queries look for.
  await db.execute(sql`
    insert into patients (mrn, first_name, last_name, date_of_birth, search_name)
    select 'B-' || i, substr(md5(i::text), 1, 6), substr(md5((i * 7)::text), 1, 8), '1970-01-01',
           substr(md5(i::text), 1, 6) || ' ' || substr(md5((i * 7)::text), 1, 8)
    from generate_series(1, ${patientCount}) as i`);
  await db.execute(sql`
    insert into patients (mrn, first_name, last_name, date_of_birth, search_name) values
      ('N-1', 'Jane', 'Doe', '1984-03-12', 'jane doe'), ('N-2', 'Jane', 'Roe', '1979-11-02', 'jane roe'),
      ('N-3', 'María', 'García', '1990-01-01', 'maria garcia'), ('N-4', 'Bob', 'Smith', '1960-01-01', 'bob smith'),
      ('N-5', 'Samuel', 'O''Neil', '1955-01-01', 'samuel oneil'), ('N-6', 'Anne-Marie', 'Dubois', '1970-01-01', 'anne marie dubois')`);
  // What autovacuum does after a bulk load: flush the GIN pending list and refresh statistics.
  await db.execute(sql`vacuum analyze patients`);
}

interface Latencies {
  readonly search: number[];
  readonly resolve: number[];
}

async function searchLatencies(handle: DatabaseHandle): Promise<Latencies> {
  await seedPatients(handle.db);
  const search: number[] = [];
  const resolve: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      const [best] = await searchPatients(handle.db, { query, limit: 10 });
      search.push(performance.now() - started);
      if (!best) throw new Error(`no match for ${query}`);
    }
    for (const reference of REFERENCES) {
      const started = performance.now();
      const resolution = await resolvePatient(handle.db, reference);
      resolve.push(performance.now() - started);
      if (resolution.kind !== 'found') throw new Error(`${reference}: ${resolution.kind}`);
    }
  }
  return { search, resolve };
}

async function onPostgres(): Promise<Latencies> {
  const scratch = await createScratchDatabase('billing_bench_search');
  const handle = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 2 });
  try {
    return await searchLatencies(handle);
  } finally {
    await handle.close();
    await scratch.drop();
  }
}

async function onPglite(): Promise<Latencies> {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  try {
    return await searchLatencies(handle);
  } finally {
    await handle.close();
  }
}

const total = (patientCount + 6).toLocaleString('en-US');
const figure = (
  id: string,
  what: string,
  where: string,
  latencies: number[],
  target: string,
  limitMs: number | null,
) => {
  const p99 = quantile(latencies, 0.99);
  const p50 = quantile(latencies, 0.5);
  note(
    `${what} on ${where}: ${total} patients, ${latencies.length} runs, p50 ${round(p50)} ms, p99 ${round(p99)} ms`,
  );
  return {
    id,
    label: `${what} p99 on ${where}, ${total} patients (p50 ${round(p50)} ms)`,
    value: round(p99),
    unit: 'ms',
    baseline: null,
    ratio: null,
    target,
    pass: limitMs === null ? null : p99 <= limitMs,
  } satisfies Figure;
};
const onPg = await onPostgres();
const onLite = await onPglite();
printFigures([
  figure('search-pg-p99', 'Patient search', 'PostgreSQL', onPg.search, '<= 10 ms', 10),
  figure('search-pglite-p99', 'Patient search', 'PGlite', onLite.search, 'reported', null),
  figure('resolve-pg-p99', 'Patient reference resolved', 'PostgreSQL', onPg.resolve, 'reported', null),
  figure('resolve-pglite-p99', 'Patient reference resolved', 'PGlite', onLite.resolve, 'reported', null),
]);
