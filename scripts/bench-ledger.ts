/**
 * Write-off throughput through the ledger on PostgreSQL: the whole operation (idempotency lock,
 * charge lock, rules, entry, totals, audit row), many clients at once.
 *   BENCH_DATABASE_URL=postgres://… npm run bench:ledger [-- SECONDS CLIENTS]
 * A fresh database is created on that server and dropped afterwards. Prints figures only.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { type Database, openDatabase } from '../src/db/client.ts';
import { assessPr, upsertCharge, upsertPatient, writeOff } from '../src/ledger/index.ts';

const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!baseUrl) {
  console.error('Set BENCH_DATABASE_URL to a PostgreSQL server (the role needs CREATEDB).');
  process.exit(2);
}
const seconds = Number(process.argv[2] ?? 5) || 5;
const clients = Number(process.argv[3] ?? 8) || 8;
const CHARGES = 2_000;

async function seed(db: Database, count: number): Promise<number[]> {
  const patientId = await upsertPatient(db, {
    mrn: 'BENCH-1',
    firstName: 'Bench',
    lastName: 'Mark',
    dateOfBirth: '1970-01-01',
  });
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = await upsertCharge(db, {
      patientId,
      externalRef: `bench-${i}`,
      dateOfService: '2026-10-01',
      description: 'Office visit 99213',
      prSource: 'remittance',
    });
    await assessPr(db, {
      chargeId: id,
      amountCents: 1_000_000,
      actor: 'import',
      source: 'import',
      idempotencyKey: `bench-pr-${i}`,
    });
    ids.push(id);
  }
  return ids;
}

/** Runs `clients` loops for `seconds`; each writes off $0.01 on a charge `pick` chooses. */
async function run(
  db: Database,
  pick: () => number,
): Promise<{ perSecond: number; p50Ms: number; p99Ms: number }> {
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const result = await writeOff(db, {
          chargeId: pick(),
          amountCents: 1,
          reason: 'small_balance',
          actor: 'cli:bench',
          source: 'cli',
          idempotencyKey: randomUUID(),
        });
        if (!result.ok) throw new Error(`unexpected blocker ${result.blockers[0]?.code}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { perSecond: latencies.length / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
}

const name = `billing_bench_${randomBytes(4).toString('hex')}`;
const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(baseUrl);
url.pathname = `/${name}`;
const handle = await openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: clients });
try {
  const ids = await seed(handle.db, CHARGES);
  const spread = await run(handle.db, () => ids[Math.floor(Math.random() * ids.length)] ?? 0);
  const hot = await run(handle.db, () => ids[0] ?? 0);
  const line = (label: string, r: typeof spread) =>
    `${label}: ${Math.round(r.perSecond)} write-offs/s, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms`;
  console.log(`${clients} clients, ${seconds} s each`);
  console.log(line(`spread over ${CHARGES} charges`, spread));
  console.log(line('one hot charge', hot));
} finally {
  await handle.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end({ timeout: 5 });
}
