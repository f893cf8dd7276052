/**
 * Probe 13 F4: pressing Enter in the write-off form's amount field shows the change only for an
 * amount that can be written off; otherwise the effect line says what is wrong, in the sentence
 * the confirm's field error gives, instead of an unchanged "Outstanding $12.00 → $12.00".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AMOUNT_BLOCK,
  CHARGE_BLOCK,
  EFFECT_BLOCK,
  REASON_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredView } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  GENERAL,
  ledgerOf,
  MANAGER,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
let single: { patientId: number; chargeId: number };

beforeAll(async () => {
  // $12.00 outstanding, $10.00 of it paid: the refusal says how much was paid.
  single = await createCharge(h.db, {
    firstName: 'Zenobia',
    lastName: 'Kowalczyk',
    assessedCents: 2_200,
    paidCents: 1_000,
  });
  const first = await createCharge(h.db, {
    firstName: 'Ignatius',
    lastName: 'Spreadwell',
    dateOfService: '2026-08-01',
    assessedCents: 3_000,
  });
  await createCharge(h.db, { patientId: first.patientId, dateOfService: '2026-09-01', assessedCents: 5_000 });
});

async function openForm(text: string, userId = MANAGER): Promise<StoredView> {
  const updates = h.emulator.callsTo('views.update').length;
  await h.client.slashCommand({ command: '/writeoff', text, userId, channelId: GENERAL });
  await waitFor(() => h.emulator.callsTo('views.update').length > updates);
  return waitForModal(h, userId, WRITE_OFF_CALLBACK);
}

/** Types the amount and presses Enter; the form that comes back. */
async function pressEnterWith(modal: StoredView, amount: string, userId = MANAGER): Promise<StoredView> {
  const updates = h.emulator.callsTo('views.update').length;
  await h.client.changeInput(userId, modal.id, { [AMOUNT_BLOCK]: amount });
  await waitFor(() => h.emulator.callsTo('views.update').length > updates);
  return waitForModal(h, userId, WRITE_OFF_CALLBACK);
}

const effectOf = (modal: StoredView) => textOf([blockById(modal, EFFECT_BLOCK)]);

describe('one charge with $12.00 outstanding', () => {
  it.each([
    ['40', 'At most $12.00 can be written off on this charge ($10.00 of it was already paid).'],
    ['-5', 'The amount cannot be negative.'],
    ['abc', 'The amount is not a number.'],
    ['22.001', 'The amount has more than two decimal places'],
  ])('Enter on "%s" says what is wrong, with no arrow', async (amount, problem) => {
    const modal = await openForm('$5 Zenobia Kowalczyk small balance');
    expect(effectOf(modal)).toContain('Outstanding $12.00 → $7.00');
    const after = await pressEnterWith(modal, amount);
    expect(effectOf(after)).toContain(problem);
    expect(effectOf(after)).not.toContain('→');
  });

  it('the line is the sentence the confirm gives under the amount field', async () => {
    const modal = await openForm('$5 Zenobia Kowalczyk small balance');
    const after = await pressEnterWith(modal, '40');
    await h.client.fillAndSubmit(MANAGER, after.id, {});
    const fieldError = await waitFor(() => h.emulator.views.get(after.id)?.errors[AMOUNT_BLOCK]);
    expect(effectOf(after)).toContain(fieldError.replace(/"/g, '\\"'));
    expect((await ledgerOf(h.db, single.chargeId)).count('write_off')).toBe(0);
  });

  it('a valid amount shows the change; "all" goes to $0.00', async () => {
    const modal = await openForm('$5 Zenobia Kowalczyk small balance');
    expect(effectOf(await pressEnterWith(modal, '12'))).toContain('Outstanding $12.00 → $0.00');
    expect(effectOf(await pressEnterWith(modal, '2.50'))).toContain('Outstanding $12.00 → $9.50');
    expect(effectOf(await pressEnterWith(modal, 'all'))).toContain('Outstanding $12.00 → $0.00');
  });

  it('an emptied amount shows no change: it asks for an amount', async () => {
    const modal = await openForm('$5 Zenobia Kowalczyk small balance');
    const after = await pressEnterWith(modal, '');
    expect(effectOf(after)).toContain('Outstanding $12.00');
    expect(effectOf(after)).toContain('enter an amount');
    expect(effectOf(after)).not.toContain('→');
  });
});

describe('a spread over two open charges ($80.00)', () => {
  it('more than the spread covers says the most it can take', async () => {
    const modal = await openForm('$5 Ignatius Spreadwell small balance');
    await h.client.changeInput(MANAGER, modal.id, { [CHARGE_BLOCK]: 'spread' });
    const spread = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) =>
      effectOf(v).includes('Writes off'),
    );
    const after = await pressEnterWith(spread, '1000');
    expect(effectOf(after)).toContain('At most $80.00 can be written off across these 2 charges.');
    expect(effectOf(after)).not.toContain('→');
    // The reason and the rest of the form are untouched by the refresh.
    expect(blockById(after, REASON_BLOCK)).toBeDefined();
  });
});

describe("a biller's limit ($100 per patient per 24 hours)", () => {
  it('above it on one charge: the change shows, and that confirming sends it for approval', async () => {
    await createCharge(h.db, { firstName: 'Linus', lastName: 'Overlimit', assessedCents: 30_000 });
    const modal = await openForm('$40 Linus Overlimit small balance', BILLER);
    expect(effectOf(modal)).toContain('Outstanding $300.00 → $260.00');
    expect(effectOf(modal)).not.toContain('approval');
    const after = await pressEnterWith(modal, '150', BILLER);
    expect(effectOf(after)).toContain('Outstanding $300.00 → $150.00');
    expect(effectOf(after)).toContain('$150.00 is above your write-off limit of $100.00');
    expect(effectOf(after)).toContain('sends it to a billing manager or admin for approval');
  });

  it('counting what was written off for the patient in the last 24 hours', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Lottie',
      lastName: 'Earlier',
      assessedCents: 30_000,
    });
    const first = await openForm('$60 Lottie Earlier small balance', BILLER);
    await h.client.fillAndSubmit(BILLER, first.id, {});
    // The confirm is answered once the write-off is committed.
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(1);
    const second = await openForm('$50 Lottie Earlier small balance', BILLER);
    expect(effectOf(second)).toContain('Outstanding $240.00 → $190.00');
    expect(effectOf(second)).toContain('above your write-off limit');
  });

  it('a spread above it, which cannot go for approval: no change shown, and what to do', async () => {
    const first = await createCharge(h.db, {
      firstName: 'Sabine',
      lastName: 'Spreadlimit',
      dateOfService: '2026-08-01',
      assessedCents: 9_000,
    });
    await createCharge(h.db, {
      patientId: first.patientId,
      dateOfService: '2026-09-01',
      assessedCents: 9_000,
    });
    const modal = await openForm('all Sabine Spreadlimit small balance', BILLER);
    const updates = h.emulator.callsTo('views.update').length;
    await h.client.changeInput(BILLER, modal.id, { [CHARGE_BLOCK]: 'spread' });
    await waitFor(() => h.emulator.callsTo('views.update').length > updates);
    const spread = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    expect(effectOf(spread)).toContain('Write off one charge at a time to send it for approval');
    expect(effectOf(spread)).not.toContain('→');
  });
});
