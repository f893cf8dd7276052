/**
 * Resident memory of the built app: idle after start, then after every 10,000 signed slash
 * commands (`/billing`, answered with the usage text) through the HTTP receiver, 30,000 in all.
 * It must not keep growing: the last 10,000 requests may add at most 10 % to what the 20,000
 * before them left. The first 20,000 are the warm-up: V8's heap and compiled code grow to their
 * working size there. Measured 2026-12-02: 284 MiB after 10,000 and 319–335 after 20,000 in
 * three runs, then 289.5 after 20,000 and 288.6 after 40,000 in a longer one; a comparison of
 * 10,000 with 20,000 read that warm-up as growth.
 * Each reading is taken at rest: the median of several samples after the app has had a moment to
 * finish its work. A single sample taken as the last request was answered moved by tens of MiB
 * with where V8 and the allocator were in returning pages (343 MiB after 30,000, 311 after 20,000,
 * 376 after 10,000 in one run of 2026-12-03).
 *   npm run -s bench:memory [-- REQUESTS]   (a multiple of 10,000, at least 20,000)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCompiledApp } from '../bench/lib/app-process.ts';
import { type Figure, note, printFigures, round } from '../bench/lib/figures.ts';
import { residentMiB, stop } from '../bench/lib/processes.ts';

const BLOCK = 10_000;
const requests = Math.max(2 * BLOCK, Math.round((Number(process.argv[2]) || 3 * BLOCK) / BLOCK) * BLOCK);
const CONCURRENCY = 4;
/** A reading at rest: after SETTLE_MS without requests, the median of SAMPLES taken SAMPLE_GAP_MS apart. */
const SETTLE_MS = 2_000;
const SAMPLES = 5;
const SAMPLE_GAP_MS = 200;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function residentAtRest(pid: number): Promise<number> {
  await pause(SETTLE_MS);
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    if (i > 0) await pause(SAMPLE_GAP_MS);
    samples.push(residentMiB(pid));
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(SAMPLES / 2)] ?? Number.NaN;
}

const dir = await mkdtemp(join(tmpdir(), 'billing-bench-memory-'));
const app = await startCompiledApp(join(dir, 'data'));
const pid = app.child.pid ?? 0;
note(`app ready in ${round(app.readyMs / 1000, 2)} s`);
const readings: number[] = [];
try {
  const idle = await residentAtRest(pid);
  let sent = 0;
  const sendUpTo = async (upTo: number) => {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (sent < upTo) {
          sent++;
          const response = await app.client.slashCommand({
            command: '/billing',
            text: '',
            userId: 'U0BENCH001',
            channelId: 'C0GENERAL',
          });
          if (response.status !== 200) throw new Error(`request ${sent} answered ${response.status}`);
        }
      }),
    );
  };
  for (let upTo = BLOCK; upTo <= requests; upTo += BLOCK) {
    await sendUpTo(upTo);
    readings.push(await residentAtRest(pid));
  }
  const after = (count: number) => readings[count / BLOCK - 1] ?? Number.NaN;
  const [before, last] = [after(requests - BLOCK), after(requests)];
  note(
    `resident memory: idle ${round(idle)} MiB, ${readings.map((r, i) => `after ${(i + 1) * BLOCK}: ${round(r)}`).join(', ')}`,
  );
  const count = (n: number) => n.toLocaleString('en-US');
  const figures: Figure[] = [
    {
      id: 'memory-after-requests',
      label: `Resident memory after ${count(requests)} slash commands`,
      value: round(last),
      unit: 'MiB',
      baseline: { label: `after ${count(requests - BLOCK)}`, value: round(before) },
      ratio: round(last / before, 2),
      target: '<= 1.1x (not growing)',
      pass: last <= before * 1.1,
    },
    {
      id: 'memory-after-warm-up',
      label: `Resident memory after the first ${count(BLOCK)} slash commands`,
      value: round(after(BLOCK)),
      unit: 'MiB',
      baseline: null,
      ratio: null,
      target: 'reported',
      pass: null,
    },
    {
      id: 'memory-idle',
      label: 'Resident memory idle after start (PGlite)',
      value: round(idle),
      unit: 'MiB',
      baseline: null,
      ratio: null,
      target: 'reported',
      pass: null,
    },
  ];
  printFigures(figures);
} finally {
  await stop(app.child);
  await app.emulator.stop();
  await rm(dir, { recursive: true, force: true });
}
