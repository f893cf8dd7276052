import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { cancelPr, chargeHistory, getCharge, refundPayment, undoWriteOff } from '../../src/ledger/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { openTestDatabaseWithTeam } from '../support/team.ts';

const BILLER = 'UCPBILLER1';

describeEachDatabase('cancelling PR', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabaseWithTeam(kind, [{ userId: BILLER, role: 'biller' }]);
  });
  afterAll(async () => handle?.close());

  it.each(['self_pay', 'placeholder', 'custom'] as const)(
    'cancels everything outstanding of %s PR',
    async (prSource) => {
      const { chargeId } = await createCharge(handle.db, { prSource, assessedCents: 7_345 });
      const result = await expectOk(
        cancelPr(handle.db, {
          chargeId,
          reason: 'duplicate',
          note: 'entered twice',
          actor: BILLER,
          source: 'button',
          idempotencyKey: randomUUID(),
        }),
      );
      expect(result).toMatchObject({ chargeId, amountCents: 7_345, outstandingCents: 0 });
      expect(await getCharge(handle.db, chargeId)).toMatchObject({
        cancelledCents: 7_345,
        outstandingCents: 0,
        status: 'cancelled',
      });
      const entry = (await chargeHistory(handle.db, { chargeId })).at(-1);
      expect(entry).toMatchObject({
        kind: 'cancellation',
        amountCents: 7_345,
        reason: 'duplicate',
        actor: BILLER,
      });
    },
  );

  it('cancels once the payment is refunded and the write-off undone', async () => {
    const { chargeId, paymentEntryId, writeOffEntryId } = await createCharge(handle.db, {
      prSource: 'self_pay',
      assessedCents: 10_000,
      paidCents: 2_000,
      writtenOffCents: 3_000,
    });
    await expectOk(
      refundPayment(handle.db, {
        paymentEntryId: paymentEntryId ?? 0,
        amountCents: 'all',
        actor: 'cli:admin',
        source: 'cli',
        idempotencyKey: randomUUID(),
      }),
    );
    await expectOk(
      undoWriteOff(handle.db, {
        writeOffEntryId: writeOffEntryId ?? 0,
        actor: 'cli:admin',
        source: 'cli',
        idempotencyKey: randomUUID(),
      }),
    );
    const result = await expectOk(
      cancelPr(handle.db, {
        chargeId,
        reason: 'wrong_amount',
        actor: BILLER,
        source: 'button',
        idempotencyKey: randomUUID(),
      }),
    );
    expect(result.amountCents).toBe(10_000);
    expect(await getCharge(handle.db, chargeId)).toMatchObject({ outstandingCents: 0, status: 'cancelled' });
  });
});
