/**
 * Two people open the same request from a requests channel; the first confirms. The second, on
 * confirming, is told it was already done (no patient name) instead of watching the form vanish.
 * A Slack retry of the first delivery still says nothing more.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_CALLBACK } from '../../src/slack/views/notice-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { buildStateValues, type StoredMessage } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  botMessages,
  FRONT_DESK,
  ledgerOf,
  MANAGER,
  pressReview,
  REQUESTS,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
let charge: { chargeId: number };

beforeAll(async () => {
  charge = await createCharge(h.db, { firstName: 'Dora', lastName: 'Double', assessedCents: 9_000 });
});

async function reviewOpens(userId: string, card: StoredMessage) {
  await pressReview(h, userId, card);
  return waitForModal(h, userId, WRITE_OFF_CALLBACK);
}

describe('a request confirmed by two people', () => {
  it('the second confirmer sees "already done"; one entry; a retry stays silent', async () => {
    const { message } = await h.client.userMessage({
      userId: FRONT_DESK,
      channelId: REQUESTS,
      text: 'write off $20 for Dora Double, small balance',
    });
    const card = await waitFor(() => botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts));
    const first = await reviewOpens(MANAGER, card);
    const second = await reviewOpens(BILLER, card);

    const values = buildStateValues(first.view, {});
    const done = await h.client.viewSubmission({ userId: MANAGER, view: first.id, values });
    expect(done.body).toBeFalsy();
    const retry = await h.client.viewSubmission(
      { userId: MANAGER, view: first.id, values },
      { retryNum: 1, retryReason: 'http_timeout' },
    );
    expect(retry.body).toBeFalsy();

    const late = await h.client.fillAndSubmit(BILLER, second.id, {});
    expect(late.body).toMatchObject({ response_action: 'update' });
    const notice = await waitForModal(h, BILLER, NOTICE_CALLBACK);
    const text = textOf(notice.view.blocks as unknown[]);
    expect(text).toContain('This was already done, so nothing more was changed.');
    expect(text).not.toMatch(/Dora|Double|\$\d/);

    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(7_000);
  });
});
