/**
 * Review & confirm on someone else's own request (their DM with the app, their private reply to a
 * mention, or a forged press carrying that request's id) is refused at the press: no form opens,
 * the presser is told privately that the request is someone else's and what they can do, and
 * nothing they are told names the patient or an amount. The requester's own press still opens the
 * form, and a request posted in a requests channel is still open to any biller
 * (`src/workflow/form-owner.ts`). Back to the form, which opens the same form, refuses the same way.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  NOT_YOUR_REQUEST_TEXT,
  REVIEW_ACTION,
  REVIEW_BLOCK,
} from '../../src/slack/messages/request-message-builder.ts';
import { EFFECT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { BACK_TO_FORM_ACTION, BACK_TO_FORM_BLOCK } from '../../src/slack/views/working-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredMessage } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import { dmChannelOf } from './support/approvals.ts';
import {
  BILLER,
  blockById,
  botMessages,
  FRONT_DESK,
  GENERAL,
  ledgerOf,
  MANAGER,
  pressReview,
  REQUESTS,
  reviewValue,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
let charge: { chargeId: number };

beforeAll(async () => {
  charge = await createCharge(h.db, { firstName: 'Rhoda', lastName: 'Private', assessedCents: 9_000 });
});

/** Anything naming the patient or an amount. */
const PRIVATE = /Rhoda|Private|\$\d/;

function shownForm(userId: string) {
  return waitForModal(h, userId, WRITE_OFF_CALLBACK, (v) => blockById(v, EFFECT_BLOCK) !== undefined);
}

/** BILLER's request in their DM with the app, answered there with a Review & confirm button. */
async function requestInDirectMessage(dollars: number): Promise<StoredMessage> {
  const dm = dmChannelOf(h, BILLER);
  const { message } = await h.client.userMessage({
    userId: BILLER,
    channelId: dm,
    text: `write off $${dollars} for Rhoda Private, small balance`,
  });
  return waitFor(() => botMessages(h, dm).find((m) => m.threadTs === message.ts));
}

/** BILLER's mention in #general, answered with an ephemeral only BILLER sees. */
async function requestByMention(dollars: number): Promise<StoredMessage> {
  const bot = `<@${h.emulator.workspace.botUserId}>`;
  await h.client.userMessage({
    userId: BILLER,
    channelId: GENERAL,
    text: `${bot} write off $${dollars} for Rhoda Private, small balance`,
  });
  return waitFor(() =>
    botMessages(h, GENERAL, BILLER).find(
      (m) => m.text?.startsWith('I understood') && m.text.includes(`$${dollars}.00`),
    ),
  );
}

/** What was said to `userId` through a response_url or as an ephemeral since `since` posts. */
function privateRepliesTo(userId: string, since: { responseUrlPosts: number; ephemerals: number }) {
  const viaResponseUrl = h.emulator.responseUrlPosts.slice(since.responseUrlPosts).map((p) => p.body);
  const ephemerals = h.emulator.messages
    .all()
    .filter((m) => m.ephemeralTo === userId)
    .slice(since.ephemerals);
  return [...viaResponseUrl, ...ephemerals];
}

function counts(userId: string) {
  return {
    responseUrlPosts: h.emulator.responseUrlPosts.length,
    ephemerals: h.emulator.messages.all().filter((m) => m.ephemeralTo === userId).length,
    opens: h.emulator.callsTo('views.open').length,
    messages: h.emulator.messages.all().length,
  };
}

describe.each([
  ['in a DM with the app', requestInDirectMessage, 21],
  ['in a private reply to a mention', requestByMention, 22],
])('a request made %s', (_, makeRequest, dollars) => {
  it("is not opened for another biller who presses its button; its requester's press still opens it", async () => {
    const reply = await makeRequest(dollars);
    const before = counts(MANAGER);
    h.logs.length = 0;

    const press = await pressReview(h, MANAGER, reply);
    expect(press.status).toBe(200);
    const said = await waitFor(() => {
      const replies = privateRepliesTo(MANAGER, before);
      return replies.length > 0 ? replies : undefined;
    });
    const text = JSON.stringify(said);
    expect(text).toContain('This request was made by someone else');
    expect(text).toContain('Ask the person who made it');
    expect(text).toContain('make your own request');
    expect(text).not.toMatch(PRIVATE);
    // No form: no views.open, not even a Loading modal.
    await new Promise((r) => setTimeout(r, 150));
    expect(h.emulator.callsTo('views.open')).toHaveLength(before.opens);
    expect(h.emulator.views.top(MANAGER)).toBeUndefined();
    // Nothing new that anyone else sees; the log names ids only.
    const shared = h.emulator.messages
      .all()
      .slice(before.messages)
      .filter((m) => m.ephemeralTo === undefined);
    expect(JSON.stringify(shared)).not.toMatch(PRIVATE);
    const logged = h.logs.join('\n');
    expect(logged).toContain("review of someone else's request refused");
    expect(logged).not.toMatch(PRIVATE);

    // The requester's own press opens the form, which confirms as shown.
    const ledger = await ledgerOf(h.db, charge.chargeId);
    await pressReview(h, BILLER, reply);
    const form = await shownForm(BILLER);
    const done = await h.client.fillAndSubmit(BILLER, form.id, {});
    expect(done.body).toBeFalsy();
    const after = await ledgerOf(h.db, charge.chargeId);
    expect(after.outstandingCents).toBe(ledger.outstandingCents - dollars * 100);
    expect(after.entries.at(-1)?.actor).toBe(BILLER);
  });
});

describe('a forged press carrying the id of another user’s request', () => {
  it('without the message, in a channel: refused by an ephemeral there, no form, no name or amount', async () => {
    const reply = await requestInDirectMessage(23);
    const before = counts(MANAGER);
    await h.client.blockAction({
      userId: MANAGER,
      channelId: GENERAL,
      actions: [{ action_id: REVIEW_ACTION, block_id: REVIEW_BLOCK, value: reviewValue(reply) }],
    });
    const refusal = await waitFor(() =>
      botMessages(h, GENERAL, MANAGER).find(
        (m) => m.ephemeralTo === MANAGER && m.text === NOT_YOUR_REQUEST_TEXT,
      ),
    );
    expect(JSON.stringify(refusal)).not.toMatch(PRIVATE);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.emulator.callsTo('views.open')).toHaveLength(before.opens);
    expect(h.emulator.views.top(MANAGER)).toBeUndefined();
  });
});

describe('a request posted in the requests channel', () => {
  it('is still opened for a biller other than the one who asked', async () => {
    const { message } = await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'write off $11 for Rhoda Private, small balance',
    });
    const card = await waitFor(() => botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts));
    const before = counts(BILLER);
    await pressReview(h, BILLER, card);
    await shownForm(BILLER);
    expect(h.emulator.callsTo('views.open').length).toBeGreaterThan(before.opens);
    expect(JSON.stringify(privateRepliesTo(BILLER, before))).not.toContain('made by someone else');
  });
});

describe('Back to the form with the id of another user’s request', () => {
  it('pressed by someone with the role puts no form, name or amount in front of them', async () => {
    const reply = await requestInDirectMessage(24);
    const pendingId = reviewValue(reply);
    // The manager's own App Home, a view they may press buttons on.
    await h.client.event({ type: 'app_home_opened', user: MANAGER, channel: 'DHOMEMGR01', tab: 'home' });
    const home = await waitFor(() => h.emulator.views.home(MANAGER));
    const logged = h.logs.length;
    await h.client.blockAction({
      userId: MANAGER,
      view: home.id,
      actions: [{ action_id: BACK_TO_FORM_ACTION, block_id: BACK_TO_FORM_BLOCK, value: pendingId }],
    });
    await waitFor(() => h.logs.slice(logged).some((l) => l.includes("back to someone else's form refused")));
    expect(h.emulator.views.top(MANAGER)?.view.callback_id).not.toBe(WRITE_OFF_CALLBACK);
    expect(JSON.stringify(h.emulator.views.home(MANAGER)?.view ?? {})).not.toMatch(/Rhoda|\$24/);
    expect(h.logs.slice(logged).join('\n')).not.toMatch(PRIVATE);
  });
});
