/**
 * Failed requests stay retryable (issue 9 "Also"): a message whose handling failed is handled
 * again when Slack redelivers it, and a request saved before its reply failed gets that reply
 * on the retry: one reply, one pending action. Pending actions expire after 7 days: their form
 * and their buttons say so and nothing is written. Time moves through the app's clock.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { pendingActions } from '../../src/db/schema/index.ts';
import { REVIEW_ACTION, REVIEW_BLOCK } from '../../src/slack/messages/request-message-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredMessage } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  botMessages,
  GENERAL,
  ledgerOf,
  MANAGER,
  reviewValue,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const DM = 'DMANAGER01';
const DAY_MS = 24 * 60 * 60 * 1000;
const clock = { offsetMs: 0, now: () => new Date(Date.now() + clock.offsetMs) };

const h = useHarness({ clock });
let chargeId: number;

beforeAll(async () => {
  ({ chargeId } = await createCharge(h.db, { firstName: 'Rita', lastName: 'Retry', assessedCents: 5_000 }));
});

const understood = () => botMessages(h, DM).filter((m) => m.text?.startsWith('I understood'));
const failures = () => h.logs.filter((line) => line.includes('listener failed')).length;

async function pendingFor(message: StoredMessage) {
  return h.db
    .select()
    .from(pendingActions)
    .where(eq(pendingActions.id, `msg-${DM}-${message.ts}`));
}

/** Slack's retry of the DM's `message` event: the same event id, with X-Slack-Retry-Num. */
function redeliver(message: StoredMessage, eventId: string, retryNum: number) {
  return h.client.event(
    {
      type: 'message',
      channel_type: 'im',
      user: MANAGER,
      text: message.text ?? '',
      ts: message.ts,
      channel: DM,
    },
    { eventId, retryNum, retryReason: 'http_error' },
  );
}

/** The session's entry point for every statement (what `statement` and `execute` both call). */
type PrepareQuery = (query: { sql: string }, ...rest: unknown[]) => { execute(): Promise<unknown> };

describe('a message whose handling failed is handled on Slack retry', () => {
  it('the database away on the first delivery: the retry replies once and saves one request', async () => {
    const before = failures();
    // The connection drops as the request is saved (one statement with its audit row), as
    // postgres.js reports a reset socket.
    const session = h.db._.session as unknown as { prepareQuery: PrepareQuery };
    const prepareQuery = session.prepareQuery;
    let outages = 1;
    session.prepareQuery = function (this: unknown, query, ...rest) {
      if (outages > 0 && query.sql.includes('insert into "pending_actions"')) {
        outages -= 1;
        const reset = Object.assign(new Error('write ECONNRESET'), { code: 'ECONNRESET' });
        return { execute: () => Promise.reject(reset) };
      }
      return prepareQuery.call(this, query, ...rest);
    };
    let delivered: Awaited<ReturnType<typeof h.client.userMessage>>;
    try {
      delivered = await h.client.userMessage({
        userId: MANAGER,
        channelId: DM,
        text: 'write off $10 for Rita Retry small balance',
      });
      await waitFor(() => failures() > before);
    } finally {
      session.prepareQuery = prepareQuery;
    }
    expect(understood()).toHaveLength(0);
    expect(await pendingFor(delivered.message)).toHaveLength(0);

    await redeliver(delivered.message, delivered.responses[0]?.eventId ?? '', 1);

    const reply = await waitFor(() => understood()[0]);
    expect(reply.text).toContain('$10.00');
    const saved = await pendingFor(delivered.message);
    expect(saved).toHaveLength(1);
    expect(reviewValue(reply)).toBe(saved[0]?.id);
    // Marked answered just after the reply went out.
    await waitFor(async () => (await pendingFor(delivered.message))[0]?.repliedAt ?? undefined);
  });

  it('the reply failed after the request was saved: the retry sends it, once', async () => {
    const repliesBefore = understood().length;
    const before = failures();
    h.emulator.failNext('chat.postMessage', 'internal_error');
    const delivered = await h.client.userMessage({
      userId: MANAGER,
      channelId: DM,
      text: 'write off $12 for Rita Retry small balance',
    });
    await waitFor(() => failures() > before);
    expect(understood()).toHaveLength(repliesBefore);
    const saved = await pendingFor(delivered.message);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.repliedAt).toBeNull();

    const eventId = delivered.responses[0]?.eventId ?? '';
    await redeliver(delivered.message, eventId, 1);
    const reply = await waitFor(() => understood()[repliesBefore]);
    expect(reply.text).toContain('$12.00');
    expect(reviewValue(reply)).toBe(saved[0]?.id);

    // A later retry of the same delivery finds it answered.
    await redeliver(delivered.message, eventId, 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(understood()).toHaveLength(repliesBefore + 1);
    expect(await pendingFor(delivered.message)).toHaveLength(1);
  });
});

describe('pending actions expire after 7 days', () => {
  it('a form confirmed 7 days later says it expired and writes nothing', async () => {
    const before = h.emulator.callsTo('views.update').length;
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$10 Rita Retry small balance',
      userId: MANAGER,
      channelId: GENERAL,
    });
    await waitFor(() => h.emulator.callsTo('views.update').length > before, 15_000);
    const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK);
    clock.offsetMs = 7 * DAY_MS + 60_000;
    try {
      const result = await h.client.fillAndSubmit(MANAGER, modal.id, {});
      expect(result.body).toMatchObject({ response_action: 'update' });
      const shown = h.emulator.views.top(MANAGER);
      expect(textOf(shown?.view.blocks as unknown[])).toContain('has expired, so nothing was changed');
      expect((await ledgerOf(h.db, chargeId)).count('write_off')).toBe(0);
    } finally {
      clock.offsetMs = 0;
    }
  });

  it('the Review & confirm button of a week-old request says it expired', async () => {
    const reply = understood()[0];
    if (!reply) throw new Error('the first test leaves a reply');
    clock.offsetMs = 8 * DAY_MS;
    try {
      const before = h.emulator.responseUrlPosts.length;
      await h.client.blockAction({
        userId: MANAGER,
        message: reply,
        actions: [{ action_id: REVIEW_ACTION, block_id: REVIEW_BLOCK, value: reviewValue(reply) }],
      });
      const answer = await waitFor(() => h.emulator.responseUrlPosts.slice(before).at(0));
      expect(JSON.stringify(answer.body)).toContain('has expired, so nothing was changed');
      expect(h.emulator.views.top(MANAGER)?.view.callback_id).not.toBe(WRITE_OFF_CALLBACK);
      expect((await ledgerOf(h.db, chargeId)).count('write_off')).toBe(0);
    } finally {
      clock.offsetMs = 0;
    }
  });
});
