/**
 * The app's reply in a requests channel's thread (the request went for approval; it was decided)
 * that Slack will not take even after the client's retries: a 500 from Slack's servers, or a rate
 * limit. The person who asked heard nothing. They now get the same words by DM, saying why it is
 * there; nothing more than the thread would have said (no patient, no amount), and the warning
 * logged carries ids and Slack's error only.
 */
import { describe, expect, it } from 'vitest';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { cardIn, dmChannelOf, dmTexts, latestApproval, press } from './support/approvals.ts';
import {
  BILLER,
  botMessages,
  FRONT_DESK,
  ledgerOf,
  MANAGER,
  pressReview,
  REQUESTS,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

/** The client's own retries are on, as in production: three attempts, about 3 s of backoff. */
const RETRIES = 2;
const SLOW_MS = 20_000;
const h = useHarness({ failingApi: true, app: { apiRetries: RETRIES } });

function failing() {
  const api = h.failingApi;
  if (!api) throw new Error('the harness has no failing API');
  return api;
}

/** A front-desk request in the requests channel, confirmed by the biller above their limit. */
async function requestSentForApproval(lastName: string) {
  const charge = await createCharge(h.db, { firstName: 'Fallon', lastName, assessedCents: 50_000 });
  const { message } = await h.client.userMessage({
    userId: FRONT_DESK,
    channelId: REQUESTS,
    text: `please write off $150 for Fallon ${lastName}, small balance`,
  });
  const offer = await waitFor(
    () => botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('asked for')),
    SLOW_MS,
  );
  await pressReview(h, BILLER, offer);
  const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => JSON.stringify(v).includes(lastName));
  return { charge, threadTs: message.ts, form };
}

const threadReplies = (threadTs: string, words: string) =>
  botMessages(h, REQUESTS).filter((m) => m.threadTs === threadTs && m.text?.includes(words));

const failuresTo = (channel: string, status: number) =>
  failing().failed.filter(
    (f) => f.method === 'chat.postMessage' && f.channel === channel && f.status === status,
  );

describe('a thread reply in the requests channel that Slack will not take', () => {
  it('HTTP 500 on every attempt: the requester gets "sent for approval" by DM, without patient or amount', async () => {
    const { charge, threadTs, form } = await requestSentForApproval('Fivehundred');
    const dmBefore = dmTexts(h, FRONT_DESK).length;
    // The card goes to the approvers' DMs; only the reply in the requests channel fails.
    failing().fail({ method: 'chat.postMessage', channel: REQUESTS, status: 500, times: RETRIES + 1 });
    await h.client.fillAndSubmit(BILLER, form.id, {});

    const dm = await waitFor(
      () =>
        dmTexts(h, FRONT_DESK)
          .slice(dmBefore)
          .find((t) => t.includes('for approval')),
      SLOW_MS,
    );
    expect(dm).toContain(`Slack did not take my reply in the thread of your request in <#${REQUESTS}>`);
    expect(dm).toContain(`<@${FRONT_DESK}> update: <@${BILLER}> sent a write-off you asked for`);
    expect(dm).toContain('Nothing is written off until one of them approves it.');
    expect(dm).not.toMatch(/Fallon|Fivehundred|150/);
    // Every attempt the client made failed, and none reached the thread.
    expect(failuresTo(REQUESTS, 500)).toHaveLength(RETRIES + 1);
    expect(threadReplies(threadTs, 'for approval')).toHaveLength(0);
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(0);

    const warning = await waitFor(() => h.logs.find((l) => l.includes('request thread notice not posted')));
    expect(warning).toContain('sent by DM instead');
    expect(warning).toContain(REQUESTS);
    expect(h.logs.join('\n')).not.toMatch(/Fallon|Fivehundred|\$150/);
  }, 60_000);

  it('rate limited on every attempt: the approval is told to the requester by DM instead', async () => {
    const { charge, threadTs, form } = await requestSentForApproval('Ratelimited');
    await h.client.fillAndSubmit(BILLER, form.id, {});
    // This time the "sent for approval" reply reaches the thread.
    await waitFor(() => threadReplies(threadTs, 'for approval')[0], SLOW_MS);
    const approval = await waitFor(async () => {
      const latest = await latestApproval(h, BILLER);
      return latest?.chargeId === charge.chargeId ? latest : undefined;
    });
    const card = await cardIn(h, dmChannelOf(h, MANAGER), approval.id);
    const decision = await press(h, MANAGER, card, 'approve');

    const dmBefore = dmTexts(h, FRONT_DESK).length;
    failing().fail({
      method: 'chat.postMessage',
      channel: REQUESTS,
      status: 429,
      times: RETRIES + 1,
      retryAfterSeconds: 0,
    });
    await h.client.fillAndSubmit(MANAGER, decision.id, {});

    const dm = await waitFor(
      () =>
        dmTexts(h, FRONT_DESK)
          .slice(dmBefore)
          .find((t) => t.includes('approved the write-off')),
      SLOW_MS,
    );
    expect(dm).toContain(`Slack did not take my reply in the thread of your request in <#${REQUESTS}>`);
    expect(dm).toContain(
      `<@${FRONT_DESK}> update: <@${MANAGER}> approved the write-off you asked for, and it is written off.`,
    );
    expect(dm).not.toMatch(/Fallon|Ratelimited|150/);
    expect(failuresTo(REQUESTS, 429)).toHaveLength(RETRIES + 1);
    expect(threadReplies(threadTs, 'approved the write-off')).toHaveLength(0);
    // The approval itself went through: the write-off is in the ledger, the biller's.
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(1);
    expect(h.logs.join('\n')).not.toMatch(/Fallon|Ratelimited|\$150/);
  }, 60_000);

  it('when the thread takes the reply, no DM is sent as well', async () => {
    const { threadTs, form } = await requestSentForApproval('Delivered');
    const dmBefore = dmTexts(h, FRONT_DESK).length;
    await h.client.fillAndSubmit(BILLER, form.id, {});
    await waitFor(() => threadReplies(threadTs, 'for approval')[0], SLOW_MS);
    expect(
      dmTexts(h, FRONT_DESK)
        .slice(dmBefore)
        .filter((t) => t.includes('Slack did not take')),
    ).toHaveLength(0);
  }, 60_000);
});
