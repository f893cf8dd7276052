/**
 * A biller who saw no confirmation types the same request again. The form must say what they
 * did minutes ago and ask before writing it a second time; without the tick nothing is written,
 * with it a second entry is. The submit path checks again, because the earlier change may
 * finish while the form is open.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { writeOff } from '../../src/ledger/index.ts';
import {
  NOTE_BLOCK,
  REPEAT_AGAIN_VALUE,
  REPEAT_BLOCK,
  REPEAT_NOTICE_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  botMessages,
  GENERAL,
  ledgerOf,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();

/** The new form (not one a previous test left open): ready, and about the patient named. */
async function openWriteOff(text: string) {
  const before = h.emulator.views.top(BILLER)?.id;
  await h.client.slashCommand({ command: '/writeoff', text, userId: BILLER, channelId: GENERAL });
  return waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => v.id !== before && v.view.submit !== undefined);
}

const doneMessages = (name: string) =>
  botMessages(h, GENERAL, BILLER).filter(
    (m) => m.text?.startsWith(':white_check_mark:') && m.text.includes(name),
  );

describe('the same write-off again within minutes', () => {
  it('shows the earlier result and writes nothing until "Yes, do it again" is ticked', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Rhea',
      lastName: 'Twicely',
      dateOfService: '2026-06-03',
      assessedCents: 10_000,
    });
    const first = await openWriteOff('$40 Rhea Twicely hardship');
    expect(blockById(first, REPEAT_BLOCK)).toBeUndefined();
    await h.client.fillAndSubmit(BILLER, first.id, { [NOTE_BLOCK]: 'Income verified' });
    await waitFor(() => doneMessages('Rhea Twicely').length === 1);

    const again = await openWriteOff('$40 Rhea Twicely hardship');
    expect(textOf([blockById(again, REPEAT_NOTICE_BLOCK)])).toContain(
      "You wrote off $40.00 on Rhea Twicely's Jun 3 charge less than a minute ago.",
    );
    expect(blockById(again, REPEAT_BLOCK)).toMatchObject({ type: 'input' });

    // Slack's client will not send the form without the required tick...
    const unticked = await h.client.fillAndSubmit(BILLER, again.id, { [NOTE_BLOCK]: 'Income verified' });
    expect(unticked.sent).toBe(false);
    expect(unticked.clientErrors[REPEAT_BLOCK]).toBeDefined();
    // ...and the app refuses a submission that comes without it anyway.
    await h.client.fillAndSubmit(BILLER, again.id, {}, { skipClientValidation: true });
    expect(h.emulator.views.get(again.id)?.errors[REPEAT_BLOCK]).toContain('Yes, do it again');
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(1);

    await h.client.fillAndSubmit(BILLER, again.id, { [REPEAT_BLOCK]: [REPEAT_AGAIN_VALUE] });
    await waitFor(() => doneMessages('Rhea Twicely').length === 2);
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('write_off')).toBe(2);
    expect(ledger.outstandingCents).toBe(2_000);
  });

  it('the same amount again, now above what is outstanding: refused on the amount, not asked "do it again"', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Rory',
      lastName: 'Overagain',
      dateOfService: '2026-06-04',
      assessedCents: 10_000,
    });
    const first = await openWriteOff('$60 Rory Overagain small balance');
    await h.client.fillAndSubmit(BILLER, first.id, {});
    await waitFor(() => doneMessages('Rory Overagain').length === 1);

    const again = await openWriteOff('$60 Rory Overagain small balance');
    await h.client.fillAndSubmit(BILLER, again.id, {}, { skipClientValidation: true });
    const errors = await waitFor(() => {
      const shown = h.emulator.views.get(again.id)?.errors ?? {};
      return Object.keys(shown).length > 0 ? shown : undefined;
    });
    const said = Object.values(errors).join(' ');
    expect(said).toContain('At most $40.00 can be written off on this charge');
    expect(errors[REPEAT_BLOCK]).toBeUndefined();
    expect(said).not.toContain('do it again');
    // Ticked, it is refused the same way: nothing more is written.
    await h.client.fillAndSubmit(BILLER, again.id, { [REPEAT_BLOCK]: [REPEAT_AGAIN_VALUE] });
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(4_000);
  });

  it('"all" that comes to the same amount is the same repeat: the form asks, and the tick writes it', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Alma',
      lastName: 'Allagain',
      dateOfService: '2026-06-03',
      assessedCents: 1_000,
    });
    const first = await openWriteOff('$5 Alma Allagain small balance');
    await h.client.fillAndSubmit(BILLER, first.id, {});
    await waitFor(() => doneMessages('Alma Allagain').length === 1);

    // $5.00 is left: "all" now writes off the same $5.00 on the same charge.
    const again = await openWriteOff('all Alma Allagain small balance');
    expect(textOf([blockById(again, REPEAT_NOTICE_BLOCK)])).toContain('You wrote off $5.00');
    expect(blockById(again, REPEAT_BLOCK)).toMatchObject({ type: 'input' });
    await h.client.fillAndSubmit(BILLER, again.id, { [REPEAT_BLOCK]: [REPEAT_AGAIN_VALUE] });
    await waitFor(() => doneMessages('Alma Allagain').length === 2);
    expect((await ledgerOf(h.db, charge.chargeId)).outstandingCents).toBe(0);
  });

  it('another amount on the same charge is not a repeat', async () => {
    await createCharge(h.db, { firstName: 'Rhea', lastName: 'Otheramount', assessedCents: 10_000 });
    const first = await openWriteOff('$40 Rhea Otheramount hardship');
    await h.client.fillAndSubmit(BILLER, first.id, { [NOTE_BLOCK]: 'Income verified' });
    await waitFor(() => doneMessages('Rhea Otheramount').length === 1);
    const other = await openWriteOff('$25 Rhea Otheramount hardship');
    expect(blockById(other, REPEAT_BLOCK)).toBeUndefined();
    expect(blockById(other, REPEAT_NOTICE_BLOCK)).toBeUndefined();
  });

  it('done while the form was open: the submit brings the form back with the question, entries kept', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Rhea',
      lastName: 'Meanwhile',
      dateOfService: '2026-10-01',
      assessedCents: 10_000,
    });
    const form = await openWriteOff('$40 Rhea Meanwhile hardship');
    expect(blockById(form, REPEAT_BLOCK)).toBeUndefined();
    // The same write-off by the same person finishes elsewhere (an earlier, slow confirm).
    await expectOk(
      writeOff(h.db, {
        chargeId: charge.chargeId,
        amountCents: 4_000,
        reason: 'financial_hardship',
        note: 'Income verified',
        actor: BILLER,
        source: 'slash_command',
        idempotencyKey: randomUUID(),
      }),
    );

    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(1);

    const submitted = await h.client.fillAndSubmit(BILLER, form.id, { [NOTE_BLOCK]: 'Income verified' });
    expect(submitted.body).toMatchObject({ response_action: 'update' });
    const asked = h.emulator.views.get(form.id);
    expect(textOf([asked ? blockById(asked, REPEAT_NOTICE_BLOCK) : undefined])).toContain(
      "You wrote off $40.00 on Rhea Meanwhile's Oct 1 charge",
    );
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(1);

    // The amount and note typed before are still there; only the tick is added.
    await h.client.fillAndSubmit(BILLER, form.id, { [REPEAT_BLOCK]: [REPEAT_AGAIN_VALUE] });
    await waitFor(() => doneMessages('Rhea Meanwhile').length === 1);
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('write_off')).toBe(2);
    expect(ledger.outstandingCents).toBe(2_000);
  });
});
