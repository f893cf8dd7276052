/**
 * Probe 13 F9.1–F9.3: `/writeoff undo` starts the undo flow, `/writeoff help` shows the usage
 * card, and an amount the command's text wrote but money.ts refused is explained in the form.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { USAGE_LINES } from '../../src/slack/messages/usage-message-builder.ts';
import {
  AMOUNT_BLOCK,
  CHARGE_BLOCK,
  EFFECT_BLOCK,
  PATIENT_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { UNDO_CALLBACK } from '../../src/slack/views/undo-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  GENERAL,
  ledgerOf,
  textOf,
  useHarness,
  waitFor,
  waitForModal,
} from './support/harness.ts';

const h = useHarness();
let open: { patientId: number; chargeId: number };

beforeAll(async () => {
  open = await createCharge(h.db, { firstName: 'Wendeline', lastName: 'Osterhagen', assessedCents: 9_000 });
  // Paid in full: writing it off is refused, which "why" answers would otherwise talk about.
  await createCharge(h.db, {
    firstName: 'Barnaby',
    lastName: 'Kettleworth',
    assessedCents: 2_000,
    paidCents: 2_000,
  });
});

function writeOff(text: string) {
  return h.client.slashCommand({ command: '/writeoff', text, userId: BILLER, channelId: GENERAL });
}

/** `/writeoff <text>`, then the form that replaced its Loading modal (not an earlier one). */
async function openWriteOffForm(text: string) {
  const updates = h.emulator.callsTo('views.update').length;
  await writeOff(text);
  await waitFor(() => h.emulator.callsTo('views.update').length > updates);
  return waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
}

describe('/writeoff undo', () => {
  it('opens the undo form, not an empty write-off form', async () => {
    const opens = h.emulator.callsTo('views.open').length;
    await writeOff('undo');
    await waitFor(() => h.emulator.callsTo('views.open').length > opens);
    const modal = await waitForModal(h, BILLER, UNDO_CALLBACK);
    expect(modal.view.callback_id).toBe(UNDO_CALLBACK);
  });
});

describe('/writeoff help', () => {
  it('shows the usage card, even after a refusal that a "why" answer would talk about', async () => {
    // A refusal first: the paid charge is shown with its blocker in the form.
    await writeOff('$5 Barnaby Kettleworth small balance');
    await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      textOf(v.view.blocks as unknown[]).includes('paid'),
    );
    const response = await writeOff('help');
    const card = JSON.stringify(response.body);
    expect(card).toContain('Billing assistant');
    for (const line of USAGE_LINES.slice(0, 3)) expect(card).toContain(line.split(' – ')[0]);
    expect(card).not.toContain('Kettleworth');
    expect(card).not.toContain('could not find a help article');
  });
});

describe('an amount the text wrote but that cannot be used', () => {
  it.each([
    ['$-40', 'The amount cannot be negative.'],
    ['$40.555', 'The amount has more than two decimal places'],
    // A dollar sign before something that is no number: the parser reads no amount at all.
    ['$abc', 'The amount is not a number'],
  ])('/writeoff %s … opens the form saying why the amount is empty', async (amount, problem) => {
    const modal = await openWriteOffForm(`${amount} Wendeline Osterhagen small balance`);
    expect(textOf([blockById(modal, PATIENT_BLOCK)])).toContain('Osterhagen');
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBeUndefined();
    const said = textOf([blockById(modal, EFFECT_BLOCK)]);
    expect(said).toContain('The amount in your request was left out');
    expect(said).toContain(problem);
    expect(said).not.toContain('→');
  });

  it('the note stays while the amount is empty, and gives way to the effect once one is entered', async () => {
    const modal = await openWriteOffForm('$-40 Wendeline Osterhagen small balance');
    await h.client.changeInput(BILLER, modal.id, { [CHARGE_BLOCK]: String(open.chargeId) });
    const same = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) => v.hash !== modal.hash);
    expect(textOf([blockById(same, EFFECT_BLOCK)])).toContain('The amount cannot be negative.');
    await h.client.changeInput(BILLER, same.id, { [AMOUNT_BLOCK]: '40' });
    const entered = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK, (v) =>
      textOf([blockById(v, EFFECT_BLOCK)]).includes('→'),
    );
    expect(textOf([blockById(entered, EFFECT_BLOCK)])).toContain('Outstanding $90.00 → $50.00');
    expect((await ledgerOf(h.db, open.chargeId)).count('write_off')).toBe(0);
  });
});
