/**
 * One app under load for `bench-slack`, in a process of its own as it would be deployed: the load
 * generator and the Slack emulator stay in the parent, so their work is not timed as the app's.
 *   bench-slack-target bare: a Bolt app that only acknowledges (the baseline).
 *   bench-slack-target commit: the bare app, except that a form's acknowledgement waits for one
 *     durable one-row commit on DATABASE_URL (one round trip, autocommit): the least any app that
 *     records a confirm before answering must wait for.
 *   bench-slack-target app:  this app on PGlite in memory, or on DATABASE_URL; before it listens
 *     it seeds charges and writes one filled confirm form per request to FORMS_FILE.
 * Settings come in the environment (SLACK_API_URL, SLACK_BOT_TOKEN, SIGNING_SECRET, REQUESTS,
 * WORKSPACE); the events URL goes back to the parent as an IPC message.
 */
import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { stringify } from 'node:querystring';
import { App, LogLevel } from '@slack/bolt';
import postgres from 'postgres';
import { BENCH_BILLERS, BENCH_CHANNEL, billerFor } from '../bench/lib/slack-bench-people.ts';
import { ConfigSchema } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/client.ts';
import { assessPr, bootstrapAdmins, upsertCharge, upsertPatient } from '../src/ledger/index.ts';
import { MODAL_CALLBACKS } from '../src/slack/actions/index.ts';
import { createSlackApp } from '../src/slack/app.ts';
import { viewForState } from '../src/slack/modal-views.ts';
import { buildStateValues, type WorkspaceIdentity } from '../src/slack-emulator/index.ts';
import { viewSubmissionPayload } from '../src/slack-emulator/payloads.ts';
import { createPendingAction, loadModal, NO_HINTS } from '../src/workflow/index.ts';

const CHARGES = 50;

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`bench-slack-target: ${name} is not set`);
  return value;
}

async function listen(app: App): Promise<string> {
  const server = (await app.start(0)) as { address(): AddressInfo };
  return `http://127.0.0.1:${server.address().port}/slack/events`;
}

function bareApp(onForm: () => Promise<unknown> = async () => {}): App {
  const app = new App({
    token: setting('SLACK_BOT_TOKEN'),
    signingSecret: setting('SIGNING_SECRET'),
    clientOptions: { slackApiUrl: setting('SLACK_API_URL'), retryConfig: { retries: 0 } },
    logLevel: LogLevel.ERROR,
  });
  app.command('/writeoff', async ({ ack }) => ack());
  for (const callbackId of MODAL_CALLBACKS)
    app.view(callbackId, async ({ ack }) => {
      await onForm();
      await ack();
    });
  return app;
}

/** The bare app whose forms each wait for one durable commit of one row (the `commit` mode). */
async function commitApp(): Promise<App> {
  const sql = postgres(setting('DATABASE_URL'), { max: 4, onnotice: () => {} });
  await sql`create table if not exists bench_commit_floor (id bigserial primary key, at timestamptz not null default now())`;
  return bareApp(() => sql`insert into bench_commit_floor default values`);
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

/**
 * One filled write-off form per request, as the modal would submit it. The amount grows by a cent
 * each round over the charges: the same person writing off the same amount on the same charge
 * within minutes is a re-run (repeats.ts), refused before the ledger, and would not be the
 * figure this measures.
 */
async function prepareSubmissions(db: Database, count: number, workspace: WorkspaceIdentity) {
  const charges = await seedCharges(db);
  const bodies: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = charges[i % charges.length] ?? { patientId: 0, chargeId: 0 };
    const biller = billerFor(i);
    const amountCents = 1 + Math.floor(i / charges.length);
    const hints = { ...NO_HINTS, amountCents, reason: 'small_balance' as const };
    const origin = {
      via: 'command' as const,
      channelId: BENCH_CHANNEL,
      threadTs: null,
      requesterId: biller,
    };
    const pending = await createPendingAction(db, {
      kind: 'write_off',
      requestedBy: biller,
      payload: { origin, hints, ...target },
    });
    if (!pending) throw new Error('invariant: a fresh pending action');
    const view = viewForState(
      await loadModal(db, { pendingId: pending.id, actorId: biller, now: new Date() }),
    );
    const values = buildStateValues(view as never, {});
    const payload = viewSubmissionPayload(
      biller,
      workspace,
      { ...view, id: `VBENCH${i}`, state: { values } } as never,
      `t${i}`,
    );
    bodies.push(stringify({ payload: JSON.stringify(payload) }));
  }
  return bodies;
}

async function thisApp(): Promise<{ app: App; database: string }> {
  const url = process.env.DATABASE_URL;
  const handle = await openDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite-memory' });
  const config = ConfigSchema.parse({
    SLACK_BOT_TOKEN: setting('SLACK_BOT_TOKEN'),
    SLACK_SIGNING_SECRET: setting('SIGNING_SECRET'),
    SLACK_API_URL: setting('SLACK_API_URL'),
    BILLING_ADMINS: BENCH_BILLERS.join(','),
    LOG_LEVEL: 'error',
  });
  await bootstrapAdmins(handle.db, config.BILLING_ADMINS);
  const workspace = JSON.parse(setting('WORKSPACE')) as WorkspaceIdentity;
  const bodies = await prepareSubmissions(handle.db, Number(setting('REQUESTS')), workspace);
  await writeFile(setting('FORMS_FILE'), JSON.stringify(bodies));
  const app = createSlackApp({ config, db: handle.db, apiRetries: 0 });
  return { app, database: handle.kind === 'postgres' ? 'PostgreSQL' : 'PGlite' };
}

const mode = process.argv[2];
if (mode !== 'bare' && mode !== 'commit' && mode !== 'app') {
  throw new Error('usage: bench-slack-target bare|commit|app');
}
const { app, database } =
  mode === 'bare'
    ? { app: bareApp(), database: '-' }
    : mode === 'commit'
      ? { app: await commitApp(), database: '-' }
      : await thisApp();
// Building the forms leaves a few hundred MB of garbage that a deployed app never has; left in
// the heap, its collection in the middle of the run held the app up for over half a second.
const collectGarbage = (globalThis as { gc?: () => void }).gc;
if (!collectGarbage) throw new Error('bench-slack-target: run with --expose-gc');
collectGarbage();
process.send?.({ url: await listen(app), database });
// The parent ends the run with SIGTERM; the listeners' last messages to Slack may still be going.
process.on('SIGTERM', () => process.exit(0));
