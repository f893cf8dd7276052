/**
 * DOMAIN.md section 5 on a real server: many writers on one charge at once never take its PR
 * below zero, one key gives one entry, and losers get the blocker that now applies.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { rowsOf } from '../../src/db/rows.ts';
import {
  chargeHistory,
  getCharge,
  type LedgerResult,
  listPayments,
  recordPayment,
  refundPayment,
  undoWriteOff,
  writeOff,
  writeOffSpread,
} from '../../src/ledger/index.ts';
import { describePostgres, openPostgresTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { holdRowLock } from '../support/row-lock.ts';
import { entryCount, outstandingOf } from './ledger-state.ts';

const ACTOR = 'cli:race';

/** Every outcome must be a result; a database error reaching the caller fails the test. */
function tally(results: readonly LedgerResult<unknown>[]) {
  const codes = results.flatMap((r) => (r.ok ? [] : [r.blockers[0]?.code]));
  return { ok: results.filter((r) => r.ok).length, codes };
}

describePostgres('concurrent requests on one charge [postgres]', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openPostgresTestDatabase({ maxConnections: 20 });
  });
  afterAll(async () => handle?.close());

  const writeOffTen = (chargeId: number, idempotencyKey = randomUUID()) =>
    writeOff(handle.db, {
      chargeId,
      amountCents: 1_000,
      reason: 'small_balance',
      actor: ACTOR,
      source: 'button',
      idempotencyKey,
    });

  it('20 write-offs of $10 against $100: 10 succeed, 10 get NOTHING_OUTSTANDING, $0 left', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 10_000 });
    const results = await Promise.all(Array.from({ length: 20 }, () => writeOffTen(chargeId)));
    const { ok, codes } = tally(results);
    expect(ok).toBe(10);
    expect(codes).toEqual(Array(10).fill('NOTHING_OUTSTANDING'));
    expect(await getCharge(handle.db, chargeId)).toMatchObject({
      writtenOffCents: 10_000,
      outstandingCents: 0,
      status: 'written_off',
    });
    expect((await chargeHistory(handle.db, { chargeId })).filter((e) => e.kind === 'write_off')).toHaveLength(
      10,
    );
  });

  it('10 deliveries of one idempotency key write exactly one entry', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 10_000 });
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => writeOffTen(chargeId, key)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
    const entryIds = new Set(results.map((r) => (r.ok ? r.value.entryId : null)));
    expect(entryIds.size).toBe(1);
    expect(await entryCount(handle.db, chargeId)).toBe(2);
    expect((await getCharge(handle.db, chargeId))?.outstandingCents).toBe(9_000);
  });

  it('concurrent undos of one write-off: one reversal, the others ALREADY_REVERSED', async () => {
    const { chargeId, writeOffEntryId } = await createCharge(handle.db, {
      assessedCents: 10_000,
      writtenOffCents: 4_000,
    });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        undoWriteOff(handle.db, {
          writeOffEntryId: writeOffEntryId ?? 0,
          actor: ACTOR,
          source: 'button',
          idempotencyKey: randomUUID(),
        }),
      ),
    );
    const { ok, codes } = tally(results);
    expect(ok).toBe(1);
    expect(codes).toEqual(Array(9).fill('ALREADY_REVERSED'));
    const reversals = (await chargeHistory(handle.db, { chargeId })).filter(
      (e) => e.kind === 'write_off_reversal',
    );
    expect(reversals).toHaveLength(1);
    expect((await getCharge(handle.db, chargeId))?.outstandingCents).toBe(10_000);
  });

  it('write-offs and payments racing on one charge never take it below zero', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 10_000 });
    const amounts = [1_500, 2_500, 700, 3_000, 1_200, 4_000, 900, 2_200, 1_800, 3_300];
    const requests = amounts.flatMap((amountCents) => [
      writeOff(handle.db, {
        chargeId,
        amountCents,
        reason: 'small_balance',
        actor: ACTOR,
        source: 'button',
        idempotencyKey: randomUUID(),
      }),
      recordPayment(handle.db, {
        chargeId,
        amountCents,
        actor: 'import',
        source: 'import',
        idempotencyKey: randomUUID(),
      }),
    ]);
    const results = await Promise.all(requests);
    const applied = results.reduce(
      (sum, r) => sum + (r.ok ? (r.value as { amountCents: number }).amountCents : 0),
      0,
    );
    const { codes } = tally(results);
    for (const code of codes) {
      expect(['AMOUNT_EXCEEDS_OUTSTANDING', 'NOTHING_OUTSTANDING', 'PR_PAID']).toContain(code);
    }
    const charge = await getCharge(handle.db, chargeId);
    expect(charge?.outstandingCents).toBe(10_000 - applied);
    expect(charge?.outstandingCents).toBeGreaterThanOrEqual(0);
    expect((charge?.paidCents ?? 0) + (charge?.writtenOffCents ?? 0)).toBe(applied);
    // Outstanding only went down during the race, so every refused amount is more than what is left.
    results.forEach((r, i) => {
      if (!r.ok) expect(amounts[Math.floor(i / 2)]).toBeGreaterThan(charge?.outstandingCents ?? 0);
    });
    expect(await entryCount(handle.db, chargeId)).toBe(1 + results.filter((r) => r.ok).length);
  });

  it('spreads and single write-offs racing over two charges: never more than they hold, no deadlock', async () => {
    const a = await createCharge(handle.db, { assessedCents: 5_000 });
    const b = await createCharge(handle.db, { patientId: a.patientId, assessedCents: 5_000 });
    const both = [b.chargeId, a.chargeId];
    const requests = Array.from({ length: 8 }, (_, i) => [
      writeOffSpread(handle.db, {
        chargeIds: i % 2 === 0 ? both : [...both].reverse(),
        amountCents: 2_000,
        reason: 'small_balance',
        actor: ACTOR,
        source: 'batch',
        idempotencyKey: randomUUID(),
      }),
      writeOffTen(i % 2 === 0 ? a.chargeId : b.chargeId),
    ]).flat();
    const results = await Promise.all(requests);
    const applied = results.reduce(
      (sum, r) => sum + (r.ok ? (r.value as { amountCents: number }).amountCents : 0),
      0,
    );
    const { codes } = tally(results);
    for (const code of codes) expect(['AMOUNT_EXCEEDS_OUTSTANDING', 'NOTHING_OUTSTANDING']).toContain(code);
    const left = (await outstandingOf(handle.db, a.chargeId)) + (await outstandingOf(handle.db, b.chargeId));
    expect(left).toBe(10_000 - applied);
    expect(left).toBeGreaterThanOrEqual(0);
  });

  it('undos of one batch through different entries: the batch is undone once', async () => {
    const a = await createCharge(handle.db, { assessedCents: 3_000 });
    const b = await createCharge(handle.db, { patientId: a.patientId, assessedCents: 3_000 });
    const spread = await writeOffSpread(handle.db, {
      chargeIds: [a.chargeId, b.chargeId],
      amountCents: 'all',
      reason: 'small_balance',
      actor: ACTOR,
      source: 'batch',
      idempotencyKey: randomUUID(),
    });
    if (!spread.ok) throw new Error('spread refused');
    const entryIds = spread.value.entries.map((e) => e.entryId);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        undoWriteOff(handle.db, {
          writeOffEntryId: entryIds[i % entryIds.length] ?? 0,
          actor: ACTOR,
          source: 'button',
          idempotencyKey: randomUUID(),
        }),
      ),
    );
    const { ok, codes } = tally(results);
    expect(ok).toBe(1);
    expect(codes).toEqual(Array(9).fill('ALREADY_REVERSED'));
    expect(await outstandingOf(handle.db, a.chargeId)).toBe(3_000);
    expect(await outstandingOf(handle.db, b.chargeId)).toBe(3_000);
  });

  it('refunds of one payment that waited for its charge together: never more than the payment', async () => {
    const { chargeId, paymentEntryId } = await createCharge(handle.db, {
      assessedCents: 10_000,
      paidCents: 10_000,
    });
    // Every refund waits while the charge is locked, so they all read what is left of the payment
    // after the others: at the charge's row, or before it at the payment's lock.
    const held = await holdRowLock(handle.db, sql`select id from charges where id = ${chargeId} for update`);
    const refunds = Array.from({ length: 5 }, (_, i) =>
      refundPayment(handle.db, {
        paymentEntryId: paymentEntryId ?? 0,
        // A form names the charge; the command line leaves it to the ledger.
        ...(i % 2 === 0 ? { chargeId } : {}),
        amountCents: 3_000,
        actor: ACTOR,
        source: 'button',
        idempotencyKey: randomUUID(),
      }),
    );
    await waitForLockWaits(5);
    held.release();
    const { ok, codes } = tally(await Promise.all(refunds));
    expect(ok).toBe(3);
    expect(codes).toEqual(['REFUND_EXCEEDS_PAYMENT', 'REFUND_EXCEEDS_PAYMENT']);
    expect(await listPayments(handle.db, { chargeIds: [chargeId] })).toEqual([
      expect.objectContaining({ amountCents: 10_000, refundedCents: 9_000 }),
    ]);
    expect(await outstandingOf(handle.db, chargeId)).toBe(9_000);
  });

  /** Until `count` sessions of this database wait for a lock (a row's or an advisory one). */
  async function waitForLockWaits(count: number): Promise<void> {
    for (let tries = 0; tries < 200; tries++) {
      const [row] = rowsOf(
        await handle.db.execute(sql`
          select count(*)::int as waiting from pg_stat_activity
          where datname = current_database() and wait_event_type = 'Lock'`),
      );
      if (Number(row?.waiting) >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`fewer than ${count} sessions ever waited for a lock`);
  }
});
