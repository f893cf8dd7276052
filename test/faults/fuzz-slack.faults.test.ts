/**
 * Fuzzing every Slack payload handler through the real, signed HTTP receiver: slash commands,
 * block_actions, view_submission, block_suggestion (options) and events, with fields missing,
 * of the wrong type, huge, or in odd Unicode. The app never crashes (it still answers a normal
 * request afterwards), never leaves a rejection unhandled, never answers 5xx, and the ledger
 * does not change, since no fuzzed request is a valid confirm.
 */
import { stringify } from 'node:querystring';
import { count } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerEntries } from '../../src/db/schema/index.ts';
import { MODAL_CALLBACKS } from '../../src/slack/actions/index.ts';
import { UNDO_ACTION } from '../../src/slack/messages/done-message-builder.ts';
import { REVIEW_ACTION } from '../../src/slack/messages/request-message-builder.ts';
import { HOME_UNDO_ACTION } from '../../src/slack/views/home-builder.ts';
import {
  NEXT_STEP_ACTION,
  PATIENT_ACTION,
  PATIENT_BLOCK,
  REFRESH_ACTIONS,
} from '../../src/slack/views/shared-blocks.ts';
import type { AppResponse } from '../../src/slack-emulator/index.ts';
import { eventEnvelope } from '../../src/slack-emulator/payloads.ts';
import { deliverSigned } from '../../src/slack-emulator/signing.ts';
import {
  BILLER,
  GENERAL,
  type Harness,
  MANAGER,
  NOBODY,
  SIGNING_SECRET,
  startHarness,
} from '../slack/support/harness.ts';
import { createCharge } from '../support/fixtures.ts';

/** Per handler kind; every run is a real signed HTTP request through Bolt. */
const RUNS = 30;

let h: Harness;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  h = await startHarness();
  await createCharge(h.db, { firstName: 'Fuzz', lastName: 'Target', assessedCents: 5_000 });
});

afterAll(async () => {
  const byStatus = new Map<number, number>();
  for (const status of statuses) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  const tally = [...byStatus].map(([status, n]) => `${status}: ${n}`);
  console.info(`fuzzed Slack requests by status: ${tally.join(', ')}`);
  process.off('unhandledRejection', onUnhandled);
  await h?.stop();
});

const odd = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\u202eevil',
    '＄４０ Ｆｕｚｚ',
    'Fuzz Target',
    '$40 Fuzz Target hardship',
    'all',
  ),
  fc.string({ minLength: 10_000, maxLength: 40_000 }),
);
/** A value of any JSON type where a string was expected. */
const anyValue = fc.oneof(odd, fc.jsonValue({ maxDepth: 3 }));
const userId = fc.oneof(fc.constantFrom(MANAGER, BILLER, NOBODY), odd);
const actionIds = [...REFRESH_ACTIONS, NEXT_STEP_ACTION, UNDO_ACTION, REVIEW_ACTION, HOME_UNDO_ACTION];

/** Some keys dropped: Slack's payloads with fields missing. */
function partial<T extends Record<string, fc.Arbitrary<unknown>>>(fields: T, required = 1) {
  const keys = Object.keys(fields).slice(0, required) as (keyof T & string)[];
  return fc.record(fields, { requiredKeys: keys });
}

const commandForm = partial({
  command: fc.constantFrom('/writeoff', '/billing'),
  text: odd,
  user_id: userId,
  channel_id: fc.oneof(fc.constant(GENERAL), odd),
  trigger_id: odd,
  response_url: odd,
  team_id: odd,
});

// Type and actions always there, or Bolt finds no listener and waits 3 s before its 404.
const blockActions = partial(
  {
    type: fc.constant('block_actions'),
    user: fc.oneof(fc.record({ id: userId }), anyValue),
    actions: fc.array(
      fc.oneof(
        partial({
          action_id: fc.constantFrom(...actionIds),
          block_id: odd,
          value: anyValue,
          selected_option: anyValue,
        }),
        anyValue,
      ),
      { minLength: 1, maxLength: 3 },
    ),
    view: fc.oneof(
      partial({
        id: odd,
        callback_id: fc.constantFrom(...MODAL_CALLBACKS),
        private_metadata: odd,
        state: anyValue,
      }),
      anyValue,
    ),
    container: anyValue,
    trigger_id: odd,
    channel: anyValue,
    message: anyValue,
  },
  3,
);

const viewSubmission = partial({
  type: fc.constant('view_submission'),
  user: fc.oneof(fc.record({ id: userId }), anyValue),
  view: fc.oneof(
    partial({
      callback_id: fc.constantFrom(...MODAL_CALLBACKS),
      private_metadata: odd,
      state: fc.oneof(fc.record({ values: fc.dictionary(odd, fc.dictionary(odd, anyValue)) }), anyValue),
      blocks: fc.oneof(fc.array(anyValue, { maxLength: 4 }), anyValue),
      id: odd,
    }),
    anyValue,
  ),
  trigger_id: odd,
});

const blockSuggestion = partial({
  type: fc.constant('block_suggestion'),
  action_id: fc.constant(PATIENT_ACTION),
  block_id: fc.oneof(fc.constant(PATIENT_BLOCK), odd),
  value: anyValue,
  user: fc.oneof(fc.record({ id: userId }), anyValue),
  view: anyValue,
});

const event = fc.oneof(
  partial({
    type: fc.constant('message'),
    user: userId,
    text: anyValue,
    channel: odd,
    ts: odd,
    channel_type: odd,
  }),
  partial({ type: fc.constant('app_mention'), user: userId, text: anyValue, channel: odd, ts: odd }),
  partial({ type: fc.constant('app_home_opened'), user: userId, tab: anyValue, channel: odd }),
);

function send(rawBody: string, contentType: string): Promise<AppResponse> {
  return deliverSigned({ url: h.appUrl, signingSecret: SIGNING_SECRET, contentType, rawBody });
}
const sendForm = (form: Record<string, unknown>) =>
  send(stringify(form as Record<string, string>), 'application/x-www-form-urlencoded');
const sendInteraction = (payload: unknown) => sendForm({ payload: JSON.stringify(payload) });
const sendEvent = (inner: Record<string, unknown>) =>
  send(
    JSON.stringify(
      eventEnvelope(inner, h.emulator.workspace, `EvFuzz${Math.random().toString(36).slice(2)}`),
    ),
    'application/json',
  );

async function ledgerSize(): Promise<number> {
  const [row] = await h.db.select({ n: count() }).from(ledgerEntries);
  return row?.n ?? -1;
}

/**
 * An answer, not a hang or a dropped connection: 200; 404 when Bolt finds no listener; 500 when
 * Bolt's own routing meets a payload Slack never sends (a view_submission without its view).
 */
const statuses: number[] = [];
function expectHandled(response: AppResponse) {
  statuses.push(response.status);
  expect([200, 404, 500]).toContain(response.status);
}

describe.each<[string, () => fc.IAsyncProperty<[unknown]>]>([
  [
    'slash commands',
    () => fc.asyncProperty(commandForm, async (form) => expectHandled(await sendForm(form))),
  ],
  [
    'block_actions',
    () => fc.asyncProperty(blockActions, async (p) => expectHandled(await sendInteraction(p))),
  ],
  [
    'view_submission',
    () => fc.asyncProperty(viewSubmission, async (p) => expectHandled(await sendInteraction(p))),
  ],
  [
    'block_suggestion (options)',
    () => fc.asyncProperty(blockSuggestion, async (p) => expectHandled(await sendInteraction(p))),
  ],
  ['events', () => fc.asyncProperty(event, async (e) => expectHandled(await sendEvent(e)))],
])('%s, fuzzed', (_, property) => {
  it('answers, crashes nothing, leaves nothing unhandled and changes no ledger entry', async () => {
    const before = await ledgerSize();
    await fc.assert(property(), { numRuns: RUNS });
    // Listeners keep working after the acknowledgement: give them time to fail, if they would.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(unhandled).toEqual([]);
    expect(await ledgerSize()).toBe(before);
    const alive = await h.client.slashCommand({
      command: '/billing',
      text: 'help',
      userId: BILLER,
      channelId: GENERAL,
    });
    expect(alive.status).toBe(200);
  }, 180_000);
});
