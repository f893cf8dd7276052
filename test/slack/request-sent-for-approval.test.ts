/**
 * A request from a requests channel that its confirmer's limit sends for approval: the thread is
 * told so, without a patient or an amount, and Review & confirm pressed again says it went for
 * approval rather than that it was completed (nothing was written off). The decision is told in
 * the thread too, again without a patient, an amount or the approver's reason.
 */
import { expect, it } from 'vitest';
import { NOTE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { cardIn, dmChannelOf, latestApproval, press } from './support/approvals.ts';
import {
  ADMIN,
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

const h = useHarness();

it('the thread hears it went for approval, and a second reviewer is told so', async () => {
  const charge = await createCharge(h.db, {
    firstName: 'Appro',
    lastName: 'Valthread',
    assessedCents: 50_000,
  });
  const { message } = await h.client.userMessage({
    userId: FRONT_DESK,
    channelId: REQUESTS,
    text: 'please write off $150 for Appro Valthread, small balance',
  });
  const card = await waitFor(() =>
    botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('asked for')),
  );
  await pressReview(h, BILLER, card);
  const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
    JSON.stringify(v).includes('Valthread'),
  );
  await h.client.fillAndSubmit(BILLER, form.id, {});

  const notice = await waitFor(() =>
    botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('for approval')),
  );
  expect(notice.ephemeralTo).toBeUndefined();
  expect(notice.text).toContain(`<@${FRONT_DESK}> update: <@${BILLER}> sent a write-off you asked for`);
  expect(notice.text).not.toContain('150');
  expect(notice.text).not.toContain('Valthread');
  expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(0);

  await pressReview(h, MANAGER, card);
  await waitFor(() =>
    h.emulator.responseUrlPosts.find((p) =>
      String(p.body.text).includes('This request was sent for approval'),
    ),
  );
});

/** A channel request sent for approval by the biller's limit: the thread's ts and the card in an approver's DM. */
async function requestSentForApproval(lastName: string, approver: string) {
  const charge = await createCharge(h.db, { firstName: 'Thread', lastName, assessedCents: 50_000 });
  const { message } = await h.client.userMessage({
    userId: FRONT_DESK,
    channelId: REQUESTS,
    text: `please write off $150 for Thread ${lastName}, small balance`,
  });
  const offer = await waitFor(() =>
    botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('asked for')),
  );
  await pressReview(h, BILLER, offer);
  const form = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => JSON.stringify(v).includes(lastName));
  await h.client.fillAndSubmit(BILLER, form.id, {});
  const approval = await waitFor(async () => {
    const latest = await latestApproval(h, BILLER);
    return latest?.chargeId === charge.chargeId ? latest : undefined;
  });
  const card = await cardIn(h, dmChannelOf(h, approver), approval.id);
  return { charge, threadTs: message.ts, card, offer };
}

const threadNotice = (threadTs: string, words: string) =>
  waitFor(() => botMessages(h, REQUESTS).find((m) => m.threadTs === threadTs && m.text?.includes(words)));

it('an approval is told in the thread: written off, with no patient and no amount', async () => {
  const { charge, threadTs, card, offer } = await requestSentForApproval('Approvedinthread', MANAGER);
  const form = await press(h, MANAGER, card, 'approve');
  await h.client.fillAndSubmit(MANAGER, form.id, {});

  const notice = await threadNotice(threadTs, 'approved the write-off');
  expect(notice.ephemeralTo).toBeUndefined();
  expect(notice.text).toBe(
    `<@${FRONT_DESK}> update: <@${MANAGER}> approved the write-off you asked for, and it is written off.`,
  );
  expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(1);

  // Review & confirm pressed after the decision says the decision, not that it is still waiting.
  await pressReview(h, BILLER, offer);
  const said = await waitFor(() =>
    h.emulator.responseUrlPosts.find((p) => String(p.body.text).includes('approved and written off')),
  );
  expect(String(said.body.text)).not.toContain('nothing is written off until');
});

it('a rejection is told in the thread without the reason, which goes to the biller only', async () => {
  const { charge, threadTs, card } = await requestSentForApproval('Rejectedinthread', ADMIN);
  const form = await press(h, ADMIN, card, 'reject');
  await h.client.fillAndSubmit(ADMIN, form.id, { [NOTE_BLOCK]: 'Hardship form not on file' });

  const notice = await threadNotice(threadTs, 'rejected the write-off');
  expect(notice.text).toContain(`<@${FRONT_DESK}> update: <@${ADMIN}> rejected the write-off you asked for`);
  expect(notice.text).toContain('nothing was written off');
  expect(notice.text).not.toMatch(/Hardship form|Rejectedinthread|150/);
  expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(0);
});
