/** `/writeoff $40 Jane hardship` end to end: modal, choices, confirm, message, Undo; each step checked in the ledger. */
import { beforeAll, describe, expect, it } from 'vitest';
import { UNDO_ACTION, UNDO_BLOCK } from '../../src/slack/messages/done-message-builder.ts';
import {
  AMOUNT_BLOCK,
  CHARGE_BLOCK,
  EFFECT_BLOCK,
  NOTE_BLOCK,
  PATIENT_ACTION,
  PATIENT_BLOCK,
  PATIENT_NOTE_BLOCK,
  REASON_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  botMessages,
  GENERAL,
  ledgerOf,
  MANAGER,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
let janeDoe: { patientId: number; chargeId: number };
let olderCharge: { patientId: number; chargeId: number };

beforeAll(async () => {
  olderCharge = await createCharge(h.db, {
    firstName: 'Jane',
    lastName: 'Doe',
    dateOfService: '2026-09-01',
    assessedCents: 5_000,
  });
  janeDoe = await createCharge(h.db, {
    patientId: olderCharge.patientId,
    dateOfService: '2026-10-01',
    assessedCents: 12_000,
  });
  await createCharge(h.db, { firstName: 'Jane', lastName: 'Roe', assessedCents: 9_000 });
  await createCharge(h.db, { firstName: 'Janet', lastName: 'Doe', assessedCents: 7_000 });
});

describe('/writeoff $40 Jane hardship', () => {
  it('opens a pre-filled modal, writes one entry on confirm, and Undo reverses it', async () => {
    const sentAt = Date.now();
    const command = await h.client.slashCommand({
      command: '/writeoff',
      text: '$40 Jane hardship',
      userId: BILLER,
      channelId: GENERAL,
    });
    expect(command.status).toBe(200);
    const opened = await waitFor(() => h.emulator.lastCall('views.open'));
    console.info(`slash command -> views.open: ${opened.at - sentAt} ms`);
    expect(opened.at - sentAt).toBeLessThan(3_000);

    let modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    const note = textOf([blockById(modal, PATIENT_NOTE_BLOCK)]);
    expect(note).toContain('Several patients match');
    expect(note).toContain('Jane Doe');
    expect(note).toContain('Jane Roe');
    expect(note).toMatch(/DOB 1980-01-01 · MRN T-/);
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBe('40.00');
    expect(blockById(modal, REASON_BLOCK)?.element?.initial_option).toMatchObject({
      value: 'financial_hardship',
    });
    expect(String(modal.view.private_metadata)).toMatch(/^[0-9a-f-]{36}$/);

    const suggestion = await h.client.blockSuggestion({
      userId: BILLER,
      view: modal.id,
      actionId: PATIENT_ACTION,
      blockId: PATIENT_BLOCK,
      value: '',
    });
    const offered = (suggestion.body as { options: { text: { text: string } }[] }).options.map(
      (o) => o.text.text,
    );
    expect(offered.some((t) => t.startsWith('Jane Doe'))).toBe(true);
    expect(offered.some((t) => t.startsWith('Jane Roe'))).toBe(true);

    // A NUL typed into the search (PostgreSQL refuses one in text) finds, rather than failing.
    const withNul = await h.client.blockSuggestion({
      userId: BILLER,
      view: modal.id,
      actionId: PATIENT_ACTION,
      blockId: PATIENT_BLOCK,
      value: 'jane\u0000doe',
    });
    expect(withNul.status).toBe(200);
    const found = (withNul.body as { options: { text: { text: string } }[] }).options.map((o) => o.text.text);
    expect(found.some((t) => t.startsWith('Jane Doe'))).toBe(true);

    await h.client.changeInput(BILLER, modal.id, { [PATIENT_BLOCK]: String(janeDoe.patientId) });
    modal = await waitForModal(
      h,
      BILLER,
      WRITE_OFF_CALLBACK,
      (v) => blockById(v, CHARGE_BLOCK) !== undefined,
    );
    const chargeOptions = JSON.stringify(blockById(modal, CHARGE_BLOCK)?.element?.options);
    expect(chargeOptions).toContain('2026-10-01 · Office visit 99213 · $120.00');
    expect(chargeOptions).toContain('Spread across open charges, oldest first');

    // The patient chosen above survives the views.update that added the charge field.
    await h.client.changeInput(BILLER, modal.id, { [CHARGE_BLOCK]: String(janeDoe.chargeId) });
    modal = await waitForModal(
      h,
      BILLER,
      WRITE_OFF_CALLBACK,
      (v) => blockById(v, EFFECT_BLOCK) !== undefined,
    );
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain('Outstanding $120.00 → $80.00');

    const submitted = await h.client.fillAndSubmit(BILLER, modal.id, {
      [NOTE_BLOCK]: 'Income verified with pay stubs',
    });
    expect(submitted.status).toBe(200);
    expect(h.emulator.views.top(BILLER)).toBeUndefined();

    let ledger = await ledgerOf(h.db, janeDoe.chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(8_000);
    expect((await ledgerOf(h.db, olderCharge.chargeId)).count('write_off')).toBe(0);

    const done = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find((m) => m.text?.includes('Wrote off')),
    );
    expect(done.ephemeralTo).toBe(BILLER);
    expect(done.text).toContain('$40.00');
    expect(done.text).toContain('Outstanding now *$80.00*');
    const undoBlock = (
      done.blocks as { block_id?: string; elements?: { value: string; confirm?: unknown }[] }[]
    ).find((b) => b.block_id === UNDO_BLOCK);
    const undoButton = undoBlock?.elements?.[0];
    expect(undoButton?.confirm).toBeDefined();

    await h.client.blockAction({
      userId: BILLER,
      message: done,
      actions: [{ action_id: UNDO_ACTION, block_id: UNDO_BLOCK, value: undoButton?.value ?? '' }],
    });
    await waitFor(() => h.emulator.messages.find(GENERAL, done.ts)?.text?.includes('Undone'));
    ledger = await ledgerOf(h.db, janeDoe.chargeId);
    expect(ledger.count('write_off_reversal')).toBe(1);
    expect(ledger.outstandingCents).toBe(12_000);
    expect(h.emulator.messages.find(GENERAL, done.ts)?.text).toContain('Outstanding now *$120.00*');

    // A second press (double click) writes nothing more. A replay is silent by design, so the
    // acknowledgement is the only positive signal; the ledger is then checked after a short grace.
    const second = await h.client.blockAction({
      userId: BILLER,
      message: done,
      actions: [{ action_id: UNDO_ACTION, block_id: UNDO_BLOCK, value: undoButton?.value ?? '' }],
    });
    expect(second.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect((await ledgerOf(h.db, janeDoe.chargeId)).count('write_off_reversal')).toBe(1);
    expect(h.emulator.violations).toEqual([]);
  });
});

describe('a request that works the rest out from a story', () => {
  it('opens the form at the figure worked out, the one the biller checks before confirming', async () => {
    // Parsed as both the rest (amountAll) and $30: the form starts from the figure, not "all".
    await h.client.slashCommand({
      command: '/writeoff',
      text: 'Jane Doe paid $50 of the $80, write off the rest',
      userId: MANAGER,
      channelId: GENERAL,
    });
    const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) => !!blockById(v, AMOUNT_BLOCK));
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBe('30.00');
  });
});
