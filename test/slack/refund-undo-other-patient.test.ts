/**
 * A form names the patient, and what it changes must be that patient's. The refund form's charge
 * list follows a change of patient in an update that a quick Confirm can beat: submitted with
 * María as the patient and Jane's charge still chosen, it refunded Jane. Now it refuses, under the
 * charge, as the write-off and cancel forms do, and refunds no one. The undo form likewise
 * refuses a write-off it never listed (another patient's), and reverses nothing.
 */
import { describe, expect, it } from 'vitest';
import { REFUND_CALLBACK } from '../../src/slack/views/refund-modal-builder.ts';
import {
  CHARGE_BLOCK,
  EFFECT_BLOCK,
  ENTRY_ACTION,
  ENTRY_BLOCK,
  PATIENT_BLOCK,
  PAYMENT_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { UNDO_CALLBACK } from '../../src/slack/views/undo-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { blockById, GENERAL, ledgerOf, MANAGER, useHarness, waitForModal } from './support/harness.ts';

const h = useHarness();

/** The form the command opens: a new one, not one an earlier test left open. */
async function openRefund(patientName: string) {
  const before = h.emulator.views.top(MANAGER)?.id;
  await h.client.slashCommand({
    command: '/billing',
    text: `refund ${patientName} $20`,
    userId: MANAGER,
    channelId: GENERAL,
  });
  return waitForModal(h, MANAGER, REFUND_CALLBACK, (v) => v.id !== before && !!blockById(v, PAYMENT_BLOCK));
}

describe('the refund form with the patient changed and the charge list not yet updated', () => {
  it("refuses Jane's charge on María's form, under the charge; nobody is refunded", async () => {
    const jane = await createCharge(h.db, {
      firstName: 'Jane',
      lastName: 'Refundee',
      assessedCents: 5_000,
      paidCents: 3_000,
    });
    const maria = await createCharge(h.db, {
      firstName: 'María',
      lastName: 'Otherpaid',
      assessedCents: 4_000,
      paidCents: 4_000,
    });
    const form = await openRefund('Jane Refundee');

    // María chosen and Confirm pressed at once: the form still lists Jane's charge and payment.
    await h.client.fillAndSubmit(MANAGER, form.id, { [PATIENT_BLOCK]: String(maria.patientId) });

    const errors = h.emulator.views.get(form.id)?.errors ?? {};
    expect(errors[CHARGE_BLOCK]).toBe('Choose a charge with a payment to refund.');
    expect((await ledgerOf(h.db, jane.chargeId)).count('refund')).toBe(0);
    expect((await ledgerOf(h.db, maria.chargeId)).count('refund')).toBe(0);
  });

  it('a patient with no payments at all: said under the patient, nothing refunded', async () => {
    const jane = await createCharge(h.db, {
      firstName: 'Janet',
      lastName: 'Refundee',
      assessedCents: 5_000,
      paidCents: 3_000,
    });
    const unpaid = await createCharge(h.db, { firstName: 'Nora', lastName: 'Nopay', assessedCents: 4_000 });
    const form = await openRefund('Janet Refundee');

    await h.client.fillAndSubmit(MANAGER, form.id, { [PATIENT_BLOCK]: String(unpaid.patientId) });

    expect(h.emulator.views.get(form.id)?.errors[PATIENT_BLOCK]).toBe(
      'This patient has no payments to refund. Choose another patient, or close the form.',
    );
    expect((await ledgerOf(h.db, jane.chargeId)).count('refund')).toBe(0);
  });

  it('the same form, left on its own patient, still refunds', async () => {
    const jane = await createCharge(h.db, {
      firstName: 'Joan',
      lastName: 'Refundee',
      assessedCents: 5_000,
      paidCents: 3_000,
    });
    const form = await openRefund('Joan Refundee');
    await h.client.fillAndSubmit(MANAGER, form.id, {});
    const refunds = (await ledgerOf(h.db, jane.chargeId)).entries.filter((e) => e.kind === 'refund');
    expect(refunds.map((e) => e.amountCents)).toEqual([2_000]);
  });
});

describe('the undo form with a write-off it never listed', () => {
  it("refuses another patient's write-off; nothing is reversed", async () => {
    const jane = await createCharge(h.db, {
      firstName: 'Jane',
      lastName: 'Undoee',
      assessedCents: 5_000,
      writtenOffCents: 1_000,
    });
    const maria = await createCharge(h.db, {
      firstName: 'María',
      lastName: 'Undoother',
      assessedCents: 5_000,
      writtenOffCents: 2_000,
    });
    await h.client.slashCommand({
      command: '/billing',
      text: 'undo the write-off for Jane Undoee',
      userId: MANAGER,
      channelId: GENERAL,
    });
    const form = await waitForModal(h, MANAGER, UNDO_CALLBACK, (v) => !!blockById(v, EFFECT_BLOCK));
    expect(JSON.stringify(blockById(form, ENTRY_BLOCK))).not.toContain('Undoother');

    // A value the list never offered (a forged or stale form): María's write-off.
    await h.client.viewSubmission({
      userId: MANAGER,
      view: form.id,
      values: {
        [ENTRY_BLOCK]: {
          [ENTRY_ACTION]: {
            type: 'static_select',
            selected_option: { value: String(maria.writeOffEntryId) },
          },
        },
      },
    });

    expect(h.emulator.views.get(form.id)?.errors[ENTRY_BLOCK]).toBe(
      'Choose one of the write-offs listed on this form to undo.',
    );
    expect((await ledgerOf(h.db, maria.chargeId)).count('write_off_reversal')).toBe(0);
    expect((await ledgerOf(h.db, jane.chargeId)).count('write_off_reversal')).toBe(0);

    // Its own write-off, as listed, is undone.
    await h.client.fillAndSubmit(MANAGER, form.id, { [ENTRY_BLOCK]: String(jane.writeOffEntryId) });
    expect((await ledgerOf(h.db, jane.chargeId)).count('write_off_reversal')).toBe(1);
  });
});
