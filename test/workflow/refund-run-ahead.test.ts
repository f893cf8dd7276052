/**
 * A confirm of a refund begins its ledger transaction with its reads, as a write-off's does
 * (ledger/run-ahead.ts): BEGIN, the key's and the payment's locks, the charge's locking read with
 * the payment, and the confirm's reads (the pending action, the charge's payments, the re-run
 * probe) leave in one write, and the entry with COMMIT in a second. Every other way the confirm
 * can go ends that transaction first. Counted at a relay between the driver and the server;
 * PostgreSQL only (PGlite has one session and no round trips to save).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { rowsOf } from '../../src/db/rows.ts';
import { bootstrapAdmins, getCharge, listPayments } from '../../src/ledger/index.ts';
import { NO_HINTS, startRequest, submitPending } from '../../src/workflow/index.ts';
import {
  type CountingRelay,
  openRelayedScratchDatabase,
  type RelayedDatabase,
} from '../support/counting-relay.ts';
import { describePostgres } from '../support/databases.ts';
import { type ChargeFixture, createCharge } from '../support/fixtures.ts';

const ADMIN = 'URFAHEAD01';

describePostgres('a refund confirm whose ledger run begins with its reads [postgres]', () => {
  let relayed: RelayedDatabase;
  let relay: CountingRelay;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    relayed = await openRelayedScratchDatabase('billing_refund_ahead');
    ({ relay, handle } = relayed);
    await bootstrapAdmins(handle.db, [ADMIN]);
  });
  afterAll(async () => {
    await relayed?.close();
  });

  const formFor = (charge: ChargeFixture, amountText: string) => ({
    patientId: charge.patientId,
    charge: String(charge.chargeId),
    paymentEntryId: charge.paymentEntryId,
    amountText,
  });

  async function confirmRefund(charge: ChargeFixture, form: ReturnType<typeof formFor>) {
    const pending = await startRequest(handle.db, {
      kind: 'refund_payment',
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
      likelyKind: 'refund_payment',
      onCommitted: () => {
        writesBeforeAnswer = relay.writes();
      },
    });
    return { outcome, writesBeforeAnswer };
  }

  /** Sessions of this database inside a transaction and not running anything: runs left open. */
  async function transactionsLeftOpen(): Promise<number> {
    // A released run's ROLLBACK may still be on its way: give it a moment before counting.
    for (let tries = 0; ; tries++) {
      const [row] = rowsOf(
        await handle.db.execute(sql`
          select count(*)::int as open from pg_stat_activity
          where datname = current_database() and state = 'idle in transaction'`),
      );
      const open = Number(row?.open);
      if (open === 0 || tries === 20) return open;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  it('writes twice before its answer: the reads with the locks and the locking read, then the entry with COMMIT', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 100_000, paidCents: 100_000 });
    // The first confirms prepare their statements on the connections.
    for (const cents of [101, 102, 103, 105, 106, 107, 108, 109]) {
      const { outcome } = await confirmRefund(charge, formFor(charge, (cents / 100).toFixed(2)));
      expect(outcome).toMatchObject({ kind: 'done', replayed: false });
    }
    const { outcome, writesBeforeAnswer } = await confirmRefund(charge, formFor(charge, '1.04'));
    expect(outcome).toMatchObject({ kind: 'done', replayed: false });
    expect(writesBeforeAnswer).toBe(2);
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(945);
    expect(await transactionsLeftOpen()).toBe(0);
  });

  it('a refund above what is left of the payment is refused, and the next one goes through', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 5_000, paidCents: 3_000 });
    const { outcome } = await confirmRefund(charge, formFor(charge, '31'));
    expect(outcome).toMatchObject({ kind: 'invalid', errors: { amount: expect.stringContaining('$30.00') } });
    expect(await transactionsLeftOpen()).toBe(0);
    expect((await confirmRefund(charge, formFor(charge, '30'))).outcome).toMatchObject({ kind: 'done' });
    expect(await listPayments(handle.db, { chargeIds: [charge.chargeId] })).toEqual([
      expect.objectContaining({ amountCents: 3_000, refundedCents: 3_000 }),
    ]);
  });

  it('a payment of another charge, or none at all, ends the run before answering', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 2_000, paidCents: 2_000 });
    const stranger = await createCharge(handle.db, { assessedCents: 4_000, paidCents: 4_000 });
    const { outcome } = await confirmRefund(charge, {
      ...formFor(charge, '5'),
      paymentEntryId: stranger.paymentEntryId,
    });
    expect(outcome).toMatchObject({ kind: 'invalid', errors: { payment: expect.any(String) } });
    const { outcome: missing } = await confirmRefund(charge, {
      ...formFor(charge, '5'),
      charge: '987654321',
    });
    expect(missing).toMatchObject({ kind: 'invalid', errors: { payment: expect.any(String) } });
    expect(await transactionsLeftOpen()).toBe(0);
    expect((await getCharge(handle.db, stranger.chargeId))?.outstandingCents).toBe(0);
    // Nothing waits for a lock left behind: the stranger's own refund applies at once.
    expect((await confirmRefund(stranger, formFor(stranger, '5'))).outcome).toMatchObject({ kind: 'done' });
  }, 4_000);
});
