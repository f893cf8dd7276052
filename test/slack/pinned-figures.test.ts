/**
 * The write-off form pins what it showed (issue 9 item 6): "all" writes off the figure the form
 * showed, a spread exactly the charges it showed at their amounts. When the ledger moved in
 * between, nothing is written, the amount field says the new figure, and confirming again
 * applies it. Spreads stay within the ledger's limit of 100 charges and the form says so.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordPayment } from '../../src/ledger/index.ts';
import { AMOUNT_BLOCK, CHARGE_BLOCK, EFFECT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { CHARGE_LIMIT_BLOCK, WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import type { StoredView } from '../../src/slack-emulator/index.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import {
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
/** A patient with more open charges than one write-off may cover, oldest first. */
const MANY = 120;
let manyChargeIds: number[] = [];

beforeAll(async () => {
  // Made before any request: a long pause between requests can meet a closed keep-alive socket.
  const first = await createCharge(h.db, {
    firstName: 'Milo',
    lastName: 'Many',
    dateOfService: '2025-01-01',
    assessedCents: 100,
  });
  manyChargeIds = [first.chargeId];
  for (let i = 1; i < MANY; i++) {
    const day = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
    const next = await createCharge(h.db, {
      patientId: first.patientId,
      dateOfService: day,
      assessedCents: 100,
    });
    manyChargeIds.push(next.chargeId);
  }
}, 60_000);

async function openForm(text: string): Promise<StoredView> {
  const before = h.emulator.callsTo('views.update').length;
  await h.client.slashCommand({ command: '/writeoff', text, userId: MANAGER, channelId: GENERAL });
  await waitFor(() => h.emulator.callsTo('views.update').length > before, 15_000);
  return waitForModal(h, MANAGER, WRITE_OFF_CALLBACK);
}

/** The user picks the spread choice; the form refreshes with the spread's effect line. */
async function chooseSpread(modal: StoredView): Promise<StoredView> {
  await h.client.changeInput(MANAGER, modal.id, { [CHARGE_BLOCK]: 'spread' });
  return waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) =>
    textOf([blockById(v, EFFECT_BLOCK)]).includes('across'),
  );
}

function pay(chargeId: number, amountCents: number) {
  return expectOk(
    recordPayment(h.db, {
      chargeId,
      amountCents,
      actor: 'import',
      source: 'import',
      idempotencyKey: randomUUID(),
    }),
  );
}

/**
 * The refusal of a confirm whose figures moved: the form comes back updated with the new figures
 * and the refusal written under the amount field (Slack's field errors cannot update the rest).
 */
function amountError(modal: StoredView): string | undefined {
  const view = h.emulator.views.get(modal.id);
  return view ? textOf([blockById(view, `refusal_${AMOUNT_BLOCK}`)]) : undefined;
}

describe('"all" on one charge', () => {
  it('a payment while the form is open: refused with the new figure, then applied at it', async () => {
    const charge = await createCharge(h.db, { firstName: 'Nora', lastName: 'Pinned', assessedCents: 64_000 });
    const modal = await openForm('all Nora Pinned small balance');
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain('Outstanding $640.00');
    // A remittance pays $600 while the biller reads the form.
    await pay(charge.chargeId, 60_000);

    const first = await h.client.fillAndSubmit(MANAGER, modal.id, { [AMOUNT_BLOCK]: 'all' });
    expect(first.body).toMatchObject({ response_action: 'update' });
    expect(amountError(modal)).toContain('is now $40.00, not the $640.00 shown, so nothing was written off');
    expect(amountError(modal)).toContain('Review the new figure of $40.00 and confirm again');
    // The form itself shows the new figure, not the one it was refused for.
    const updated = h.emulator.views.get(modal.id) as StoredView;
    expect(textOf([blockById(updated, EFFECT_BLOCK)])).toContain('Outstanding $40.00 → $0.00');
    let ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.count('write_off')).toBe(0);
    expect(ledger.outstandingCents).toBe(4_000);

    // Confirming again applies the figure the field error showed.
    const second = await h.client.fillAndSubmit(MANAGER, modal.id, {});
    expect(second.body).not.toMatchObject({ response_action: 'errors' });
    ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.entries.filter((e) => e.kind === 'write_off').map((e) => e.amountCents)).toEqual([4_000]);
    expect(ledger.outstandingCents).toBe(0);
    const done = await waitFor(() =>
      botMessages(h, GENERAL, MANAGER).find((m) => JSON.stringify(m).includes('Nora Pinned')),
    );
    expect(JSON.stringify(done)).toContain('$40.00');
  });

  it('"all" in the request stays "all" in the form: a payment meanwhile gets the new figure too', async () => {
    const charge = await createCharge(h.db, {
      firstName: 'Nell',
      lastName: 'Prefilled',
      assessedCents: 12_000,
    });
    const modal = await openForm('all Nell Prefilled small balance');
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBe('all');
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain('Outstanding $120.00 → $0.00');
    // A payment arrives while the form is open; the field is left as the request filled it.
    await pay(charge.chargeId, 1_000);

    const first = await h.client.fillAndSubmit(MANAGER, modal.id, {});
    expect(first.body).toMatchObject({ response_action: 'update' });
    expect(amountError(modal)).toContain('is now $110.00, not the $120.00 shown');
    expect((await ledgerOf(h.db, charge.chargeId)).count('write_off')).toBe(0);
    await h.client.fillAndSubmit(MANAGER, modal.id, {});
    const ledger = await ledgerOf(h.db, charge.chargeId);
    expect(ledger.entries.filter((e) => e.kind === 'write_off').map((e) => e.amountCents)).toEqual([11_000]);
  });
});

describe('a spread over several charges', () => {
  it('takes only the charges the form showed, not one opened since', async () => {
    const first = await createCharge(h.db, {
      firstName: 'Owen',
      lastName: 'Opened',
      dateOfService: '2026-08-01',
      assessedCents: 3_000,
    });
    const second = await createCharge(h.db, {
      patientId: first.patientId,
      dateOfService: '2026-09-01',
      assessedCents: 5_000,
    });
    const modal = await chooseSpread(await openForm('all Owen Opened small balance'));
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain(
      'Writes off $80.00 across 2 charges, oldest first:',
    );
    // A new charge arrives for the patient before the form is confirmed.
    const later = await createCharge(h.db, {
      patientId: first.patientId,
      dateOfService: '2026-10-01',
      assessedCents: 7_000,
    });

    await h.client.fillAndSubmit(MANAGER, modal.id, { [AMOUNT_BLOCK]: 'all' });

    expect((await ledgerOf(h.db, first.chargeId)).outstandingCents).toBe(0);
    expect((await ledgerOf(h.db, second.chargeId)).outstandingCents).toBe(0);
    const untouched = await ledgerOf(h.db, later.chargeId);
    expect(untouched.count('write_off')).toBe(0);
    expect(untouched.outstandingCents).toBe(7_000);
  });

  it('a shown charge paid meanwhile: refused with the new total, then applied at it', async () => {
    const first = await createCharge(h.db, {
      firstName: 'Pia',
      lastName: 'Partial',
      dateOfService: '2026-08-01',
      assessedCents: 3_000,
    });
    const second = await createCharge(h.db, {
      patientId: first.patientId,
      dateOfService: '2026-09-01',
      assessedCents: 5_000,
    });
    const modal = await chooseSpread(await openForm('all Pia Partial small balance'));
    await pay(second.chargeId, 2_000);

    await h.client.fillAndSubmit(MANAGER, modal.id, { [AMOUNT_BLOCK]: 'all' });
    expect(amountError(modal)).toContain('across these 2 charges is now $60.00, not the $80.00 shown');
    expect((await ledgerOf(h.db, first.chargeId)).count('write_off')).toBe(0);
    expect((await ledgerOf(h.db, second.chargeId)).count('write_off')).toBe(0);

    await h.client.fillAndSubmit(MANAGER, modal.id, {});
    const firstAfter = await ledgerOf(h.db, first.chargeId);
    const secondAfter = await ledgerOf(h.db, second.chargeId);
    expect(firstAfter.entries.filter((e) => e.kind === 'write_off').map((e) => e.amountCents)).toEqual([
      3_000,
    ]);
    expect(secondAfter.entries.filter((e) => e.kind === 'write_off').map((e) => e.amountCents)).toEqual([
      3_000,
    ]);
    expect(secondAfter.outstandingCents).toBe(0);
  });
});

describe('a patient with more open charges than one write-off may cover', () => {
  it('offers the oldest 100, says so, and writes off exactly those', async () => {
    const opened = await openForm('all Milo Many small balance');
    expect(textOf([blockById(opened, CHARGE_LIMIT_BLOCK)])).toContain(
      'This patient has 120 open charges; a write-off can cover up to 100 at a time',
    );
    const select = blockById(opened, CHARGE_BLOCK)?.element as { options: { text: { text: string } }[] };
    expect(select.options).toHaveLength(100);
    expect(select.options.at(-1)?.text.text).toBe('Spread across the oldest 100 open charges');

    const modal = await chooseSpread(opened);
    // The plan lists the first ten charges and counts the rest (one block, within Slack's limits).
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain(
      'Writes off $100.00 across 100 charges, oldest first:',
    );
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain('and 90 more charges, $90.00 in all');
    const result = await h.client.fillAndSubmit(MANAGER, modal.id, { [AMOUNT_BLOCK]: 'all' });
    expect(result.status).toBe(200);
    expect(result.body).not.toMatchObject({ response_action: 'errors' });

    const after = await Promise.all(manyChargeIds.map((id) => ledgerOf(h.db, id)));
    expect(after.slice(0, 100).every((l) => l.outstandingCents === 0 && l.count('write_off') === 1)).toBe(
      true,
    );
    expect(after.slice(100).every((l) => l.outstandingCents === 100 && l.count('write_off') === 0)).toBe(
      true,
    );
  }, 60_000);
});
