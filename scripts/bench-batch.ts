/**
 * Wall time of one small-balance batch of 10,000 charges (select, apply as one transaction, undo
 * whole) on file-backed PGlite and on PostgreSQL (BENCH_DATABASE_URL, else TEST_DATABASE_URL,
 * else the local server). Checks afterwards that every charge's totals equal its entries.
 *   npm run -s bench:batch [-- CHARGES]
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Figure, note, printFigures, round } from '../bench/lib/figures.ts';
import { createScratchDatabase } from '../bench/lib/scratch-postgres.ts';
import { chargesOutOfBalance } from '../bench/lib/seed-charges.ts';
import { type Database, type DatabaseHandle, openDatabase } from '../src/db/client.ts';
import {
  applySmallBalanceBatch,
  firstWriteOffOfBatch,
  selectSmallBalances,
  undoWriteOff,
} from '../src/ledger/index.ts';

const CHARGES = Number(process.argv[2] ?? 10_000) || 10_000;
const SMALL_CENTS = 300;

/** Small balances in bulk SQL, each with its pr_assessed entry, old enough to qualify. */
async function seedSmallBalances(db: Database): Promise<void> {
  await db.execute(sql`insert into patients (mrn, first_name, last_name, date_of_birth, search_name)
    values ('BENCH-B', 'Bench', 'Batch', '1970-01-01', 'bench batch')`);
  await db.execute(sql`insert into charges (patient_id, external_ref, date_of_service, description, pr_source,
      assessed_cents, outstanding_cents)
    select (select id from patients where mrn = 'BENCH-B'), 'bench-batch-' || i, '2026-01-15', 'Office visit 99213',
      'remittance', ${SMALL_CENTS}, ${SMALL_CENTS}
    from generate_series(1, ${CHARGES}) as i`);
  await db.execute(sql`insert into ledger_entries (charge_id, kind, amount_cents, actor, source, idempotency_key)
    select id, 'pr_assessed', ${SMALL_CENTS}, 'import', 'import', 'bench-batch-pr-' || id from charges`);
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

async function measure(handle: DatabaseHandle) {
  const { db } = handle;
  await seedSmallBalances(db);
  const select = await timed(() =>
    selectSmallBalances(db, { underCents: 500, minAgeDays: 60, today: '2026-06-01' }),
  );
  if (select.value.count !== CHARGES) throw new Error(`selected ${select.value.count} of ${CHARGES}`);
  const pins = select.value.charges.map((c) => ({ chargeId: c.id, outstandingCents: c.outstandingCents }));
  const apply = await timed(() =>
    applySmallBalanceBatch(db, {
      selection: pins,
      underCents: 500,
      minAgeDays: 60,
      actor: 'cli:bench',
      source: 'cli',
      idempotencyKey: randomUUID(),
    }),
  );
  if (!apply.value.ok || apply.value.value.count !== CHARGES)
    throw new Error('the batch did not apply whole');
  const first = await firstWriteOffOfBatch(db, apply.value.value.batchId ?? '');
  const undo = await timed(() =>
    undoWriteOff(db, {
      writeOffEntryId: first ?? 0,
      actor: 'cli:bench',
      source: 'cli',
      idempotencyKey: randomUUID(),
    }),
  );
  if (!undo.value.ok || undo.value.value.reversals.length !== CHARGES)
    throw new Error('the undo was not whole');
  const outOfBalance = await chargesOutOfBalance(db);
  if (outOfBalance !== 0) throw new Error(`${outOfBalance} charges' totals differ from their entries`);
  return { selectMs: select.ms, applyMs: apply.ms, undoMs: undo.ms };
}

async function onPglite() {
  const dir = await mkdtemp(join(tmpdir(), 'billing-bench-batch-'));
  const handle = await openDatabase({ kind: 'pglite-dir', dir });
  try {
    return await measure(handle);
  } finally {
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function onPostgres() {
  const scratch = await createScratchDatabase('billing_bench_batch');
  const handle = await openDatabase({ kind: 'postgres', url: scratch.url });
  try {
    return await measure(handle);
  } finally {
    await handle.close();
    await scratch.drop();
  }
}

function figure(id: string, where: string, ms: number): Figure {
  return {
    id,
    label: `${where}: one small-balance batch of ${CHARGES} charges applied (one transaction)`,
    value: round(ms / 1000, 2),
    unit: 's',
    baseline: null,
    ratio: null,
    target: 'reported',
    pass: null,
  };
}

const pglite = await onPglite();
note(
  `PGlite (file): select ${round(pglite.selectMs)} ms, apply ${round(pglite.applyMs)} ms, undo ${round(pglite.undoMs)} ms`,
);
const postgresRun = await onPostgres();
note(
  `PostgreSQL: select ${round(postgresRun.selectMs)} ms, apply ${round(postgresRun.applyMs)} ms, undo ${round(postgresRun.undoMs)} ms`,
);
printFigures([
  figure('batch-pglite', 'file-backed PGlite', pglite.applyMs),
  figure('batch-postgres', 'PostgreSQL', postgresRun.applyMs),
]);
