/**
 * Write-offs/s on a file-backed PGlite (what `npm start` uses without DATABASE_URL), beside a bare
 * Drizzle lock-and-update transaction on the same database in the same run. PGlite runs one query
 * at a time, so one client. Rounds alternate (bare, ledger, bare, ledger) to even out noise.
 * The bare transaction runs on stock Drizzle over the PGlite client; the ledger runs on the app's
 * Drizzle, whose client prepares its statements (src/db/pglite-prepared.ts).
 *   npm run -s bench:ledger-pglite [-- SECONDS]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { bigint, integer, pgTable } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { benchWriteOff } from '../bench/lib/bench-write-off.ts';
import { type Figure, note, printFigures, round } from '../bench/lib/figures.ts';
import { chargesOutOfBalance, seedCharges } from '../bench/lib/seed-charges.ts';
import { createPgliteClient, type Database, drizzleOverPglite, openDatabase } from '../src/db/client.ts';

const seconds = Number(process.argv[2] ?? 6) || 6;
const CHARGES = 10_000;
const ROUNDS = 2;

const benchCounters = pgTable('bench_counters', {
  id: integer().primaryKey(),
  value: bigint({ mode: 'number' }).notNull(),
});

async function countFor(run: () => Promise<void>): Promise<number> {
  let count = 0;
  const deadline = performance.now() + (seconds / ROUNDS) * 1000;
  while (performance.now() < deadline) {
    await run();
    count++;
  }
  return count;
}

const pick = (ids: readonly number[]) => ids[Math.floor(Math.random() * ids.length)] ?? 0;

function bareTransaction(db: Database): Promise<void> {
  const id = 1 + Math.floor(Math.random() * CHARGES);
  return db.transaction(async (tx) => {
    await tx.select().from(benchCounters).where(eq(benchCounters.id, id)).for('update');
    await tx
      .update(benchCounters)
      .set({ value: sql`${benchCounters.value} + 1` })
      .where(eq(benchCounters.id, id));
  });
}

async function ledgerWriteOff(db: Database, ids: readonly number[]): Promise<void> {
  await benchWriteOff(db, pick(ids));
}

const dir = await mkdtemp(join(tmpdir(), 'billing-bench-pglite-'));
let bare = 0;
let ledger = 0;
try {
  // Migrated and seeded by the app's own open, then opened again as one client for both.
  const seeded = await openDatabase({ kind: 'pglite-dir', dir });
  let ids: number[];
  try {
    ids = await seedCharges(seeded.db, CHARGES);
    await seeded.db.execute(sql`create table bench_counters (id int primary key, value bigint not null)`);
    await seeded.db.execute(
      sql`insert into bench_counters select i, 0 from generate_series(1, ${CHARGES}) as i`,
    );
  } finally {
    await seeded.close();
  }
  const client = await createPgliteClient({ dataDir: dir });
  try {
    const app = await drizzleOverPglite(client);
    const stock = drizzle({ client }) as unknown as Database;
    for (let round = 0; round < ROUNDS; round++) {
      bare += await countFor(() => bareTransaction(stock));
      ledger += await countFor(() => ledgerWriteOff(app, ids));
    }
    const outOfBalance = await chargesOutOfBalance(app);
    if (outOfBalance !== 0) throw new Error(`${outOfBalance} charges' totals differ from their entries`);
  } finally {
    await client.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
const bareRate = bare / seconds;
const ledgerRate = ledger / seconds;
note(`PGlite (file): ${round(ledgerRate)} write-offs/s; bare Drizzle lock-and-update ${round(bareRate)}/s`);
const figures: Figure[] = [
  {
    id: 'ledger-pglite',
    label: 'Write-offs/s on file-backed PGlite, one client',
    value: round(ledgerRate),
    unit: '/s',
    baseline: { label: 'bare Drizzle lock-and-update transaction, same PGlite', value: round(bareRate) },
    ratio: round(ledgerRate / bareRate, 2),
    target: '>= 0.5x',
    pass: ledgerRate / bareRate >= 0.5,
  },
];
printFigures(figures);
