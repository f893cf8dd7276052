/**
 * A refund request that names a charge by its date is about that charge, as a write-off's and a
 * cancel's are. The demo's Jane Doe has a $42 payment on 2026-06-03 and a $50 one on 2026-08-21.
 * Before, the date was ignored: once the Aug 21 payment was refunded in full, "refund Jane Doe
 * Aug 21 $20" opened with the Jun 3 payment chosen, and confirming as shown refunded it.
 */
import { describe, expect, it } from 'vitest';
import { listPayments, refundPayment } from '../../src/ledger/index.ts';
import { REFUND_CALLBACK } from '../../src/slack/views/refund-modal-builder.ts';
import {
  AMOUNT_BLOCK,
  BLOCKER_BLOCK,
  CHARGE_BLOCK,
  EFFECT_BLOCK,
  PAYMENT_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import type { StoredView } from '../../src/slack-emulator/index.ts';
import { useDemoCharges } from './support/demo-charges.ts';
import {
  blockById,
  GENERAL,
  ledgerOf,
  MANAGER,
  textOf,
  useHarness,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
const jane = useDemoCharges(h, 'DEMO-0001');

/** The refund form the command opens, once it shows Jane Doe (an earlier form may still be on top). */
async function openRefund(text: string): Promise<StoredView> {
  const before = h.emulator.views.top(MANAGER)?.id;
  await h.client.slashCommand({ command: '/billing', text, userId: MANAGER, channelId: GENERAL });
  return waitForModal(
    h,
    MANAGER,
    REFUND_CALLBACK,
    (v) => v.id !== before && JSON.stringify(v.view.blocks).includes('Jane Doe'),
  );
}

const selected = (view: StoredView, blockId: string) =>
  (blockById(view, blockId)?.element?.initial_option as { value?: string } | undefined)?.value;

async function refundedCents(chargeId: number): Promise<number> {
  const payments = await listPayments(h.db, { chargeIds: [chargeId] });
  return payments.reduce((sum, p) => sum + p.refundedCents, 0);
}

describe('/billing refund Jane Doe Aug 21 $20 (two charges with payments)', () => {
  it('opens on the Aug 21 charge and its payment, not with nothing chosen', async () => {
    const aug = jane.on('2026-08-21');
    const [payment] = await listPayments(h.db, { chargeIds: [aug.id] });
    const modal = await openRefund('refund Jane Doe Aug 21 $20');

    expect(selected(modal, CHARGE_BLOCK)).toBe(String(aug.id));
    expect(selected(modal, PAYMENT_BLOCK)).toBe(String(payment?.entryId));
    expect(blockById(modal, BLOCKER_BLOCK)).toBeUndefined();
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain('$70.00 → $90.00');
  });
});

describe('the dated charge has no payment left to refund', () => {
  it('says so with NO_PAYMENT and its next step; confirming as shown refunds nothing elsewhere', async () => {
    const aug = jane.on('2026-08-21');
    const jun = jane.on('2026-06-03');
    const [payment] = await listPayments(h.db, { chargeIds: [aug.id] });
    const done = await refundPayment(h.db, {
      paymentEntryId: payment?.entryId ?? 0,
      amountCents: 'all',
      actor: MANAGER,
      source: 'cli',
      idempotencyKey: 'refund-aug-21-in-full',
    });
    expect(done.ok).toBe(true);

    const modal = await openRefund('refund Jane Doe Aug 21 $20');

    const why = textOf([blockById(modal, BLOCKER_BLOCK)]);
    expect(why).toContain(
      'Chest X-ray 71046 (2026-08-21): Every payment on this charge has already been refunded in full.',
    );
    expect(why).toContain('Check the patient’s other charges for the payment.');
    // The Jun 3 charge is still listed, but neither it nor its payment is chosen in Aug 21's place.
    expect(selected(modal, CHARGE_BLOCK)).toBeUndefined();
    expect(blockById(modal, PAYMENT_BLOCK)).toBeUndefined();
    expect(textOf(modal.view.blocks as unknown[])).not.toContain('$70.00 →');

    const result = await h.client.fillAndSubmit(MANAGER, modal.id, {}, { skipClientValidation: true });
    expect(JSON.stringify(result.body)).toContain('Choose a charge with a payment to refund.');
    expect(await refundedCents(jun.id)).toBe(0);
    expect((await ledgerOf(h.db, jun.id)).count('refund')).toBe(0);
    expect(await refundedCents(aug.id)).toBe(5_000);
    // The amount the request wrote is kept, for the charge the manager chooses next.
    expect(JSON.stringify(blockById(modal, AMOUNT_BLOCK))).toContain('20.00');
  });
});
