/**
 * `npm run bench:slack -- [seconds=60] [rate=50]`: the Slack round trip through the HTTP
 * receiver, with signed requests sent at a fixed rate (open loop: a slow answer does not slow
 * the sender). Two figures, each beside a bare Bolt app that only acknowledges, same load, same
 * run: a slash command until its acknowledgement, and a view_submission until its
 * acknowledgement, which comes after the ledger commit. Prints a table on stderr and, last on
 * stdout, the `{"figures": [...]}` line that `npm run bench` collects. The database is
 * PostgreSQL when DATABASE_URL is set, in-memory PGlite otherwise.
 */
import type { AddressInfo } from 'node:net';
import { stringify } from 'node:querystring';
import { App, LogLevel } from '@slack/bolt';
import { type Figure, printFigures, round } from '../bench/lib/figures.ts';
import { ConfigSchema } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { assessPr, bootstrapAdmins, upsertCharge, upsertPatient } from '../src/ledger/index.ts';
import { MODAL_CALLBACKS } from '../src/slack/actions/index.ts';
import { createSlackApp } from '../src/slack/app.ts';
import { viewForState } from '../src/slack/modal-views.ts';
import { buildStateValues, startSlackEmulator } from '../src/slack-emulator/index.ts';
import { slashCommandForm, viewSubmissionPayload } from '../src/slack-emulator/payloads.ts';
import { deliverSigned } from '../src/slack-emulator/signing.ts';
import { createPendingAction, loadModal, NO_HINTS } from '../src/workflow/index.ts';

const SECRET = 'bench-signing-secret';
const ADMIN = 'UBENCHADMIN';
const CHANNEL = 'CBENCH0001';
const CHARGES = 50;
const TARGET_P99_MS = 100;
const TARGET_RATIO = 2;

const seconds = Number(process.argv[2] ?? 60);
const rate = Number(process.argv[3] ?? 50);
if (!(seconds > 0 && rate > 0)) throw new Error('usage: bench-slack [seconds] [requests per second]');
const requestCount = Math.round(seconds * rate);

type Send = (i: number) => Promise<number>;

/** Sends `requestCount` requests, one every 1/rate s, and returns each one's milliseconds to answer. */
async function openLoop(send: Send): Promise<number[]> {
  const intervalMs = 1000 / rate;
  const start = performance.now();
  const pending: Promise<number>[] = [];
  for (let i = 0; i < requestCount; i++) {
    const wait = start + i * intervalMs - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(i));
  }
  return Promise.all(pending);
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

async function listen(app: App): Promise<string> {
  const server = (await app.start(0)) as { address(): AddressInfo };
  return `http://127.0.0.1:${server.address().port}/slack/events`;
}

async function seedCharges(db: Database): Promise<{ patientId: number; chargeId: number }[]> {
  const seeded = [];
  for (let i = 0; i < CHARGES; i++) {
    const patientId = await upsertPatient(db, {
      mrn: `BENCH-${i}`,
      firstName: 'Bench',
      lastName: `Patient ${i}`,
      dateOfBirth: '1980-01-01',
    });
    const { id: chargeId } = await upsertCharge(db, {
      patientId,
      externalRef: `bench-${i}`,
      dateOfService: '2026-10-01',
      description: 'Office visit 99213',
      prSource: 'remittance',
    });
    await assessPr(db, {
      chargeId,
      amountCents: 10_000_000,
      actor: 'import',
      source: 'import',
      idempotencyKey: `bench-pr-${i}`,
    });
    seeded.push({ patientId, chargeId });
  }
  return seeded;
}

/** One filled write-off form per request ($0.01 each), as the modal would submit it. */
async function prepareSubmissions(db: Database, workspace: Parameters<typeof viewSubmissionPayload>[1]) {
  const charges = await seedCharges(db);
  const bodies: string[] = [];
  for (let i = 0; i < requestCount; i++) {
    const target = charges[i % charges.length] ?? { patientId: 0, chargeId: 0 };
    const hints = { ...NO_HINTS, amountCents: 1, reason: 'small_balance' as const };
    const origin = { via: 'command' as const, channelId: CHANNEL, threadTs: null, requesterId: ADMIN };
    const pending = await createPendingAction(db, {
      kind: 'write_off',
      requestedBy: ADMIN,
      payload: { origin, hints, ...target },
    });
    if (!pending) throw new Error('invariant: a fresh pending action');
    const view = viewForState(
      await loadModal(db, { pendingId: pending.id, actorId: ADMIN, now: new Date() }),
    );
    const values = buildStateValues(view as never, {});
    const payload = viewSubmissionPayload(
      ADMIN,
      workspace,
      { ...view, id: `VBENCH${i}`, state: { values } } as never,
      `t${i}`,
    );
    bodies.push(stringify({ payload: JSON.stringify(payload) }));
  }
  return bodies;
}

function bareApp(botToken: string, apiUrl: string): App {
  const app = new App({
    token: botToken,
    signingSecret: SECRET,
    clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } },
    logLevel: LogLevel.ERROR,
  });
  app.command('/writeoff', async ({ ack }) => ack());
  for (const callbackId of MODAL_CALLBACKS) app.view(callbackId, async ({ ack }) => ack());
  return app;
}

async function main() {
  const emulator = await startSlackEmulator();
  const url = process.env.DATABASE_URL;
  const handle = await openDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite-memory' });
  const config = ConfigSchema.parse({
    SLACK_BOT_TOKEN: emulator.botToken,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: emulator.url,
    BILLING_ADMINS: ADMIN,
    LOG_LEVEL: 'error',
  });
  await bootstrapAdmins(handle.db, config.BILLING_ADMINS);
  const app = createSlackApp({ config, db: handle.db, apiRetries: 0 });
  const bare = bareApp(emulator.botToken, emulator.url);
  const [appUrl, bareUrl] = [await listen(app), await listen(bare)];
  console.error(`preparing ${requestCount} confirm forms (${handle.kind})…`);
  const submissions = await prepareSubmissions(handle.db, emulator.workspace);
  const form = 'application/x-www-form-urlencoded';
  const command = (i: number) =>
    stringify(
      slashCommandForm(
        { command: '/writeoff', text: '$1 Bench Patient 7 small balance', userId: ADMIN, channelId: CHANNEL },
        emulator.workspace,
        { triggerId: emulator.issueTriggerId(ADMIN), responseUrl: `${emulator.origin}/noop/${i}` },
      ),
    );
  const figures = [];
  for (const [figure, body] of [
    ['slash command -> ack', command],
    ['view_submission -> ledger commit -> ack', (i: number) => submissions[i] ?? ''],
  ] as const) {
    console.error(`${figure}: ${requestCount} requests at ${rate}/s, bare app then this app…`);
    failedAnswers.clear();
    const baseline = (await openLoop((i) => timed(bareUrl, form, body(i)))).sort((a, b) => a - b);
    const measured = (await openLoop((i) => timed(appUrl, form, body(i)))).sort((a, b) => a - b);
    const late = failedAnswers.get(appUrl) ?? 0;
    figures.push({ figure, measured, baseline, late });
  }
  // Listeners keep working after their acknowledgement (modals, messages): let them finish.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await app.stop();
  await bare.stop();
  await emulator.stop();
  await handle.close();
  report(figures, handle.kind === 'postgres' ? 'PostgreSQL' : 'PGlite');
}

function report(
  figures: { figure: string; measured: number[]; baseline: number[]; late: number }[],
  database: string,
) {
  const ms = (n: number) => n.toFixed(1).padStart(7);
  const lines = [
    `\nSlack round trip (${database}), ${requestCount} requests at ${rate}/s for ${seconds} s per run`,
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
      `${figure.padEnd(41)} | ${ms(p50)} | ${ms(p99)} | ${ms(percentile(baseline, 0.5))}  | ${ms(bareP99)}  | ${ratio.toFixed(2).padStart(8)}x | ${String(late).padStart(4)} | ${pass ? 'pass' : 'FAIL'}`,
    );
    const lateNote = late > 0 ? `, ${late} answered late (after 3 s) or not at all` : '';
    results.push({
      id: `slack-${figure.startsWith('slash') ? 'command' : 'submission'}-p99`,
      label: `Slack ${figure} p99 (p50 ${round(p50)} ms), ${rate}/s for ${seconds} s, ${database}${lateNote}`,
      value: round(p99),
      unit: 'ms',
      baseline: {
        label: `bare Bolt app that only acknowledges, p99 (p50 ${round(percentile(baseline, 0.5))} ms)`,
        value: round(bareP99),
      },
      ratio: round(ratio, 2),
      target: `p99 <= ${TARGET_P99_MS} ms and <= ${TARGET_RATIO}x bare`,
      pass,
    });
  }
  console.error(lines.join('\n'));
  printFigures(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
