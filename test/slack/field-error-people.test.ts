/**
 * A field error is plain text in Slack: a user id there is no mention but a code nobody reads.
 * The rules name people by id; under a field the person reading is "you" and anyone else "a
 * colleague", whatever the ids look like (short ones such as UMGR slipped past the pattern for
 * long ones). Undo races and undoing someone else's write-off are where this shows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { isoDay } from '../../src/domain/index.ts';
import { grantRole } from '../../src/ledger/index.ts';
import { EFFECT_BLOCK, ENTRY_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { UNDO_CALLBACK } from '../../src/slack/views/undo-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { submitWriteOff } from './support/approvals.ts';
import { ADMIN, blockById, GENERAL, ledgerOf, useHarness, waitForModal } from './support/harness.ts';

const MGR = 'UMGR';
const MGR_TWO = 'UM01';
const BILLER_SHORT = 'UB01';

const h = useHarness();

beforeAll(async () => {
  for (const [userId, role] of [
    [MGR, 'billing_manager'],
    [MGR_TWO, 'billing_manager'],
    [BILLER_SHORT, 'biller'],
  ] as const) {
    expect((await grantRole(h.db, { grantedBy: ADMIN, userId, role })).ok).toBe(true);
  }
});

/** The undo form for the patient's write-off, as it opens for this user (a new one each time). */
async function openUndo(userId: string, patientName: string) {
  const before = h.emulator.views.top(userId)?.id;
  await h.client.slashCommand({
    command: '/billing',
    text: `undo the write-off for ${patientName}`,
    userId,
    channelId: GENERAL,
  });
  return waitForModal(h, userId, UNDO_CALLBACK, (v) => v.id !== before && !!blockById(v, EFFECT_BLOCK));
}

const today = () => isoDay(new Date());

describe('two people undo the same write-off', () => {
  it('the second reads "already undone by a colleague", never the id; nothing more is reversed', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Ursula',
      lastName: 'Undorace',
      assessedCents: 5_000,
      writtenOffCents: 700,
    });
    const mine = await openUndo(MGR_TWO, 'Ursula Undorace');
    const theirs = await openUndo(MGR, 'Ursula Undorace');
    await h.client.fillAndSubmit(MGR, theirs.id, {});
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off_reversal')).toBe(1);

    await h.client.fillAndSubmit(MGR_TWO, mine.id, {});

    const error = h.emulator.views.get(mine.id)?.errors[ENTRY_BLOCK] ?? '';
    expect(error).toContain(`This write-off was already undone by a colleague on ${today()}.`);
    expect(error).not.toContain(MGR);
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off_reversal')).toBe(1);
  });

  it('undone by the same person from another form: "already undone by you"', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Ulla',
      lastName: 'Undotwice',
      assessedCents: 5_000,
      writtenOffCents: 700,
    });
    const first = await openUndo(MGR, 'Ulla Undotwice');
    const second = await openUndo(MGR, 'Ulla Undotwice');
    await h.client.fillAndSubmit(MGR, second.id, {});

    await h.client.fillAndSubmit(MGR, first.id, {});

    expect(h.emulator.views.get(first.id)?.errors[ENTRY_BLOCK]).toContain(
      `This write-off was already undone by you on ${today()}.`,
    );
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off_reversal')).toBe(1);
  });
});

describe("a biller undoing a billing manager's write-off", () => {
  it('"made by a colleague", never the id; nothing is reversed', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Otis',
      lastName: 'Othersown',
      assessedCents: 5_000,
    });
    await submitWriteOff(h, MGR_TWO, '$10 Otis Othersown small balance');
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(1);
    const form = await openUndo(BILLER_SHORT, 'Otis Othersown');

    await h.client.fillAndSubmit(BILLER_SHORT, form.id, {});

    const error = h.emulator.views.get(form.id)?.errors[ENTRY_BLOCK] ?? '';
    expect(error).toContain('You may not undo a write-off made by a colleague.');
    expect(error).not.toContain(MGR_TWO);
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off_reversal')).toBe(0);
  });
});
