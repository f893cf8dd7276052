/**
 * `npm run bench`: builds, runs every benchmark script one after another (not in parallel: they
 * would measure each other), and writes bench/results.json and bench/RESULTS.md with one table:
 * figure, baseline, ratio, target, pass or fail. Not part of `npm test`.
 *
 * Hook for more benchmarks: any script in BENCHMARKS that exists is run. A script prints one
 * JSON line `{"figures": [Figure, ...]}` on stdout (bench/lib/figures.ts) and its progress on
 * stderr. scripts/bench-slack.ts (the Slack round trip) is picked up this way when present.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import type { Figure } from '../bench/lib/figures.ts';
import { markdownTable, textTable } from '../bench/lib/report.ts';

const BENCHMARKS: readonly { readonly script: string; readonly args?: readonly string[] }[] = [
  { script: 'scripts/bench-statements.ts' },
  { script: 'scripts/bench-ledger.ts', args: ['15', '8'] },
  { script: 'scripts/bench-ledger-pglite.ts', args: ['8'] },
  { script: 'scripts/bench-search.ts', args: ['100000'] },
  { script: 'scripts/bench-startup.ts' },
  { script: 'scripts/bench-memory.ts', args: ['30000'] },
  { script: 'scripts/bench-slack.ts', args: ['60', '50', 'postgres'] },
  // The floor under the confirm: a bare app that commits one row before each form's ack.
  { script: 'scripts/bench-slack.ts', args: ['60', '50', 'postgres', 'commit'] },
  { script: 'scripts/bench-slack.ts', args: ['60', '50', 'pglite'] },
];

function runScript(script: string, args: readonly string[]): Figure[] | { readonly error: string } {
  process.stderr.write(`\n== ${script}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const lastLine = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0) return { error: `exit ${run.status}` };
  try {
    const parsed = JSON.parse(lastLine) as { figures?: Figure[] };
    return Array.isArray(parsed.figures) ? parsed.figures : { error: 'printed no {"figures": [...]}' };
  } catch {
    return { error: 'printed no JSON line' };
  }
}

function machine() {
  const load = existsSync('/proc/loadavg')
    ? execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' })
    : '';
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtStart: load.split(' ').slice(0, 3).join(' '),
  };
}

process.stderr.write('== npm run build\n');
execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
const startedAt = new Date().toISOString();
const about = machine();
const figures: Figure[] = [];
const failures: { script: string; error: string }[] = [];
/** Written after every script, so a run stopped part-way still leaves what it measured. */
async function writeResults(): Promise<void> {
  const results = { startedAt, machine: about, figures, failures };
  await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  await writeFile('bench/RESULTS.md', markdownTable(results));
}
for (const { script, args = [] } of BENCHMARKS) {
  if (!existsSync(script)) continue;
  const result = runScript(script, args);
  if (Array.isArray(result)) figures.push(...result);
  else failures.push({ script, error: result.error });
  await writeResults();
}
process.stdout.write(`\n${textTable(figures)}\n`);
for (const failure of failures) process.stdout.write(`FAILED TO RUN ${failure.script}: ${failure.error}\n`);
process.exitCode = failures.length > 0 ? 1 : 0;
