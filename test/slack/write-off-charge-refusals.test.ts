/**
 * A write-off form confirmed without a charge it can write off says what is really wrong, not
 * "Choose a charge with PR outstanding.": another patient's charge (a stale or tampered select
 * value) is not this patient's, and a form that warned about a paid PR repeats that warning with
 * its next step. Nothing is written either way.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AMOUNT_BLOCK,
  BLOCKER_BLOCK,
  CHARGE_ACTION,
  CHARGE_BLOCK,
  EFFECT_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { buildStateValues, type StoredView } from '../../src/slack-emulator/index.ts';
import { createCharge } from '../support/fixtures.ts';
import { BILLER, blockById, GENERAL, ledgerOf, textOf, useHarness, waitForModal } from './support/harness.ts';

const h = useHarness();
let alma: { patientId: number; chargeId: number };
let boris: { chargeId: number };
let paula: { chargeId: number };
let pia: { paid: { chargeId: number }; open: { chargeId: number } };

beforeAll(async () => {
  alma = await createCharge(h.db, { firstName: 'Alma', lastName: 'Form', assessedCents: 6_000 });
  boris = await createCharge(h.db, { firstName: 'Boris', lastName: 'Elsewhere', assessedCents: 7_000 });
  paula = await createCharge(h.db, {
    firstName: 'Paula',
    lastName: 'Settled',
    assessedCents: 8_000,
    paidCents: 8_000,
  });
  const paid = await createCharge(h.db, {
    firstName: 'Pia',
    lastName: 'Partly',
    dateOfService: '2026-06-03',
    description: 'Metabolic panel 80053',
    assessedCents: 4_200,
    paidCents: 4_200,
  });
  const open = await createCharge(h.db, { patientId: paid.patientId, assessedCents: 3_000 });
  pia = { paid, open };
});

// Each test's form stays open after its refusal, as in Slack: closed, as the user would.
afterEach(async () => {
  for (const view of h.emulator.views.stack(BILLER)) {
    await h.client.viewClosed({ userId: BILLER, view: view.id, isCleared: true });
  }
});

/** The form for this patient once built (an earlier test's form may still be open beneath). */
async function openWriteOff(text: string, patient: string, shows: string): Promise<StoredView> {
  await h.client.slashCommand({ command: '/writeoff', text, userId: BILLER, channelId: GENERAL });
  return waitForModal(
    h,
    BILLER,
    WRITE_OFF_CALLBACK,
    (v) => textOf(v.view.blocks as unknown[]).includes(patient) && !!blockById(v, shows),
  );
}

const fieldErrors = (form: StoredView) => h.emulator.views.get(form.id)?.errors ?? {};

async function entryCounts(...chargeIds: number[]) {
  return Promise.all(chargeIds.map(async (id) => (await ledgerOf(h.db, id)).entries.length));
}

describe('a charge of another patient submitted on the form', () => {
  it('is "not this patient\'s", naming only the form\'s patient; nothing is written', async () => {
    const form = await openWriteOff('$10 Alma Form small balance', 'Alma Form', EFFECT_BLOCK);
    const before = await entryCounts(alma.chargeId, boris.chargeId);
    // The select's value swapped for Boris's charge, which has PR outstanding.
    const values = buildStateValues(form.view, {}) as Record<string, Record<string, unknown>>;
    values[CHARGE_BLOCK] = {
      [CHARGE_ACTION]: { type: 'static_select', selected_option: { value: String(boris.chargeId) } },
    };
    const result = await h.client.viewSubmission({ userId: BILLER, view: form.id, values });
    expect(result.body).toMatchObject({ response_action: 'errors' });
    const error = fieldErrors(form)[CHARGE_BLOCK] ?? '';
    expect(error).toContain("That charge is not Alma Form's, so nothing was written off.");
    expect(error).toContain("Choose one of Alma Form's charges with PR outstanding.");
    expect(error).not.toMatch(/Boris|Elsewhere/);
    expect(await entryCounts(alma.chargeId, boris.chargeId)).toEqual(before);
  });
});

describe('a form that warned the PR is paid', () => {
  it('confirmed anyway: the paid PR and "refund first", not "choose a charge"; nothing written', async () => {
    const form = await openWriteOff('$10 Paula Settled small balance', 'Paula Settled', BLOCKER_BLOCK);
    expect(textOf(form.view.blocks as unknown[])).toContain('This PR is already paid ($80.00 received)');
    const before = await entryCounts(paula.chargeId);
    // Slack's client would not send it without a reason chosen: a forged or old form does.
    const result = await h.client.fillAndSubmit(BILLER, form.id, {}, { skipClientValidation: true });
    expect(result.body).toMatchObject({ response_action: 'errors' });
    const errors = Object.values(fieldErrors(form)).join(' ');
    expect(errors).toContain('This PR is already paid ($80.00 received), so nothing is outstanding.');
    expect(errors).toContain('Next: Refund the payment first; the PR then re-opens and can be written off.');
    expect(errors).not.toContain('Choose a charge');
    expect(await entryCounts(paula.chargeId)).toEqual(before);
  });

  it('named by its date beside an open charge: the error names the paid charge and says refund first', async () => {
    const form = await openWriteOff('$10 Pia Partly 2026-06-03 small balance', 'Pia Partly', BLOCKER_BLOCK);
    expect(blockById(form, CHARGE_BLOCK)?.element?.initial_option).toBeUndefined();
    const before = await entryCounts(pia.paid.chargeId, pia.open.chargeId);
    const result = await h.client.fillAndSubmit(BILLER, form.id, {}, { skipClientValidation: true });
    expect(result.body).toMatchObject({ response_action: 'errors' });
    const error = fieldErrors(form)[CHARGE_BLOCK] ?? '';
    expect(error).toContain('Metabolic panel 80053 (2026-06-03): This PR is already paid ($42.00 received)');
    expect(error).toContain('Next: Refund the payment first');
    expect(await entryCounts(pia.paid.chargeId, pia.open.chargeId)).toEqual(before);
    // The form stays as it was, with the amount the request wrote.
    expect(blockById(form, AMOUNT_BLOCK)?.element?.initial_value).toBe('10.00');
  });
});
