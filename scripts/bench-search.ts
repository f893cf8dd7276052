/**
 * Patient search latency through the ledger's own query on PostgreSQL, with many patients.
 *   BENCH_DATABASE_URL=postgres://… npm run bench:search [-- PATIENTS]
 * A fresh database is created on that server and dropped afterwards. Prints figures only.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase } from '../src/db/client.ts';
import { searchPatients } from '../src/ledger/index.ts';

const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!baseUrl) {
  console.error('Set BENCH_DATABASE_URL to a PostgreSQL server (the role needs CREATEDB).');
  process.exit(2);
}
const patientCount = Number(process.argv[2] ?? 50_000) || 50_000;
const QUERIES = ['jan doe', 'doe jane', 'Maria', 'smyth', 'oneil', 'anne marie dubois'];
const ROUNDS = 50;

const name = `billing_bench_${randomBytes(4).toString('hex')}`;
const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(baseUrl);
url.pathname = `/${name}`;
const handle = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 2 });
try {
  // Filler names from md5 text, plus the people the queries look for.
  await handle.db.execute(sql`
    insert into patients (mrn, first_name, last_name, date_of_birth, search_name)
    select 'B-' || i, substr(md5(i::text), 1, 6), substr(md5((i * 7)::text), 1, 8), '1970-01-01',
           substr(md5(i::text), 1, 6) || ' ' || substr(md5((i * 7)::text), 1, 8)
    from generate_series(1, ${patientCount}) as i`);
  await handle.db.execute(sql`
    insert into patients (mrn, first_name, last_name, date_of_birth, search_name) values
      ('N-1', 'Jane', 'Doe', '1984-03-12', 'jane doe'), ('N-2', 'Jane', 'Roe', '1979-11-02', 'jane roe'),
      ('N-3', 'María', 'García', '1990-01-01', 'maria garcia'), ('N-4', 'Bob', 'Smith', '1960-01-01', 'bob smith'),
      ('N-5', 'Samuel', 'O''Neil', '1955-01-01', 'samuel oneil'), ('N-6', 'Anne-Marie', 'Dubois', '1970-01-01', 'anne marie dubois')`);
  // What autovacuum does after a bulk load: flush the GIN pending list and refresh statistics.
  await handle.db.execute(sql`vacuum analyze patients`);
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      const [best] = await searchPatients(handle.db, { query, limit: 10 });
      latencies.push(performance.now() - started);
      if (!best) throw new Error(`no match for ${query}`);
    }
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.floor(q * (latencies.length - 1))] ?? 0;
  console.log(
    `${patientCount + 6} patients, ${latencies.length} searches: p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms`,
  );
} finally {
  await handle.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end({ timeout: 5 });
}
