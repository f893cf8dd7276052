/**
 * The second outside probe's flows, driven through the emulator with signed requests: what a
 * requester, a biller or an approver sees after an edited request, a "cancel that", a decided
 * approval, an amount over what is owed, and what the approvals and audit channels show.
 */
import { describe, expect, it } from 'vitest';
import { APPROVAL_CALLBACK } from '../../src/slack/views/approval-modal-builder.ts';
import { NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { cardIn, dmChannelOf, latestApproval, press } from './support/approvals.ts';
import {
  ADMIN,
  BILLER,
  blockById,
  botMessages,
  FRONT_DESK,
  MANAGER,
  pressReview,
  REQUESTS,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const APPROVALS = 'CAPPROVALS';
const AUDIT = 'CAUDITLOG1';
const h = useHarness({ env: { APPROVALS_CHANNEL: APPROVALS, AUDIT_CHANNEL: AUDIT } });

/** A front-desk request in the requests channel, and the card the app posted in its thread. */
async function channelRequest(text: string) {
  const { message } = await h.client.userMessage({ userId: FRONT_DESK, channelId: REQUESTS, text });
  const card = await waitFor(() =>
    botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('asked for')),
  );
  return { message, card };
}

function editRequest(message: { ts: string; text?: string }, text: string) {
  return h.client.event({
    type: 'message',
    subtype: 'message_changed',
    channel: REQUESTS,
    channel_type: 'channel',
    ts: `${message.ts}7`,
    hidden: true,
    message: { type: 'message', user: FRONT_DESK, text, ts: message.ts, edited: { user: FRONT_DESK } },
    previous_message: { type: 'message', user: FRONT_DESK, text: message.text, ts: message.ts },
  });
}

/** What the whole channel reads in a thread (not ephemeral), containing these words. */
function threadSays(threadTs: string, words: string) {
  return waitFor(() =>
    botMessages(h, REQUESTS).find(
      (m) => m.threadTs === threadTs && !m.ephemeralTo && m.text?.includes(words),
    ),
  );
}

function toldPrivately(channelId: string, userId: string, words: string) {
  return waitFor(() =>
    botMessages(h, channelId, userId).find((m) => m.ephemeralTo === userId && m.text?.includes(words)),
  );
}

/** The bot's messages in a user's DM, newest last. */
function dmReplies(userId: string) {
  return botMessages(h, dmChannelOf(h, userId));
}

async function dm(userId: string, text: string, threadTs?: string) {
  const channelId = dmChannelOf(h, userId);
  const before = dmReplies(userId).length;
  const { message } = await h.client.userMessage({
    userId,
    channelId,
    text,
    ...(threadTs ? { threadTs } : {}),
  });
  const reply = await waitFor(() => dmReplies(userId).slice(before).at(0));
  return { message, reply };
}

async function pendingRows() {
  const { pendingActions } = await import('../../src/db/schema/index.ts');
  return h.db.select().from(pendingActions);
}

describe('D1: a request message edited to name another patient', () => {
  it('withdraws the request, and the thread says it changed (with no name); Review & confirm opens nothing', async () => {
    await createCharge(h.db, { firstName: 'Lena', lastName: 'Chenowith', assessedCents: 2_000 });
    await createCharge(h.db, { firstName: 'Bobby', lastName: 'Smithers', assessedCents: 2_000 });
    const { message, card } = await channelRequest('write off $10 for Lena Chenowith, prompt pay discount');
    await editRequest(message, 'write off $10 for Bobby Smithers, prompt pay discount');

    const notice = await threadSays(message.ts, 'edited this request');
    expect(notice.text).toContain('withdrawn');
    expect(notice.text).toContain('new message');
    expect(JSON.stringify(notice)).not.toMatch(/Lena|Chenowith|Bobby|Smithers|\$10/);
    await toldPrivately(REQUESTS, FRONT_DESK, 'Your edit asks for another patient');

    const before = h.emulator.responseUrlPosts.length;
    await pressReview(h, BILLER, card);
    await waitFor(() =>
      h.emulator.responseUrlPosts.slice(before).find((p) => String(p.body.text).includes('withdrawn')),
    );
    expect(h.emulator.views.top(BILLER)?.view.callback_id).not.toBe(WRITE_OFF_CALLBACK);
  });

  it('once a biller has opened the form, the thread warns that the form shows the request as first posted', async () => {
    await createCharge(h.db, { firstName: 'Opal', lastName: 'Firstposted', assessedCents: 2_000 });
    const { message, card } = await channelRequest('write off $10 for Opal Firstposted, prompt pay discount');
    await pressReview(h, BILLER, card);
    await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => JSON.stringify(v).includes('Firstposted'));
    await editRequest(message, 'write off $10 for Bobby Smithers, prompt pay discount');
    const warning = await threadSays(message.ts, 'as first posted');
    expect(warning.text).toContain('do not confirm it');
    expect(JSON.stringify(warning)).not.toMatch(/Opal|Firstposted|Bobby|Smithers/);
  });
});

describe('D2/D3: "cancel that" after a request withdraws it', () => {
  it('in a requests-channel thread: withdrawn, said privately and in the thread; no PR cancellation', async () => {
    await createCharge(h.db, { firstName: 'Priya', lastName: 'Pattering', assessedCents: 2_000 });
    const { message, card } = await channelRequest('write off $10 for Priya Pattering, prompt pay discount');
    await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'actually cancel that',
      threadTs: message.ts,
    });
    const told = await toldPrivately(
      REQUESTS,
      FRONT_DESK,
      'Withdrawn: your request for a write-off of $10.00',
    );
    expect(told.text).toContain('Priya Pattering');
    await threadSays(message.ts, 'withdrew this request');
    const before = h.emulator.responseUrlPosts.length;
    await pressReview(h, BILLER, card);
    await waitFor(() =>
      h.emulator.responseUrlPosts.slice(before).find((p) => String(p.body.text).includes('withdrawn')),
    );
  });

  it('in a DM, in the request’s thread: "actually cancel that" withdraws the write-off, no Cancel PR request', async () => {
    await createCharge(h.db, { firstName: 'Dmitri', lastName: 'Threadson', assessedCents: 5_000 });
    const { message, reply } = await dm(BILLER, 'write off $20 for Dmitri Threadson small balance');
    expect(reply.text).toContain('I understood: a write-off of $20.00');
    const { reply: answer } = await dm(BILLER, 'actually cancel that', message.ts);
    expect(answer.text).toContain('Withdrawn: your request for a write-off of $20.00 for Dmitri Threadson');
    expect(answer.text).not.toContain('cancelling PR');
    const rows = await pendingRows();
    expect(rows.filter((r) => r.requestedBy === BILLER && r.kind === 'cancel_pr')).toHaveLength(0);
    expect(rows.find((r) => r.id.endsWith(message.ts))?.status).toBe('cancelled');
  });

  it('in a DM, right after the request: "never mind" withdraws it (not "I did not understand")', async () => {
    await createCharge(h.db, { firstName: 'Nadia', lastName: 'Nevermind', assessedCents: 5_000 });
    const { message } = await dm(BILLER, 'write off $15 for Nadia Nevermind small balance');
    const { reply } = await dm(BILLER, 'never mind');
    expect(reply.text).toContain('Withdrawn: your request for a write-off of $15.00 for Nadia Nevermind');
    expect(reply.text).not.toContain('did not understand');
    const rows = await pendingRows();
    expect(rows.find((r) => r.id.endsWith(message.ts))?.status).toBe('cancelled');
    // Said again, there is nothing left to take back.
    const { reply: again } = await dm(BILLER, 'scratch that');
    expect(again.text).toContain('nothing to withdraw');
  });
});

describe('D5: a decided approval leaves no stale Approve on other approvers’ Home', () => {
  it('the admin’s open Home is published again once the manager approves', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Hollis',
      lastName: 'Homestale',
      assessedCents: 50_000,
    });
    await h.client.slashCommand({
      command: '/writeoff',
      text: '$150 Hollis Homestale small balance',
      userId: BILLER,
      channelId: 'CGENERAL01',
    });
    const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      JSON.stringify(v).includes('initial_value":"150.00'),
    );
    await h.client.fillAndSubmit(BILLER, form.id, {});
    const approval = await latestApproval(h, BILLER);
    expect(approval?.chargeId).toBe(charge.chargeId);
    if (!approval) return;
    const card = await cardIn(h, APPROVALS, approval.id);
    await h.client.event({
      type: 'app_home_opened',
      user: ADMIN,
      tab: 'home',
      channel: dmChannelOf(h, ADMIN),
    });
    await waitFor(() => JSON.stringify(h.emulator.views.home(ADMIN)?.view ?? '').includes(approval.id));

    const modal = await press(h, MANAGER, card, 'approve');
    expect(modal.view.callback_id).toBe(APPROVAL_CALLBACK);
    await h.client.fillAndSubmit(MANAGER, modal.id, { [NOTE_BLOCK]: 'ok' });
    await waitFor(() => !JSON.stringify(h.emulator.views.home(ADMIN)?.view ?? '').includes(approval.id));
    expect(textOf((h.emulator.views.home(ADMIN)?.view.blocks as unknown[]) ?? [])).not.toContain('Hollis');
  });
});

describe('D7: an amount over what is owed, or over the limit, is flagged before the form opens', () => {
  it('"can I write off $500 for …?" says only $245.00 is outstanding and that it goes for approval', async () => {
    await createCharge(h.db, { firstName: 'Tomas', lastName: 'Bakerfield', assessedCents: 24_500 });
    const { reply } = await dm(BILLER, 'can I write off $500 for Tomas Bakerfield?');
    expect(reply.text).toContain('I understood: a write-off of $500.00');
    expect(reply.text).toContain('Only $245.00 is outstanding');
    expect(reply.text).toContain('over your limit of $100.00');
  });

  it('an amount within both gets no warning', async () => {
    await createCharge(h.db, { firstName: 'Wendell', lastName: 'Withinlimit', assessedCents: 24_500 });
    const { reply } = await dm(BILLER, 'write off $40 for Wendell Withinlimit small balance');
    expect(reply.text).toContain('I understood: a write-off of $40.00');
    expect(reply.text).not.toContain(':warning:');
  });
});

describe('D9: the justification written with a request pre-fills the note', () => {
  it('"…, financial hardship, income verified by pay stubs": the form’s note says so', async () => {
    await createCharge(h.db, { firstName: 'Tobias', lastName: 'Paystub', assessedCents: 6_000 });
    const { card } = await channelRequest(
      'write off $30 for Tobias Paystub, financial hardship, income verified by pay stubs',
    );
    await pressReview(h, MANAGER, card);
    const form = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) =>
      JSON.stringify(v).includes('Paystub'),
    );
    expect(JSON.stringify(blockById(form, NOTE_BLOCK))).toContain(
      '"initial_value":"income verified by pay stubs"',
    );
  });
});
