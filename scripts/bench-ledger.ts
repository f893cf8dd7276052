/**
 * Write-off throughput through the ledger on PostgreSQL, beside pgbench's tpcb-like in the same
 * run on the same server: the whole operation (key lock and hash, charge lock, rules, entry,
 * totals, audit row, idempotency record), 8 clients, spread over 10,000 charges, then on one
 * hot charge. Scratch databases are created on the server and dropped afterwards.
 *
 * Kept fair: the same number of clients everywhere and a pool of exactly that many connections;
 * pgbench at scale = clients, as its documentation advises; our tables vacuumed and analysed
 * after the bulk seed, as `pgbench -i` does for its own; a warm-up before every measured run
 * (JIT, prepared statements, buffer cache), and the measured time split into ROUNDS that
 * alternate pgbench, the bare Node transaction and the ledger, so a change in the machine's load
 * reaches all three alike.
 *   npm run -s bench:ledger [-- SECONDS CLIENTS]        (BENCH_DATABASE_URL selects the server)
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { benchWriteOff } from '../bench/lib/bench-write-off.ts';
import { type Figure, note, printFigures, quantile, round } from '../bench/lib/figures.ts';
import { createScratchDatabase } from '../bench/lib/scratch-postgres.ts';
import { chargesOutOfBalance, seedCharges } from '../bench/lib/seed-charges.ts';
import { type Database, openDatabase } from '../src/db/client.ts';

const seconds = Number(process.argv[2] ?? 10) || 10;
const clients = Number(process.argv[3] ?? 8) || 8;
const CHARGES = 10_000;
const ROUNDS = 3;
/** pgbench takes whole seconds. */
const roundSeconds = Math.max(1, Math.round(seconds / ROUNDS));
/** Enough runs for V8 to optimise the hot path and for every connection to prepare its statements. */
const WARM_UP_RUNS = 800;
const WARM_UP_SECONDS = 2;
/** pgbench's scale factor: as many branches as clients, as its documentation advises. */
const PGBENCH_SCALE = clients;
const PGBENCH = process.env.PGBENCH ?? 'pgbench';
const run = promisify(execFile);

interface Pgbench {
  run(): Promise<number>;
  drop(): Promise<void>;
}

/** A scratch pgbench database, initialised once (pgbench -i also vacuums and analyses it). */
async function preparePgbench(): Promise<Pgbench> {
  const scratch = await createScratchDatabase('billing_bench_pgbench');
  const url = new URL(scratch.url);
  const args = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username)];
  const tps = async (runSeconds: number) => {
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
      String(runSeconds),
      scratch.name,
    ]);
    const found = /tps = ([\d.]+)/.exec(stdout)?.[1];
    if (!found) throw new Error(`pgbench printed no tps:\n${stdout}`);
    return Number(found);
  };
  try {
    await run(PGBENCH, [...args, '-i', '-q', '-s', String(PGBENCH_SCALE), scratch.name]);
    await tps(WARM_UP_SECONDS);
  } catch (error) {
    await scratch.drop();
    throw error;
  }
  return { run: () => tps(roundSeconds), drop: () => scratch.drop() };
}

/** `clients` loops for `seconds`; each writes off $0.01 on a charge `pick` chooses. */
async function writeOffsPerSecond(db: Database, pick: () => number, runSeconds = roundSeconds, minRuns = 0) {
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const deadline = performance.now() + runSeconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline || latencies.length < minRuns) {
        const started = performance.now();
        await benchWriteOff(db, pick());
        latencies.push(performance.now() - started);
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  // The client's own CPU per write-off: on a shared machine it competes with the server for cores.
  const clientCpuMs = (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length);
  return { perSecond: latencies.length / runSeconds, latencies, clientCpuMs };
}

/**
 * What a Node client alone costs on this machine: a bare lock-and-update transaction through the
 * same driver (BEGIN, SELECT … FOR UPDATE, UPDATE, COMMIT) on a counters table, same clients.
 */
async function prepareBareNode(url: string) {
  const client = postgres(url, { max: clients, onnotice: () => {} });
  await client`create table bench_counters (id int primary key, value bigint not null)`;
  await client`insert into bench_counters select i, 0 from generate_series(1, ${CHARGES}) as i`;
  await client`vacuum analyze bench_counters`;
  const perSecond = async (runSeconds: number, minRuns = 0) => {
    let count = 0;
    const deadline = performance.now() + runSeconds * 1000;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < deadline || count < minRuns) {
          const id = 1 + Math.floor(Math.random() * CHARGES);
          await client.begin(async (tx) => {
            await tx`select value from bench_counters where id = ${id} for update`;
            await tx`update bench_counters set value = value + 1 where id = ${id}`;
          });
          count++;
        }
      }),
    );
    return count / runSeconds;
  };
  await perSecond(WARM_UP_SECONDS, WARM_UP_RUNS);
  return { run: () => perSecond(roundSeconds), end: () => client.end({ timeout: 5 }) };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

async function measure() {
  const pgbench = await preparePgbench();
  const scratch = await createScratchDatabase('billing_bench_ledger');
  const handle = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: clients });
  const bare = await prepareBareNode(scratch.url).catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  try {
    const ids = await seedCharges(handle.db, CHARGES);
    await handle.db.execute(sql`vacuum analyze`);
    const anyCharge = () => ids[Math.floor(Math.random() * ids.length)] ?? 0;
    await writeOffsPerSecond(handle.db, anyCharge, WARM_UP_SECONDS, WARM_UP_RUNS);
    const rounds = {
      pgbench: [] as number[],
      bare: [] as number[],
      spread: [] as Awaited<ReturnType<typeof writeOffsPerSecond>>[],
    };
    for (let round = 0; round < ROUNDS; round++) {
      rounds.pgbench.push(await pgbench.run());
      rounds.bare.push(await bare.run());
      rounds.spread.push(await writeOffsPerSecond(handle.db, anyCharge));
    }
    const hot = await writeOffsPerSecond(handle.db, () => ids[0] ?? 0, seconds);
    const outOfBalance = await chargesOutOfBalance(handle.db);
    if (outOfBalance !== 0) throw new Error(`${outOfBalance} charges' totals differ from their entries`);
    const spreadLatencies = rounds.spread.flatMap((r) => r.latencies);
    return {
      // Means over the rounds: each round ran the same time.
      baseline: sum(rounds.pgbench) / ROUNDS,
      bareNode: sum(rounds.bare) / ROUNDS,
      spread: {
        perSecond: sum(rounds.spread.map((r) => r.perSecond)) / ROUNDS,
        p99Ms: quantile(spreadLatencies, 0.99),
        clientCpuMs:
          sum(rounds.spread.map((r) => r.clientCpuMs * r.latencies.length)) / spreadLatencies.length,
      },
      hot,
      rounds,
    };
  } finally {
    await bare.end();
    await handle.close();
    await scratch.drop();
    await pgbench.drop();
  }
}

note(
  `ledger on PostgreSQL: ${clients} clients, ${ROUNDS} rounds of ${round(roundSeconds)} s, ${CHARGES} charges`,
);
const { baseline, bareNode, spread, hot, rounds } = await measure();
note(
  `per round: pgbench ${rounds.pgbench.map((v) => round(v)).join(', ')} tps; bare Node ${rounds.bare.map((v) => round(v)).join(', ')}/s; write-offs ${rounds.spread.map((r) => round(r.perSecond)).join(', ')}/s`,
);
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
