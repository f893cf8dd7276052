/**
 * `npm run bench:slack -- [seconds=60] [rate=50] [pglite|postgres] [app|bare|commit]`: the Slack round trip through the HTTP
 * receiver, with signed requests sent at a fixed rate (open loop: a slow answer does not slow
 * the sender). Two figures, each beside a bare Bolt app that only acknowledges, same load, same
 * run: a slash command until its acknowledgement, and a view_submission until its
 * acknowledgement, which comes after the ledger commit. Each app runs in a process of its own
 * (bench-slack-target.ts), and so does the Slack emulator that answers the app's calls
 * (bench-slack-emulator.ts); this one sends the requests and times them.
 * Prints a table on stderr and, last on stdout, the `{"figures": [...]}` line that `npm run
 * bench` collects. The database is PGlite in memory, or with `postgres` a scratch database on
 * the benchmark's PostgreSQL server (bench/lib/scratch-postgres.ts), dropped afterwards.
 * With `bare` last, a second bare app stands in for this one (this app still starts, to write the
 * forms, and stops before the runs): the ratios then show what the machine's noise alone makes of
 * two identical apps, which is how far a ratio near the target can be trusted. With `commit` last
 * (PostgreSQL only), the bare app stands in for this one but waits for one durable one-row commit
 * before acknowledging a form: the floor under any confirm that records before it answers.
 * With BENCH_PROF=<directory>, the app under test writes a V8 CPU profile there when it stops;
 * BENCH_APP_NODE_FLAGS adds Node flags to the app under test only (`--trace-gc` shows its
 * collections beside the figures).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'node:querystring';
import { fileURLToPath } from 'node:url';
import { type Figure, printFigures, round } from '../bench/lib/figures.ts';
import { createScratchDatabase } from '../bench/lib/scratch-postgres.ts';
import { BENCH_CHANNEL, billerFor } from '../bench/lib/slack-bench-people.ts';
import { startCommand } from '../bench/lib/start-command.ts';
import type { WorkspaceIdentity } from '../src/slack-emulator/index.ts';
import { slashCommandForm } from '../src/slack-emulator/payloads.ts';
import { deliverSigned } from '../src/slack-emulator/signing.ts';

const SECRET = 'bench-signing-secret';
const TARGET_P99_MS = 100;
const TARGET_RATIO = 2;

const seconds = Number(process.argv[2] ?? 60);
const rate = Number(process.argv[3] ?? 50);
const database = process.argv[4] ?? 'pglite';
const against = (process.argv[5] ?? 'app') as 'app' | 'bare' | 'commit';
if (
  !(seconds > 0 && rate > 0) ||
  (database !== 'pglite' && database !== 'postgres') ||
  (against !== 'app' && against !== 'bare' && against !== 'commit') ||
  (against === 'commit' && database !== 'postgres')
) {
  throw new Error(
    'usage: bench-slack [seconds] [requests per second] [pglite|postgres] [app|bare|commit] (commit: postgres only)',
  );
}
const requestCount = Math.round(seconds * rate);
/**
 * Each app first gets 5 s of the same load, not measured: V8 compiles the code paths a request
 * takes while the first ones run, and a server in service has long since done that.
 */
const WARM_UP_SECONDS = 5;
/** What stands in the place of this app, in the table and the figures' ids and labels. */
const STAND_IN = {
  app: { title: '', id: '', label: '' },
  bare: {
    title: ', a second bare app in place of this app (calibration)',
    id: '-calibration',
    label: ', a second bare app in place of this app',
  },
  commit: {
    title: ", a bare app that commits one row before each form's ack in place of this app (floor)",
    id: '-commit-floor',
    label: ", a bare app that commits one row before each form's ack in place of this app",
  },
}[against];
const warmUpCount = Math.round(WARM_UP_SECONDS * rate);

type Send = (i: number) => Promise<number>;

/** Sends `count` requests, one every 1/rate s, and returns each one's milliseconds to answer. */
async function openLoop(count: number, send: Send): Promise<number[]> {
  const intervalMs = 1000 / rate;
  const start = performance.now();
  const pending: Promise<number>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = start + i * intervalMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(i));
  }
  return Promise.all(pending);
}

/**
 * Both apps at once, each at the full rate, the app's requests half an interval after the bare
 * app's: whatever else the machine is doing (this process's own garbage collection, other work
 * on the shared cores) reaches both alike. Sorted times.
 */
async function side(count: number, bare: Send, app: Send): Promise<[number[], number[]]> {
  const offset = new Promise((resolve) => setTimeout(resolve, 500 / rate));
  const [baseline, measured] = await Promise.all([
    openLoop(count, bare),
    offset.then(() => openLoop(count, app)),
  ]);
  const ascending = (a: number, b: number) => a - b;
  return [baseline.sort(ascending), measured.sort(ascending)];
}

/** Answers other than 200 (Bolt's 404 means "not acknowledged within 3 s") and reset connections; counted, not hidden. */
const failedAnswers = new Map<string, number>();

async function timed(url: string, contentType: string, rawBody: string): Promise<number> {
  const started = performance.now();
  // An overloaded server may also reset the connection: counted with the late answers, so the
  // run reports it instead of stopping.
  const status = await deliverSigned({ url, signingSecret: SECRET, contentType, rawBody }).then(
    (response) => response.status,
    () => 0,
  );
  if (status !== 200) failedAnswers.set(url, (failedAnswers.get(url) ?? 0) + 1);
  return performance.now() - started;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1)))] ?? Number.NaN;
}

const TARGET = fileURLToPath(new URL('./bench-slack-target.ts', import.meta.url));
const EMULATOR = fileURLToPath(new URL('./bench-slack-emulator.ts', import.meta.url));

interface Emulator {
  readonly child: ChildProcess;
  readonly url: string;
  readonly origin: string;
  readonly botToken: string;
  readonly workspace: WorkspaceIdentity;
  /** A trigger id for the user, issued by the emulator when asked (Slack's expire in 3 s). */
  issueTriggerId(userId: string): Promise<string>;
}

/** Starts bench-slack-emulator in its own process and waits until it listens. */
function startEmulator(): Promise<Emulator> {
  const child = spawn(process.execPath, ['--import', 'tsx', EMULATOR], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (triggerId: string) => void>();
  let nextId = 0;
  const issueTriggerId = (userId: string) =>
    new Promise<string>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      child.send({ issue: { id, userId } });
    });
  return new Promise((resolve, reject) => {
    child.on(
      'message',
      (message: {
        ready?: Omit<Emulator, 'child' | 'issueTriggerId'>;
        issued?: { id: number; triggerId: string };
      }) => {
        if (message.ready) resolve({ child, ...message.ready, issueTriggerId });
        if (message.issued) {
          waiting.get(message.issued.id)?.(message.issued.triggerId);
          waiting.delete(message.issued.id);
        }
      },
    );
    child.once('exit', (code) => reject(new Error(`bench-slack-emulator exited (${code}) before listening`)));
  });
}

interface Target {
  readonly child: ChildProcess;
  readonly url: string;
  readonly database: string;
}

/** Starts bench-slack-target in its own process and waits for its events URL. */
function startTarget(mode: 'bare' | 'commit' | 'app', env: NodeJS.ProcessEnv): Promise<Target> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF && mode === 'app'
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`]
        : []),
      // Both apps get the Node flags `npm start` gives the app: a Node setting is not the app's merit.
      ...startCommand().nodeFlags,
      ...(mode === 'app' ? (process.env.BENCH_APP_NODE_FLAGS ?? '').split(' ').filter(Boolean) : []),
      // The target collects its set-up's garbage before it listens (bench-slack-target.ts).
      '--expose-gc',
      '--import',
      'tsx',
      TARGET,
      mode,
    ],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (message) => {
      const { url, database } = message as { url: string; database: string };
      resolve({ child, url, database });
    });
    child.once('exit', (code) =>
      reject(new Error(`bench-slack-target ${mode} exited (${code}) before listening`)),
    );
  });
}

async function stopChild({ child }: { child: ChildProcess }): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function main() {
  const emulator = await startEmulator();
  const scratch = await mkdtemp(join(tmpdir(), 'bench-slack-'));
  const formsFile = join(scratch, 'forms.json');
  const postgres = database === 'postgres' ? await createScratchDatabase('bench_slack') : null;
  const env = {
    DATABASE_URL: postgres?.url ?? '',
    SLACK_API_URL: emulator.url,
    SLACK_BOT_TOKEN: emulator.botToken,
    SIGNING_SECRET: SECRET,
    REQUESTS: String(warmUpCount + requestCount),
    WORKSPACE: JSON.stringify(emulator.workspace),
    FORMS_FILE: formsFile,
  };
  console.error(`starting the bare app, and this app with ${requestCount} confirm forms…`);
  const [bare, thisApp] = await Promise.all([startTarget('bare', env), startTarget('app', env)]);
  const app = against === 'app' ? thisApp : await startTarget(against, env);
  if (app !== thisApp) await stopChild(thisApp);
  const submissions = JSON.parse(await readFile(formsFile, 'utf8')) as string[];
  const form = 'application/x-www-form-urlencoded';
  const command = async (i: number) =>
    stringify(
      slashCommandForm(
        {
          command: '/writeoff',
          text: '$1 Bench Patient 7 small balance',
          userId: billerFor(i),
          channelId: BENCH_CHANNEL,
        },
        emulator.workspace,
        {
          triggerId: await emulator.issueTriggerId(billerFor(i)),
          responseUrl: `${emulator.origin}/noop/${i}`,
        },
      ),
    );
  const figures = [];
  for (const [figure, body] of [
    ['slash command -> ack', command],
    ['view_submission -> ledger commit -> ack', async (i: number) => submissions[i] ?? ''],
  ] as const) {
    console.error(
      `${figure}: ${warmUpCount} + ${requestCount} requests at ${rate}/s, to each app, side by side…`,
    );
    // Forms are used once: the warm-up takes the first ones, the measured run the rest.
    const measuredBody = (i: number) => body(warmUpCount + i);
    // Each body is ready before its clock starts (a trigger id comes from the emulator's process).
    await side(
      warmUpCount,
      async (i) => timed(bare.url, form, await body(i)),
      async (i) => timed(app.url, form, await body(i)),
    );
    failedAnswers.clear();
    const [baseline, measured] = await side(
      requestCount,
      async (i) => timed(bare.url, form, await measuredBody(i)),
      async (i) => timed(app.url, form, await measuredBody(i)),
    );
    const late = failedAnswers.get(app.url) ?? 0;
    figures.push({ figure, measured, baseline, late });
    // The app keeps working after each acknowledgement (modals, messages): let it finish.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  await Promise.all([stopChild(app), stopChild(bare)]);
  await stopChild(emulator);
  await rm(scratch, { recursive: true, force: true });
  await postgres?.drop();
  report(figures, thisApp.database);
}

function report(
  figures: { figure: string; measured: number[]; baseline: number[]; late: number }[],
  database: string,
) {
  const ms = (n: number) => n.toFixed(1).padStart(7);
  const lines = [
    `\nSlack round trip (${database}), ${requestCount} requests at ${rate}/s for ${seconds} s per run${STAND_IN.title}`,
    'figure                                    |  p50 ms |  p99 ms | bare p50 | bare p99 | ratio p99 | late | target',
  ];
  const results: Figure[] = [];
  for (const { figure, measured, baseline, late } of figures) {
    const p50 = percentile(measured, 0.5);
    const p99 = percentile(measured, 0.99);
    const bareP99 = percentile(baseline, 0.99);
    const ratio = p99 / bareP99;
    const pass = p99 <= TARGET_P99_MS && ratio <= TARGET_RATIO && late === 0;
    lines.push(
      `${figure.padEnd(41)} | ${ms(p50)} | ${ms(p99)} | ${ms(percentile(baseline, 0.5))}  | ${ms(bareP99)}  | ${ratio.toFixed(2).padStart(8)}x | ${String(late).padStart(4)} | ${against !== 'app' ? 'reported' : pass ? 'pass' : 'FAIL'}`,
    );
    const lateNote = late > 0 ? `, ${late} answered late (after 3 s) or not at all` : '';
    results.push({
      id: `slack-${figure.startsWith('slash') ? 'command' : 'submission'}-p99-${database === 'PGlite' ? 'pglite' : 'postgres'}${STAND_IN.id}`,
      label: `Slack ${figure} p99 (p50 ${round(p50)} ms), ${rate}/s for ${seconds} s, ${database}${STAND_IN.label}${lateNote}`,
      value: round(p99),
      unit: 'ms',
      baseline: {
        label: `bare Bolt app that only acknowledges, p99 (p50 ${round(percentile(baseline, 0.5))} ms)`,
        value: round(bareP99),
      },
      ratio: round(ratio, 2),
      // The stand-ins are calibrations: what they measure is the machine, not held to a target.
      target: against === 'app' ? `p99 <= ${TARGET_P99_MS} ms and <= ${TARGET_RATIO}x bare` : 'reported',
      pass: against === 'app' ? pass : null,
    });
  }
  console.error(lines.join('\n'));
  printFigures(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
