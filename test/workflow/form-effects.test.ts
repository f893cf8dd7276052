/**
 * The effect line promises only what the confirm would do. A refund of an amount the confirm would
 * refuse shows what is outstanding and why (not "$70.00 → $120.00" for 50.01 on a $50 payment),
 * and a cancel the rules refuse promises no erased PR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { bootstrapAdmins } from '../../src/ledger/index.ts';
import { loadModal, NO_HINTS, startRequest } from '../../src/workflow/index.ts';
import { openTestDatabase } from '../support/databases.ts';
import { type ChargeFixture, createCharge } from '../support/fixtures.ts';

const ADMIN = 'UFXADMIN01';
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase('pglite');
  await bootstrapAdmins(handle.db, [ADMIN]);
});

afterAll(async () => {
  await handle?.close();
});

async function shownModel(kind: 'refund_payment' | 'cancel_pr', charge: ChargeFixture, form = {}) {
  const pending = await startRequest(handle.db, {
    kind,
    requestedBy: ADMIN,
    origin: { via: 'command', channelId: 'C1', threadTs: null, requesterId: ADMIN },
    hints: NO_HINTS,
    extra: { patientId: charge.patientId, chargeId: charge.chargeId },
  });
  if (!pending) throw new Error('no pending action');
  const base = { patientId: charge.patientId, charge: String(charge.chargeId) };
  const state = await loadModal(handle.db, {
    pendingId: pending.id,
    actorId: ADMIN,
    form: { ...base, ...form },
    now: new Date(),
  });
  if (state.kind !== 'open') throw new Error(`form not open: ${state.kind}`);
  return state.model as { effect: string | null; amountProblem?: string | null; blocker: unknown };
}

describe('the refund form', () => {
  let charge: ChargeFixture;
  beforeAll(async () => {
    charge = await createCharge(handle.db, { assessedCents: 12_000, paidCents: 5_000 });
  });

  it('a refundable amount: the PR comes back by that much', async () => {
    const model = await shownModel('refund_payment', charge, { amountText: '20' });
    expect(model.effect).toBe('Outstanding $70.00 → $90.00');
    expect(model.amountProblem).toBeNull();
  });

  it('more than the payment: no change shown, and the most that can be refunded', async () => {
    const model = await shownModel('refund_payment', charge, { amountText: '50.01' });
    expect(model.effect).toBe('Outstanding $70.00');
    expect(model.amountProblem).toContain('At most $50.00 of this payment can be refunded.');
  });

  it.each(['abc', '-5', '0.001'])('"%s": no change shown, and what is wrong with it', async (amountText) => {
    const model = await shownModel('refund_payment', charge, { amountText });
    expect(model.effect).toBe('Outstanding $70.00');
    expect(model.amountProblem).toMatch(/\S/);
  });

  it('"all": the whole payment comes back', async () => {
    const model = await shownModel('refund_payment', charge, { amountText: 'all' });
    expect(model.effect).toBe('Outstanding $70.00 → $120.00');
  });
});

describe('the cancel form', () => {
  it('on PR from a remittance, which cannot be cancelled: the blocker, and no erased PR promised', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 12_000, prSource: 'remittance' });
    const model = await shownModel('cancel_pr', charge);
    expect(model.blocker).not.toBeNull();
    expect(model.effect).toBeNull();
  });

  it('on placeholder PR: the PR is erased', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 12_000, prSource: 'placeholder' });
    const model = await shownModel('cancel_pr', charge);
    expect(model.blocker).toBeNull();
    expect(model.effect).toBe('Outstanding $120.00 → $0.00 (the PR is erased)');
  });
});
