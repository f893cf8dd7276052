/**
 * Resident memory of the built app: idle after start, then after 10,000 and 20,000 signed slash
 * commands (`/billing`, answered with the usage text) through the HTTP receiver. It must not keep
 * growing: the second 10,000 requests may add at most 10 % to what the first left. The first
 * 10,000 are the warm-up: V8's heap and compiled code grow to their working size there (measured
 * 2026-12-02: 311 MiB idle, 302 after 5,000, 364 after 10,000, 369 after 10,000 and 372 after
 * 20,000 in another run), so a reading taken inside them says nothing about a leak.
 *   npm run -s bench:memory [-- REQUESTS]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCompiledApp } from '../bench/lib/app-process.ts';
import { type Figure, note, printFigures, round } from '../bench/lib/figures.ts';
import { residentMiB, stop } from '../bench/lib/processes.ts';

const requests = Number(process.argv[2] ?? 20_000) || 20_000;
const CONCURRENCY = 4;

const dir = await mkdtemp(join(tmpdir(), 'billing-bench-memory-'));
const app = await startCompiledApp(join(dir, 'data'));
const pid = app.child.pid ?? 0;
note(`app ready in ${round(app.readyMs / 1000, 2)} s`);
const readings: number[] = [];
try {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const idle = residentMiB(pid);
  let sent = 0;
  const sendHalf = async (upTo: number) => {
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
  await sendHalf(requests / 2);
  readings.push(residentMiB(pid));
  await sendHalf(requests);
  readings.push(residentMiB(pid));
  const [half = Number.NaN, full = Number.NaN] = readings;
  note(
    `resident memory: idle ${round(idle)} MiB, after ${requests / 2}: ${round(half)}, after ${requests}: ${round(full)}`,
  );
  const figures: Figure[] = [
    {
      id: 'memory-after-requests',
      label: `Resident memory after ${requests.toLocaleString('en-US')} slash commands`,
      value: round(full),
      unit: 'MiB',
      baseline: { label: `after ${(requests / 2).toLocaleString('en-US')}`, value: round(half) },
      ratio: round(full / half, 2),
      target: '<= 1.1x (not growing)',
      pass: full <= half * 1.1,
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
