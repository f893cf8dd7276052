/**
 * Write-off throughput through the ledger on PostgreSQL, beside pgbench's tpcb-like in the same
 * run on the same server: the whole operation (key lock and hash, charge lock, rules, entry,
 * totals, audit row, idempotency record), 8 clients, spread over 10,000 charges, then on one
 * hot charge. Scratch databases are created on the server and dropped afterwards.
 *   npm run -s bench:ledger [-- SECONDS CLIENTS]        (BENCH_DATABASE_URL selects the server)
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { type Figure, note, printFigures, quantile, round } from '../bench/lib/figures.ts';
import { createScratchDatabase } from '../bench/lib/scratch-postgres.ts';
import { chargesOutOfBalance, seedCharges } from '../bench/lib/seed-charges.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { writeOff } from '../src/ledger/index.ts';

const seconds = Number(process.argv[2] ?? 10) || 10;
const clients = Number(process.argv[3] ?? 8) || 8;
const CHARGES = 10_000;
/** pgbench's scale factor: as many branches as clients, as its documentation advises. */
const PGBENCH_SCALE = clients;
const PGBENCH = process.env.PGBENCH ?? 'pgbench';
const run = promisify(execFile);

async function pgbenchTps(): Promise<number> {
  const scratch = await createScratchDatabase('billing_bench_pgbench');
  try {
    const url = new URL(scratch.url);
    const args = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username)];
    await run(PGBENCH, [...args, '-i', '-q', '-s', String(PGBENCH_SCALE), scratch.name]);
    const { stdout } = await run(PGBENCH, [
      ...args,
      '-b',
      'tpcb-like',
      '-n',
      '-c',
      String(clients),
      '-j',
      '2',
      '-T',
      String(seconds),
      scratch.name,
    ]);
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
    return Number(tps);
  } finally {
    await scratch.drop();
  }
}

/** `clients` loops for `seconds`; each writes off $0.01 on a charge `pick` chooses. */
async function writeOffsPerSecond(db: Database, pick: () => number) {
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
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
  const cpu = process.cpuUsage(cpuBefore);
  // The client's own CPU per write-off: on a shared machine it competes with the server for cores.
  const clientCpuMs = (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length);
  return { perSecond: latencies.length / seconds, p99Ms: quantile(latencies, 0.99), clientCpuMs };
}

/**
 * What a Node client alone costs on this machine: a bare lock-and-update transaction through the
 * same driver (BEGIN, SELECT … FOR UPDATE, UPDATE, COMMIT) on a counters table, same clients.
 */
async function bareNodeTransactionsPerSecond(url: string): Promise<number> {
  const client = postgres(url, { max: clients, onnotice: () => {} });
  try {
    await client`create table bench_counters (id int primary key, value bigint not null)`;
    await client`insert into bench_counters select i, 0 from generate_series(1, ${CHARGES}) as i`;
    let count = 0;
    const deadline = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < deadline) {
          const id = 1 + Math.floor(Math.random() * CHARGES);
          await client.begin(async (tx) => {
            await tx`select value from bench_counters where id = ${id} for update`;
            await tx`update bench_counters set value = value + 1 where id = ${id}`;
          });
          count++;
        }
      }),
    );
    return count / seconds;
  } finally {
    await client.end({ timeout: 5 });
  }
}

async function ledgerFigures() {
  const scratch = await createScratchDatabase('billing_bench_ledger');
  const handle = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: clients });
  try {
    const bareNode = await bareNodeTransactionsPerSecond(scratch.url);
    const ids = await seedCharges(handle.db, CHARGES);
    const spread = await writeOffsPerSecond(
      handle.db,
      () => ids[Math.floor(Math.random() * ids.length)] ?? 0,
    );
    const hot = await writeOffsPerSecond(handle.db, () => ids[0] ?? 0);
    const outOfBalance = await chargesOutOfBalance(handle.db);
    if (outOfBalance !== 0) throw new Error(`${outOfBalance} charges' totals differ from their entries`);
    return { spread, hot, bareNode };
  } finally {
    await handle.close();
    await scratch.drop();
  }
}

note(`ledger on PostgreSQL: ${clients} clients, ${seconds} s per run, ${CHARGES} charges`);
const baseline = await pgbenchTps();
note(`pgbench tpcb-like (scale ${PGBENCH_SCALE}): ${round(baseline)} tps`);
const { spread, hot, bareNode } = await ledgerFigures();
note(
  `spread: ${round(spread.perSecond)}/s (p99 ${round(spread.p99Ms)} ms, client CPU ${round(spread.clientCpuMs, 2)} ms each); hot: ${round(hot.perSecond)}/s`,
);
const pgbench = {
  label: `pgbench tpcb-like, ${clients} clients, scale ${PGBENCH_SCALE}`,
  value: round(baseline),
};
const figures: Figure[] = [
  {
    id: 'ledger-pg-spread',
    label: `Write-offs/s on PostgreSQL, ${clients} clients over ${CHARGES.toLocaleString('en-US')} charges`,
    value: round(spread.perSecond),
    unit: '/s',
    baseline: pgbench,
    ratio: round(spread.perSecond / baseline, 2),
    target: '>= 0.5x',
    pass: spread.perSecond / baseline >= 0.5,
  },
  {
    id: 'ledger-pg-hot',
    label: `Write-offs/s on PostgreSQL, ${clients} clients on one hot charge`,
    value: round(hot.perSecond),
    unit: '/s',
    baseline: pgbench,
    ratio: round(hot.perSecond / baseline, 2),
    target: 'reported',
    pass: null,
  },
];
figures.push({
  id: 'ledger-pg-bare-node',
  label: `Bare postgres.js lock-and-update transactions/s, ${clients} clients (what a Node client reaches here)`,
  value: round(bareNode),
  unit: '/s',
  baseline: pgbench,
  ratio: round(bareNode / baseline, 2),
  target: 'reported',
  pass: null,
});
printFigures(figures);
