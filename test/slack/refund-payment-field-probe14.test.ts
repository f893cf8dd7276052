/**
 * Probe 14, item 4: a refund form confirmed before its Payment field has appeared (the field
 * comes with the update that follows choosing the charge, and a quick Confirm beats it) says
 * "Choose the payment to refund." under the charge, with what to do, never under the patient,
 * which has nothing to do with it. Nothing is refunded.
 */
import { describe, expect, it } from 'vitest';
import { REFUND_CALLBACK } from '../../src/slack/views/refund-modal-builder.ts';
import {
  AMOUNT_BLOCK,
  CHARGE_BLOCK,
  PATIENT_BLOCK,
  PAYMENT_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { createCharge } from '../support/fixtures.ts';
import { blockById, GENERAL, ledgerOf, MANAGER, useHarness, waitForModal } from './support/harness.ts';

const h = useHarness();

describe('a refund confirmed before the Payment field appeared', () => {
  it('says so under the charge, and how to get the field; nothing is refunded', async () => {
    // Two paid charges: the form chooses neither, so it has no Payment field yet.
    const first = await createCharge(h.db, {
      firstName: 'Penelope',
      lastName: 'Paidtwice',
      assessedCents: 5_000,
      paidCents: 3_000,
    });
    await createCharge(h.db, { patientId: first.patientId, assessedCents: 4_000, paidCents: 2_000 });
    await h.client.slashCommand({
      command: '/billing',
      text: 'refund Penelope Paidtwice $20',
      userId: MANAGER,
      channelId: GENERAL,
    });
    const form = await waitForModal(h, MANAGER, REFUND_CALLBACK, (v) => !!blockById(v, CHARGE_BLOCK));
    expect(blockById(form, PAYMENT_BLOCK)).toBeUndefined();

    // The charge chosen and Confirm pressed at once: the update that adds the Payment field has not come.
    await h.client.fillAndSubmit(MANAGER, form.id, {
      [CHARGE_BLOCK]: String(first.chargeId),
      [AMOUNT_BLOCK]: '20',
    });
    const errors = h.emulator.views.get(form.id)?.errors ?? {};
    expect(errors[CHARGE_BLOCK]).toBe(
      'Choose the payment to refund. The Payment field comes after the charge: if it has not appeared yet, choose the charge again.',
    );
    expect(errors[PATIENT_BLOCK]).toBeUndefined();
    expect((await ledgerOf(h.db, first.chargeId)).count('refund')).toBe(0);
  });
});
