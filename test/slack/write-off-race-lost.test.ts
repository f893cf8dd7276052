/**
 * Two people open the write-off form on the same $25 charge; one writes it all off; the other
 * then confirms $10, or "all". The loser used to read "Choose a charge with PR outstanding." while
 * the list still showed the charge at $25. DOMAIN section 5: the loser gets the blocker that now
 * applies, on the charge, in plain words: already written off, by whom (a colleague, or you) and
 * when, and the next step. Nothing more is written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isoDay } from '../../src/domain/index.ts';
import { grantRole } from '../../src/ledger/index.ts';
import { AMOUNT_BLOCK, CHARGE_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { ADMIN, BILLER, blockById, GENERAL, ledgerOf, useHarness, waitForModal } from './support/harness.ts';

/** A colleague with a short id, as some workspaces and the sandbox have them. */
const COLLEAGUE = 'UB02';

const h = useHarness();

beforeAll(async () => {
  expect((await grantRole(h.db, { grantedBy: ADMIN, userId: COLLEAGUE, role: 'biller' })).ok).toBe(true);
});

/** The write-off form as it opens for this user, the charge chosen and shown at $25.00. */
async function openForm(userId: string, patientName: string) {
  const before = h.emulator.views.top(userId)?.id;
  await h.client.slashCommand({
    command: '/writeoff',
    text: `$10 ${patientName} small balance`,
    userId,
    channelId: GENERAL,
  });
  const form = await waitForModal(
    h,
    userId,
    WRITE_OFF_CALLBACK,
    (v) => v.id !== before && JSON.stringify(blockById(v, CHARGE_BLOCK)?.element).includes('initial_option'),
  );
  expect(JSON.stringify(blockById(form, CHARGE_BLOCK))).toContain('$25.00');
  return form;
}

describe('a write-off confirmed after a colleague wrote the whole charge off', () => {
  it.each([
    ['$10', '10'],
    ['"all"', 'all'],
  ])(
    '%s: already written off by a colleague, today, with the next step, on the charge',
    async (_, amount) => {
      const charge = await createCharge(h.db, {
        firstName: 'Rae',
        lastName: `Race${amount === 'all' ? 'all' : 'ten'}`,
        assessedCents: 2_500,
      });
      const name = `Rae Race${amount === 'all' ? 'all' : 'ten'}`;
      const mine = await openForm(BILLER, name);
      const theirs = await openForm(COLLEAGUE, name);
      await h.client.fillAndSubmit(COLLEAGUE, theirs.id, { [AMOUNT_BLOCK]: 'all' });
      expect((await ledgerOf(h.db, charge.chargeId)).outstandingCents).toBe(0);

      await h.client.fillAndSubmit(BILLER, mine.id, { [AMOUNT_BLOCK]: amount });

      const errors = h.emulator.views.get(mine.id)?.errors ?? {};
      expect(errors[CHARGE_BLOCK]).toBe(
        `This PR was already written off by a colleague on ${isoDay(new Date())}, so nothing is outstanding. Next: To change it, undo that write-off first, then write off the amount you want.`,
      );
      expect(errors[CHARGE_BLOCK]).not.toContain(COLLEAGUE);
      expect(errors[AMOUNT_BLOCK]).toBeUndefined();
      const ledger = await ledgerOf(h.db, charge.chargeId);
      expect(ledger.count('write_off')).toBe(1);
      expect(ledger.outstandingCents).toBe(0);
    },
  );

  it('written off by the same person in another form: "by you"', async () => {
    const charge = await createCharge(h.db, { firstName: 'Rae', lastName: 'Raceself', assessedCents: 2_500 });
    const first = await openForm(BILLER, 'Rae Raceself');
    const second = await openForm(BILLER, 'Rae Raceself');
    await h.client.fillAndSubmit(BILLER, second.id, { [AMOUNT_BLOCK]: 'all' });

    await h.client.fillAndSubmit(BILLER, first.id, { [AMOUNT_BLOCK]: '10' });

    expect(h.emulator.views.get(first.id)?.errors[CHARGE_BLOCK]).toContain(
      `This PR was already written off by you on ${isoDay(new Date())}`,
    );
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(1);
  });
});
