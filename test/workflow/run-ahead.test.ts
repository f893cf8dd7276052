/**
 * A confirm of a one-charge write-off or of a refund begins its ledger transaction with its reads
 * (ledger/run-ahead.ts): BEGIN, the key's and the user's (or the payment's) locks, the charge's
 * locking read and the reads leave in one write, and the entry with COMMIT in a second. Every
 * other way a confirm can go must end that transaction before anything else waits for its locks.
 * Counted at a relay between the driver and the server; PostgreSQL only (PGlite has one session
 * and no round trips to save).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import type { ActionKind } from '../../src/domain/index.ts';
import { bootstrapAdmins, chargeHistory, getCharge, listPayments } from '../../src/ledger/index.ts';
import { type FormInput, NO_HINTS, startRequest, submitPending } from '../../src/workflow/index.ts';
import {
  type CountingRelay,
  openRelayedScratchDatabase,
  type RelayedDatabase,
} from '../support/counting-relay.ts';
import { describePostgres } from '../support/databases.ts';
import { type ChargeFixture, createCharge } from '../support/fixtures.ts';

const ADMIN = 'URUNAHEAD1';

describePostgres('a confirm whose ledger run begins with its reads [postgres]', () => {
  let relayed: RelayedDatabase;
  let relay: CountingRelay;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    relayed = await openRelayedScratchDatabase('billing_run_ahead');
    ({ relay, handle } = relayed);
    await bootstrapAdmins(handle.db, [ADMIN]);
  });
  afterAll(async () => {
    await relayed?.close();
  });

  const formFor = (charge: ChargeFixture, amountText: string) => ({
    patientId: charge.patientId,
    charge: String(charge.chargeId),
    amountText,
    reason: 'small_balance',
  });

  const refundFormFor = (charge: ChargeFixture, amountText: string) => ({
    patientId: charge.patientId,
    charge: String(charge.chargeId),
    paymentEntryId: charge.paymentEntryId,
    amountText,
  });

  /** A form of this kind for this charge, confirmed as the modal's submission runs it. */
  async function confirm(kind: ActionKind, charge: ChargeFixture, form: FormInput) {
    const pending = await startRequest(handle.db, {
      kind,
      requestedBy: ADMIN,
      origin: { via: 'command', channelId: 'C1', threadTs: null, requesterId: ADMIN },
      hints: NO_HINTS,
      extra: { patientId: charge.patientId, chargeId: charge.chargeId },
    });
    let writesBeforeAnswer = Number.NaN;
    relay.resetTurns();
    const outcome = await submitPending(handle.db, {
      pendingId: pending?.id ?? '',
      actorId: ADMIN,
      form,
      now: new Date(),
      likelyKind: kind,
      onCommitted: () => {
        writesBeforeAnswer = relay.writes();
      },
    });
    return { outcome, writesBeforeAnswer };
  }
  const confirmWriteOff = (charge: ChargeFixture, form: FormInput) => confirm('write_off', charge, form);
  const confirmRefund = (charge: ChargeFixture, form: FormInput) => confirm('refund_payment', charge, form);

  it('writes twice before its answer: the reads with the locks and the locking read, then the entry with COMMIT', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 100_000 });
    // The first confirms prepare their statements on the connections.
    for (const cents of [101, 102, 103, 105, 106, 107, 108, 109]) {
      expect(
        (await confirmWriteOff(charge, formFor(charge, (cents / 100).toFixed(2)))).outcome,
      ).toMatchObject({
        kind: 'done',
        replayed: false,
      });
    }
    const { outcome, writesBeforeAnswer } = await confirmWriteOff(charge, formFor(charge, '1.04'));
    expect(outcome).toMatchObject({ kind: 'done', replayed: false });
    expect(writesBeforeAnswer).toBe(2);
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(100_000 - 945);
    expect(await relayed.transactionsLeftOpen()).toBe(0);
  });

  it('a refusal by the ledger writes nothing, and the next write-off of the same user goes through', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 1_000 });
    const { outcome } = await confirmWriteOff(charge, formFor(charge, '25'));
    expect(outcome).toMatchObject({ kind: 'invalid' });
    expect(await relayed.transactionsLeftOpen()).toBe(0);
    expect((await confirmWriteOff(charge, formFor(charge, '4'))).outcome).toMatchObject({ kind: 'done' });
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(600);
  });

  it('a form naming a charge that is not the patient’s ends the run before answering', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 1_000 });
    const stranger = await createCharge(handle.db, { assessedCents: 2_000 });
    const { outcome } = await confirmWriteOff(charge, {
      ...formFor(charge, '4'),
      charge: String(stranger.chargeId),
    });
    expect(outcome).toMatchObject({ kind: 'invalid', errors: { charge: expect.any(String) } });
    // A charge that does not exist at all: the locking read finds nothing, and nothing breaks.
    const { outcome: missing } = await confirmWriteOff(charge, {
      ...formFor(charge, '4'),
      charge: '987654321',
    });
    expect(missing).toMatchObject({ kind: 'invalid', errors: { charge: expect.any(String) } });
    expect(await relayed.transactionsLeftOpen()).toBe(0);
    expect((await getCharge(handle.db, stranger.chargeId))?.outstandingCents).toBe(2_000);
    expect((await confirmWriteOff(stranger, formFor(stranger, '5'))).outcome).toMatchObject({ kind: 'done' });
  });

  it('a wrong guess of the kind releases the run, and the other kind’s run on the same key is applied once', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 3_000 });
    expect((await confirmWriteOff(charge, formFor(charge, '10'))).outcome).toMatchObject({ kind: 'done' });
    const [writeOffEntry] = (await chargeHistory(handle.db, { chargeId: charge.chargeId })).filter(
      (entry) => entry.kind === 'write_off',
    );
    const undo = await startRequest(handle.db, {
      kind: 'undo_write_off',
      requestedBy: ADMIN,
      origin: { via: 'command', channelId: 'C1', threadTs: null, requesterId: ADMIN },
      hints: NO_HINTS,
      extra: { writeOffEntryId: writeOffEntry?.id ?? 0 },
    });
    // Submitted as if it were a write-off form of the same charge: the run locks the undo's key
    // (pending:<id>) and the charge, which the undo's own run then needs. The ticked re-run box
    // skips the re-run check, whose own mismatch would also end the run.
    const outcome = await submitPending(handle.db, {
      pendingId: undo?.id ?? '',
      actorId: ADMIN,
      form: { ...formFor(charge, '10'), repeatConfirmed: true },
      now: new Date(),
      likelyKind: 'write_off',
    });
    expect(outcome).toMatchObject({ kind: 'done', replayed: false });
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(3_000);
    expect(await relayed.transactionsLeftOpen()).toBe(0);
    // A run left open would hold the undo until it is released for want of a claim, after 5 s.
  }, 4_000);

  it('a refund writes twice before its answer too', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 100_000, paidCents: 100_000 });
    // The first confirms prepare their statements on the connections.
    for (const cents of [101, 102, 103, 105, 106, 107, 108, 109]) {
      const { outcome } = await confirmRefund(charge, refundFormFor(charge, (cents / 100).toFixed(2)));
      expect(outcome).toMatchObject({ kind: 'done', replayed: false });
    }
    const { outcome, writesBeforeAnswer } = await confirmRefund(charge, refundFormFor(charge, '1.04'));
    expect(outcome).toMatchObject({ kind: 'done', replayed: false });
    expect(writesBeforeAnswer).toBe(2);
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(945);
    expect(await relayed.transactionsLeftOpen()).toBe(0);
  });

  it('a refund above what is left of the payment is refused, and the next one goes through', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 5_000, paidCents: 3_000 });
    const { outcome } = await confirmRefund(charge, refundFormFor(charge, '31'));
    expect(outcome).toMatchObject({ kind: 'invalid', errors: { amount: expect.stringContaining('$30.00') } });
    expect(await relayed.transactionsLeftOpen()).toBe(0);
    expect((await confirmRefund(charge, refundFormFor(charge, '30'))).outcome).toMatchObject({
      kind: 'done',
    });
    expect(await listPayments(handle.db, { chargeIds: [charge.chargeId] })).toEqual([
      expect.objectContaining({ amountCents: 3_000, refundedCents: 3_000 }),
    ]);
  });

  it('a payment of another charge, or none at all, ends the run before answering', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 2_000, paidCents: 2_000 });
    const stranger = await createCharge(handle.db, { assessedCents: 4_000, paidCents: 4_000 });
    const { outcome } = await confirmRefund(charge, {
      ...refundFormFor(charge, '5'),
      paymentEntryId: stranger.paymentEntryId,
    });
    expect(outcome).toMatchObject({ kind: 'invalid', errors: { payment: expect.any(String) } });
    const { outcome: missing } = await confirmRefund(charge, {
      ...refundFormFor(charge, '5'),
      charge: '987654321',
    });
    // No charge of this patient's: the charge is asked for before its payment.
    expect(missing).toMatchObject({ kind: 'invalid', errors: { charge: expect.any(String) } });
    expect(await relayed.transactionsLeftOpen()).toBe(0);
    expect((await getCharge(handle.db, stranger.chargeId))?.outstandingCents).toBe(0);
    // Nothing waits for a lock left behind: the stranger's own refund applies at once.
    expect((await confirmRefund(stranger, refundFormFor(stranger, '5'))).outcome).toMatchObject({
      kind: 'done',
    });
  }, 4_000);
});
