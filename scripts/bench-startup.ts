/**
 * Start-up of the compiled program (run `npm run build` first; `npm run bench` does): `cli parse`,
 * `cli balance` on PGlite and on PostgreSQL, and the app ready to serve on an existing PGlite
 * directory. Baseline: `node -e 0` in the same run. Medians of a few runs.
 *   npm run -s bench:startup
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_READY_TIMEOUT_MS, startCompiledApp } from '../bench/lib/app-process.ts';
import { type Figure, median, note, printFigures, round } from '../bench/lib/figures.ts';
import { stop, wallMs } from '../bench/lib/processes.ts';
import { createScratchDatabase } from '../bench/lib/scratch-postgres.ts';
import { startCommand } from '../bench/lib/start-command.ts';

const RUNS = 5;
const BIN = 'bin/billing-cli.js';
if (!existsSync('dist/bundle/cli.js')) {
  console.error('dist/ is missing: run npm run build first.');
  process.exit(2);
}

const medianWallMs = (args: readonly string[], env: NodeJS.ProcessEnv = process.env) =>
  median(Array.from({ length: RUNS }, () => wallMs(process.execPath, args, env)));

const nodeBaseline = medianWallMs(['-e', '0']);
const base = { label: '`node -e 0`, same run', value: round(nodeBaseline / 1000, 2) };
const seconds = (ms: number) => round(ms / 1000, 2);
const figure = (id: string, label: string, ms: number, limitS: number): Figure => ({
  id,
  label,
  value: seconds(ms),
  unit: 's',
  baseline: base,
  ratio: round(ms / nodeBaseline, 1),
  target: `<= ${limitS} s`,
  pass: ms / 1000 <= limitS,
});

const figures: Figure[] = [];
const parseMs = medianWallMs([BIN, 'parse', 'write off $40 for Jane, hardship']);
figures.push(figure('start-parse', '`cli parse` wall (bin, compiled)', parseMs, 0.3));

const dir = await mkdtemp(join(tmpdir(), 'billing-bench-start-'));
const pgliteEnv = { ...process.env, DATABASE_URL: '', PGLITE_DIR: join(dir, 'data') };
const scratch = await createScratchDatabase('billing_bench_start');
const postgresEnv = { ...process.env, DATABASE_URL: scratch.url };
try {
  wallMs(process.execPath, [BIN, 'demo'], pgliteEnv);
  wallMs(process.execPath, [BIN, 'demo'], postgresEnv);
  const balancePglite = medianWallMs([BIN, 'balance', 'Jane Doe'], pgliteEnv);
  figures.push(figure('start-balance-pglite', '`cli balance` wall on PGlite', balancePglite, 1.5));
  const balancePostgres = medianWallMs([BIN, 'balance', 'Jane Doe'], postgresEnv);
  figures.push(figure('start-balance-pg', '`cli balance` wall on PostgreSQL', balancePostgres, 0.5));
  const readyMs: number[] = [];
  let notReady = '';
  for (let run = 0; run < 3 && notReady === ''; run++) {
    // A start that never gets ready is a failed figure, not a lost run: the other figures stay.
    const app = await startCompiledApp(pgliteEnv.PGLITE_DIR).catch((error: unknown) => {
      notReady = String(error).split('\n')[0] ?? 'not ready';
      return null;
    });
    if (!app) break;
    readyMs.push(app.readyMs);
    await stop(app.child);
    await app.emulator.stop();
  }
  if (notReady !== '') note(`app start: ${notReady}`);
  const { nodeFlags, entry } = startCommand();
  const readyLabel = `App ready to serve (\`npm start\`: \`${['node', ...nodeFlags, entry].join(' ')}\`), existing PGlite dir`;
  figures.push(
    notReady === ''
      ? figure('start-app-ready', readyLabel, median(readyMs), 2)
      : {
          ...figure('start-app-ready', `${readyLabel}: not ready in time`, APP_READY_TIMEOUT_MS, 2),
          pass: false,
        },
  );
} finally {
  await rm(dir, { recursive: true, force: true });
  await scratch.drop();
}
for (const f of figures) note(`${f.label}: ${f.value} s`);
printFigures(figures);
