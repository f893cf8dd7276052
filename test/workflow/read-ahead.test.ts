/**
 * A confirm starts the reads its form decides (the patient's charges, the re-run probe) together
 * with the pending action's read, on a guess of the kind from the modal's callback. The guess
 * may be wrong; the answer never is.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { bootstrapAdmins, getCharge } from '../../src/ledger/index.ts';
import { submitPending } from '../../src/workflow/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { type ChargeFixture, createCharge, startPendingWriteOff } from '../support/fixtures.ts';

const ADMIN = 'UREADAHEAD1';

describeEachDatabase('reads a confirm starts before its pending action is read', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await bootstrapAdmins(handle.db, [ADMIN]);
  });

  afterAll(async () => {
    await handle?.close();
  });

  const formFor = (charge: ChargeFixture, amountText: string, repeatConfirmed = false) => ({
    patientId: charge.patientId,
    charge: String(charge.chargeId),
    amountText,
    reason: 'small_balance',
    repeatConfirmed,
  });

  async function confirm(charge: ChargeFixture, form: ReturnType<typeof formFor>, likelyKind: string) {
    const pending = await startPendingWriteOff(handle.db, ADMIN, charge);
    return submitPending(handle.db, {
      pendingId: pending.id,
      actorId: ADMIN,
      form,
      now: new Date(),
      likelyKind: likelyKind as 'write_off' | 'refund_payment',
    });
  }

  it('a re-run guessed right is refused before the ledger, and goes through once it is ticked', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 10_000 });
    expect(await confirm(charge, formFor(charge, '25'), 'write_off')).toMatchObject({ kind: 'done' });

    const again = await confirm(charge, formFor(charge, '25'), 'write_off');
    expect(again).toMatchObject({ kind: 'invalid', errors: { repeat: expect.any(String) } });
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(7_500);

    // Another amount is no re-run; the ticked box lets the same one through.
    expect(await confirm(charge, formFor(charge, '10'), 'write_off')).toMatchObject({ kind: 'done' });
    expect(await confirm(charge, formFor(charge, '25', true), 'write_off')).toMatchObject({ kind: 'done' });
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(4_000);
  });

  it('a wrong guess of the kind reads again: the write-off re-run is still caught', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 10_000 });
    expect(await confirm(charge, formFor(charge, '25'), 'write_off')).toMatchObject({ kind: 'done' });

    // Read ahead as a refund (its probe looks for refunds, and finds none): the write-off's own
    // check must not take that answer.
    const form = { ...formFor(charge, '25'), paymentEntryId: 1 };
    const again = await confirm(charge, form, 'refund_payment');
    expect(again).toMatchObject({ kind: 'invalid', errors: { repeat: expect.any(String) } });
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(7_500);
  });

  it('a read started for a form whose action is gone fails nobody, and leaves no unhandled rejection', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 10_000 });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const outcome = await submitPending(handle.db, {
        pendingId: 'no-such-pending-action',
        actorId: ADMIN,
        form: formFor(charge, '25'),
        now: new Date(),
        likelyKind: 'write_off',
      });
      expect(outcome).toEqual({ kind: 'missing' });

      // A closed database: the pending action's read fails, and so do the reads started with it.
      const closed = await openTestDatabase(kind);
      await closed.close();
      await expect(
        submitPending(closed.db, {
          pendingId: 'any-pending-action',
          actorId: ADMIN,
          form: formFor(charge, '25'),
          now: new Date(),
          likelyKind: 'write_off',
        }),
      ).rejects.toThrow();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(10_000);
  });
});
