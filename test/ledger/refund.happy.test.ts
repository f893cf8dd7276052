import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import {
  chargeHistory,
  getCharge,
  listPayments,
  NotFoundError,
  refundPayment,
} from '../../src/ledger/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { openTestDatabaseWithTeam } from '../support/team.ts';

const MANAGER = 'URFMANAGR1';

describeEachDatabase('refunding a payment', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabaseWithTeam(kind, [{ userId: MANAGER, role: 'billing_manager' }]);
  });
  afterAll(async () => handle?.close());

  const refund = (paymentEntryId: number | null, amountCents: number | 'all') =>
    expectOk(
      refundPayment(handle.db, {
        paymentEntryId: paymentEntryId ?? 0,
        amountCents,
        note: 'overpaid at the desk',
        actor: MANAGER,
        source: 'button',
        idempotencyKey: randomUUID(),
      }),
    );

  it('a full refund re-opens the whole PR', async () => {
    const { chargeId, paymentEntryId } = await createCharge(handle.db, {
      assessedCents: 6_000,
      paidCents: 6_000,
    });
    expect((await getCharge(handle.db, chargeId))?.status).toBe('paid');
    const result = await refund(paymentEntryId, 'all');
    expect(result).toMatchObject({ chargeId, paymentEntryId, amountCents: 6_000, outstandingCents: 6_000 });
    expect(await getCharge(handle.db, chargeId)).toMatchObject({
      paidCents: 0,
      outstandingCents: 6_000,
      status: 'outstanding',
    });
    expect((await chargeHistory(handle.db, { chargeId })).at(-1)).toMatchObject({
      kind: 'refund',
      amountCents: 6_000,
      refersToEntryId: paymentEntryId,
      actor: MANAGER,
    });
  });

  it('partial refunds raise outstanding by the refund, up to what is left of the payment', async () => {
    const { chargeId, paymentEntryId } = await createCharge(handle.db, {
      assessedCents: 10_000,
      paidCents: 4_000,
    });
    expect((await refund(paymentEntryId, 1_500)).outstandingCents).toBe(7_500);
    expect(await listPayments(handle.db, { chargeIds: [chargeId] })).toEqual([
      expect.objectContaining({ entryId: paymentEntryId, amountCents: 4_000, refundedCents: 1_500 }),
    ]);
    expect((await refund(paymentEntryId, 'all')).amountCents).toBe(2_500);
    expect(await getCharge(handle.db, chargeId)).toMatchObject({ paidCents: 0, outstandingCents: 10_000 });
  });

  it('a payment named with a charge it is not on is not found, and nothing is written', async () => {
    const paid = await createCharge(handle.db, { assessedCents: 3_000, paidCents: 3_000 });
    const other = await createCharge(handle.db, { assessedCents: 2_000, paidCents: 2_000 });
    const refund = refundPayment(handle.db, {
      paymentEntryId: paid.paymentEntryId ?? 0,
      chargeId: other.chargeId,
      amountCents: 1_000,
      actor: MANAGER,
      source: 'button',
      idempotencyKey: randomUUID(),
    });
    await expect(refund).rejects.toBeInstanceOf(NotFoundError);
    for (const { chargeId } of [paid, other]) {
      expect((await chargeHistory(handle.db, { chargeId })).map((e) => e.kind)).toEqual([
        'pr_assessed',
        'payment',
      ]);
      expect((await getCharge(handle.db, chargeId))?.outstandingCents).toBe(0);
    }
  });
});
