/**
 * One PGlite database, one fake Slack and one real Bolt app (HTTP receiver on a free port) per
 * test file. Requests go through the emulator's signed client into /slack/events, as Slack's do.
 */
import type { AddressInfo } from 'node:net';
import type { Logger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, vi } from 'vitest';
import { ConfigSchema } from '../../../src/config.ts';
import type { Database, DatabaseHandle } from '../../../src/db/client.ts';
import { bootstrapAdmins, chargeHistory, getCharge } from '../../../src/ledger/index.ts';
import { createSlackApp, type SlackAppOptions } from '../../../src/slack/app.ts';
import type { Clock } from '../../../src/slack/deps.ts';
import { REVIEW_ACTION, REVIEW_BLOCK } from '../../../src/slack/messages/request-message-builder.ts';
import { HOME_UNDO_ACTION } from '../../../src/slack/views/home-builder.ts';
import { EFFECT_BLOCK } from '../../../src/slack/views/shared-blocks.ts';
import { UNDO_CALLBACK } from '../../../src/slack/views/undo-modal-builder.ts';
import {
  type AppClient,
  createAppClient,
  type SlackEmulator,
  type SlackEmulatorOptions,
  type StoredMessage,
  type StoredView,
  startSlackEmulator,
} from '../../../src/slack-emulator/index.ts';
import { openTestDatabase, type TestDatabaseKind } from '../../support/databases.ts';
import { grantTeam } from '../../support/team.ts';
import { type FailingSlackApi, startFailingSlackApi } from './failing-slack-api.ts';

export const SIGNING_SECRET = 'billing-test-signing-secret';
export const ADMIN = 'UADMIN0001';
export const MANAGER = 'UMANAGER01';
export const BILLER = 'UBILLER001';
export const VIEWER = 'UVIEWER001';
export const NOBODY = 'UNOBODY001';
export const FRONT_DESK = 'UFRONTDESK';
export const GENERAL = 'CGENERAL01';
export const REQUESTS = 'CREQUESTS1';

/** Bolt's logger, capturing lines so tests can check that logs carry ids, not names. */
export function capturingLogger(lines: string[]): Logger {
  let level = LogLevel.INFO;
  const record = (...msg: unknown[]) => {
    lines.push(msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' '));
  };
  // Debug lines include Slack's request bodies (Bolt logs them); production runs at info.
  return {
    debug: () => {},
    info: record,
    warn: record,
    error: record,
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

export interface Harness {
  readonly db: Database;
  readonly emulator: SlackEmulator;
  readonly client: AppClient;
  /** The app's Request URL, for tests that craft raw requests. */
  readonly appUrl: string;
  readonly logs: string[];
  /** Set with the `failingApi` option: fails chosen calls with HTTP 500 or 429. */
  readonly failingApi: FailingSlackApi | undefined;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** More configuration, e.g. OPENAI_API_KEY and OPENAI_BASE_URL pointing at a fake. */
  readonly env?: Readonly<Record<string, string>>;
  /** Use the app's own console logger (LOG_LEVEL) instead of the capturing one. */
  readonly productionLogger?: boolean;
  /** PGlite unless a test needs PostgreSQL (connections that can drop, statement timeouts). */
  readonly database?: TestDatabaseKind;
  /** A database the test opened itself (through a relay, say), used instead; `stop()` closes it. */
  readonly handle?: DatabaseHandle;
  /**
   * More conversations (e.g. a private channel the app is not in) and `strictChannels`, so an
   * unknown channel answers `channel_not_found`. GENERAL and REQUESTS always have the app in them.
   */
  readonly emulator?: Pick<SlackEmulatorOptions, 'channels' | 'strictChannels'>;
  /** The app's options beyond config and database (e.g. a shorter submit budget). */
  readonly app?: Pick<SlackAppOptions, 'submitBudgetMs' | 'expiredApprovals' | 'apiRetries'>;
  /** Put failing-slack-api.ts between the app and the emulator (HTTP 500s and 429s on demand). */
  readonly failingApi?: boolean;
  /** The app's clock (expiry of pending actions and approvals); the system clock by default. */
  readonly clock?: Clock;
}

/**
 * The harness for a whole test file: started in its `beforeAll`, stopped in its `afterAll`. Read
 * its fields inside tests and hooks only (they exist once the file's `beforeAll` has run).
 */
export function useHarness(options: HarnessOptions = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(options);
  });
  afterAll(async () => {
    await started?.stop();
  });
  const running = (): Harness => {
    if (!started) throw new Error('the harness is used before its beforeAll ran');
    return started;
  };
  return {
    get db() {
      return running().db;
    },
    get emulator() {
      return running().emulator;
    },
    get client() {
      return running().client;
    },
    get appUrl() {
      return running().appUrl;
    },
    get logs() {
      return running().logs;
    },
    get failingApi() {
      return running().failingApi;
    },
    stop: () => running().stop(),
  };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const handle = options.handle ?? (await openTestDatabase(options.database ?? 'pglite'));
  const emulator = await startSlackEmulator({
    channels: [
      { id: GENERAL, name: 'general' },
      { id: REQUESTS, name: 'billing-requests' },
      ...(options.emulator?.channels ?? []),
    ],
    strictChannels: options.emulator?.strictChannels ?? false,
  });
  const failingApi = options.failingApi ? await startFailingSlackApi(emulator.url) : undefined;
  const config = ConfigSchema.parse({
    SLACK_BOT_TOKEN: emulator.botToken,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: failingApi?.url ?? emulator.url,
    BILLING_ADMINS: ADMIN,
    REQUEST_CHANNELS: REQUESTS,
    ...options.env,
  });
  await bootstrapAdmins(handle.db, config.BILLING_ADMINS);
  await grantTeam(
    handle,
    [
      { userId: MANAGER, role: 'billing_manager' },
      { userId: BILLER, role: 'biller' },
      { userId: VIEWER, role: 'viewer' },
    ],
    ADMIN,
  );
  const logs: string[] = [];
  const logger = options.productionLogger ? undefined : capturingLogger(logs);
  const app = createSlackApp({
    config,
    db: handle.db,
    logger,
    apiRetries: 0,
    ...options.app,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const server = (await app.start(0)) as { address(): AddressInfo | string | null };
  const port = (server.address() as AddressInfo).port;
  const appUrl = `http://127.0.0.1:${port}/slack/events`;
  const client = createAppClient({
    appUrl,
    signingSecret: SIGNING_SECRET,
    emulator,
  });
  return {
    db: handle.db,
    emulator,
    client,
    appUrl,
    logs,
    failingApi,
    async stop() {
      await app.stop();
      await failingApi?.stop();
      await emulator.stop();
      await handle.close();
    },
  };
}

/**
 * Waits, through vitest's vi.waitFor, until the check returns a value (not undefined/false) and
 * hands that value back: Bolt acknowledges before a listener's Web API calls finish.
 */
export function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 5_000,
): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await check();
      if (value === undefined || value === false) throw new Error(`nothing yet after up to ${timeoutMs} ms`);
      return value;
    },
    { timeout: timeoutMs, interval: 10 },
  );
}

/** The user's top modal once it has the callback id (the Loading modal comes first). */
export function waitForModal(
  h: Harness,
  userId: string,
  callbackId: string,
  predicate: (v: StoredView) => boolean = () => true,
) {
  return waitFor(() => {
    const top = h.emulator.views.top(userId);
    return top && top.view.callback_id === callbackId && predicate(top) ? top : undefined;
  });
}

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  element?: Record<string, unknown>;
  elements?: unknown[];
};

export function blocksOf(view: StoredView): Block[] {
  return (view.view.blocks as Block[] | undefined) ?? [];
}

export function blockById(view: StoredView, blockId: string): Block | undefined {
  return blocksOf(view).find((b) => b.block_id === blockId);
}

/** Everything a user can read in a view or message: section texts, context texts, labels. */
export function textOf(blocks: readonly unknown[]): string {
  return JSON.stringify(blocks);
}

export async function ledgerOf(db: Database, chargeId: number) {
  const entries = await chargeHistory(db, { chargeId });
  const charge = await getCharge(db, chargeId);
  return {
    entries,
    kinds: entries.map((e) => e.kind),
    count: (kind: string) => entries.filter((e) => e.kind === kind).length,
    outstandingCents: charge?.outstandingCents ?? Number.NaN,
  };
}

/** Messages visible to this user in the channel that the bot posted. */
export function botMessages(h: Harness, channelId: string, forUser?: string) {
  return h.emulator.messages
    .inChannel(channelId, forUser)
    .filter((m) => m.user === h.emulator.workspace.botUserId);
}

/** The value of the Review & confirm button on a request's card or reply. */
export function reviewValue(message: StoredMessage): string {
  const block = (message.blocks as { block_id?: string; elements?: { value: string }[] }[]).find(
    (b) => b.block_id === REVIEW_BLOCK,
  );
  const value = block?.elements?.[0]?.value;
  if (!value) throw new Error('no Review & confirm button');
  return value;
}

/** `userId` presses Review & confirm on a request's card or reply. */
export function pressReview(h: Harness, userId: string, message: StoredMessage) {
  return h.client.blockAction({
    userId,
    message,
    actions: [{ action_id: REVIEW_ACTION, block_id: REVIEW_BLOCK, value: reviewValue(message) }],
  });
}

/** `userId` presses Undo beside a recent write-off (its entry id) in their App Home. */
export function pressHomeUndo(h: Harness, userId: string, entryId: number | undefined) {
  return h.client.blockAction({
    userId,
    actions: [{ action_id: HOME_UNDO_ACTION, block_id: `recent_${entryId}`, value: String(entryId) }],
  });
}

/** Undo from App Home, confirmed: the undo form opens on that write-off and is submitted as shown. */
export async function undoFromHome(h: Harness, userId: string, entryId: number | undefined): Promise<void> {
  await pressHomeUndo(h, userId, entryId);
  const undo = await waitForModal(h, userId, UNDO_CALLBACK, (v) => !!blockById(v, EFFECT_BLOCK));
  await h.client.fillAndSubmit(userId, undo.id, {});
}
