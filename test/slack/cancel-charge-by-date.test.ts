/**
 * A cancel request that names a charge by its date is about that charge, as a write-off's is:
 * the form opens with it chosen and, when the rules refuse the cancel, says why up front with the
 * next step, instead of opening with no charge chosen and refusing only on submit. A dated charge
 * with nothing outstanding (which the list cannot offer) is named with why it cannot be cancelled.
 */
import { describe, expect, it } from 'vitest';
import { CANCEL_CALLBACK } from '../../src/slack/views/cancel-modal-builder.ts';
import {
  BLOCKER_BLOCK,
  CHARGE_BLOCK,
  EFFECT_BLOCK,
  NEXT_STEP_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import type { StoredView } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import { useDemoCharges } from './support/demo-charges.ts';
import {
  BILLER,
  blockById,
  GENERAL,
  ledgerOf,
  MANAGER,
  textOf,
  useHarness,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
const roe = useDemoCharges(h, 'DEMO-0002');

/** The cancel form the command opens, once it shows `patient` (a user's earlier form may still be on top). */
async function openCancel(text: string, patient: string, userId = BILLER): Promise<StoredView> {
  const before = h.emulator.views.top(userId)?.id;
  await h.client.slashCommand({ command: '/billing', text, userId, channelId: GENERAL });
  return waitForModal(
    h,
    userId,
    CANCEL_CALLBACK,
    (v) => v.id !== before && JSON.stringify(v.view.blocks).includes(patient),
  );
}

const selectedOf = (view: StoredView) =>
  (blockById(view, CHARGE_BLOCK)?.element?.initial_option as { value?: string } | undefined)?.value;

describe('/billing cancel PR Jane Roe Jul 8 entered in error (demo practice)', () => {
  it('the dated charge is chosen, and its write-off is named up front with the next step', async () => {
    const dated = roe.on('2026-07-08');
    const modal = await openCancel('cancel PR Jane Roe Jul 8 entered in error', 'Jane Roe');

    expect(selectedOf(modal)).toBe(String(dated.id));
    const why = textOf([blockById(modal, BLOCKER_BLOCK)]);
    expect(why).toContain('$50.00 of this PR is written off, so it cannot be cancelled.');
    expect(why).toContain('Undo the write-offs first, then cancel the PR.');
    expect(blockById(modal, NEXT_STEP_BLOCK)).toBeDefined();
    // Nothing is promised: a refused cancel erases nothing.
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).not.toContain('erased');
    expect((await ledgerOf(h.db, dated?.id ?? 0)).outstandingCents).toBe(10_000);
  });
});

describe('a dated charge with nothing outstanding', () => {
  it('is named with why it cannot be cancelled; no other charge is chosen in its place', async () => {
    const paid = await createCharge(h.db, {
      firstName: 'Carla',
      lastName: 'Cancelby',
      description: 'Lab panel 80053',
      dateOfService: '2026-06-03',
      prSource: 'self_pay',
      assessedCents: 4_200,
      paidCents: 4_200,
    });
    await createCharge(h.db, {
      patientId: paid.patientId,
      dateOfService: '2026-09-01',
      prSource: 'self_pay',
      assessedCents: 2_500,
    });

    const modal = await openCancel(
      'cancel PR Carla Cancelby 2026-06-03 entered in error',
      'Carla Cancelby',
      MANAGER,
    );

    const why = textOf([blockById(modal, BLOCKER_BLOCK)]);
    expect(why).toContain(
      'Lab panel 80053 (2026-06-03): $42.00 has been paid on this PR, so it cannot be cancelled.',
    );
    expect(why).toContain('Refund the payment first, then cancel the PR.');
    expect(selectedOf(modal)).toBeUndefined();
  });

  it('without a date, a patient with one open charge still has it chosen', async () => {
    const only = await createCharge(h.db, {
      firstName: 'Odile',
      lastName: 'Onlyopen',
      prSource: 'self_pay',
      assessedCents: 1_800,
    });
    const modal = await openCancel('cancel PR Odile Onlyopen duplicate', 'Odile Onlyopen', MANAGER);
    expect(selectedOf(modal)).toBe(String(only.chargeId));
    expect(blockById(modal, BLOCKER_BLOCK)).toBeUndefined();
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain('Outstanding $18.00 → $0.00');
  });
});
