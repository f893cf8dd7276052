/**
 * A request from a requests channel that its confirmer's limit sends for approval: the thread is
 * told so, without a patient or an amount, and Review & confirm pressed again says it went for
 * approval rather than that it was completed (nothing was written off).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  botMessages,
  FRONT_DESK,
  type Harness,
  ledgerOf,
  MANAGER,
  pressReview,
  REQUESTS,
  startHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.stop();
});

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
