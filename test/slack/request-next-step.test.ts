/**
 * A write-off requested in a requests channel cannot be done (the PR is paid); the billing
 * manager takes the blocker's next step instead and refunds the payment. The thread must name
 * the person who asked, say what was done, and say that the write-off they asked for was not.
 */
import { describe, expect, it } from 'vitest';
import { REVIEW_ACTION, REVIEW_BLOCK } from '../../src/slack/messages/request-message-builder.ts';
import { REFUND_CALLBACK } from '../../src/slack/views/refund-modal-builder.ts';
import {
  AMOUNT_BLOCK,
  BLOCKER_BLOCK,
  NEXT_STEP_ACTION,
  NEXT_STEP_BLOCK,
  PAYMENT_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  blockById,
  botMessages,
  FRONT_DESK,
  ledgerOf,
  MANAGER,
  REQUESTS,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();

describe('a next step taken on a request from a requests channel', () => {
  it('the thread names the requester and says the refund was made and the write-off was not', async () => {
    const paid = await createCharge(h.db, {
      firstName: 'Mira',
      lastName: 'Paidwell',
      assessedCents: 4_200,
      paidCents: 4_200,
    });
    const { message } = await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'please write off $42 for Mira Paidwell, hardship',
    });
    const card = await waitFor(() =>
      botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('asked for')),
    );
    const review = (card.blocks as { block_id?: string; elements?: { value: string }[] }[]).find(
      (b) => b.block_id === REVIEW_BLOCK,
    );
    await h.client.blockAction({
      userId: MANAGER,
      message: card,
      actions: [
        { action_id: REVIEW_ACTION, block_id: REVIEW_BLOCK, value: review?.elements?.[0]?.value ?? '' },
      ],
    });
    const writeOff = await waitForModal(
      h,
      MANAGER,
      WRITE_OFF_CALLBACK,
      (v) => blockById(v, BLOCKER_BLOCK) !== undefined,
    );
    expect(textOf([blockById(writeOff, BLOCKER_BLOCK)])).toContain('already paid');
    const elements = blockById(writeOff, NEXT_STEP_BLOCK)?.elements as
      | { text: { text: string }; value: string }[]
      | undefined;
    const button = elements?.[0];
    expect(button?.text.text).toBe('Refund payment');

    await h.client.blockAction({
      userId: MANAGER,
      view: writeOff.id,
      actions: [{ action_id: NEXT_STEP_ACTION, block_id: NEXT_STEP_BLOCK, value: button?.value ?? '' }],
    });
    const refund = await waitForModal(
      h,
      MANAGER,
      REFUND_CALLBACK,
      (v) => blockById(v, PAYMENT_BLOCK) !== undefined,
    );
    const submitted = await h.client.fillAndSubmit(MANAGER, refund.id, { [AMOUNT_BLOCK]: 'all' });
    expect(submitted.status).toBe(200);

    const notice = await waitFor(() =>
      botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('completed')),
    );
    expect(notice.text).toBe(
      `<@${FRONT_DESK}> update: <@${MANAGER}> completed a refund instead. What you asked for, a write-off, was not done.`,
    );
    expect(notice.ephemeralTo).toBeUndefined();
    expect(notice.text).not.toMatch(/Mira|Paidwell|\$/);

    const ledger = await ledgerOf(h.db, paid.chargeId);
    expect(ledger.count('refund')).toBe(1);
    expect(ledger.count('write_off')).toBe(0);
    expect(ledger.outstandingCents).toBe(4_200);
  });
});
