/** A pending action executes once, however many deliveries race for it (PostgreSQL shows real concurrency). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { bootstrapAdmins, getCharge, writeOff } from '../../src/ledger/index.ts';
import { idempotencyKeyFor, loadModal, submitPending } from '../../src/workflow/index.ts';
import { loadPendingAction } from '../../src/workflow/pending-actions.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge, startPendingWriteOff } from '../support/fixtures.ts';

const ADMIN = 'UWFADMIN01';

describeEachDatabase('executing a pending write-off', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await bootstrapAdmins(handle.db, [ADMIN]);
  });

  afterAll(async () => {
    await handle?.close();
  });

  it('eight concurrent confirmations write one entry; exactly one caller is told it did it', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 10_000 });
    const pending = await startPendingWriteOff(handle.db, ADMIN, charge);
    const form = {
      patientId: charge.patientId,
      charge: String(charge.chargeId),
      amountText: '25',
      reason: 'small_balance',
    };
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () =>
        submitPending(handle.db, { pendingId: pending.id, actorId: ADMIN, form, now: new Date() }),
      ),
    );
    const fresh = outcomes.filter((o) => o.kind === 'done' && !o.replayed);
    expect(fresh).toHaveLength(1);
    expect(outcomes.every((o) => o.kind === 'done')).toBe(true);
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(7_500);
  });

  it('a different confirmer after it is done writes nothing', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 10_000 });
    const pending = await startPendingWriteOff(handle.db, ADMIN, charge);
    const form = {
      patientId: charge.patientId,
      charge: String(charge.chargeId),
      amountText: 'all',
      reason: 'small_balance',
    };
    // The form is shown first: "all" applies the outstanding it showed.
    await loadModal(handle.db, { pendingId: pending.id, actorId: ADMIN, now: new Date() });
    const first = await submitPending(handle.db, {
      pendingId: pending.id,
      actorId: ADMIN,
      form,
      now: new Date(),
    });
    expect(first).toMatchObject({ kind: 'done', replayed: false });
    const again = await submitPending(handle.db, {
      pendingId: pending.id,
      actorId: 'cli:someone',
      form,
      now: new Date(),
    });
    expect(again).toMatchObject({ kind: 'done', replayed: true });
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(0);
  });

  it('invalid input is refused with field errors from the rule functions, and nothing is written', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 3_000 });
    const pending = await startPendingWriteOff(handle.db, ADMIN, charge);
    const outcome = await submitPending(handle.db, {
      pendingId: pending.id,
      actorId: ADMIN,
      form: {
        patientId: charge.patientId,
        charge: String(charge.chargeId),
        amountText: '40',
        reason: 'bad_debt',
        note: ' ',
      },
      now: new Date(),
    });
    expect(outcome).toEqual({
      kind: 'invalid',
      codes: ['AMOUNT_EXCEEDS_OUTSTANDING', 'NOTE_REQUIRED'],
      errors: {
        amount:
          'At most $30.00 can be written off on this charge. Next: Enter $30.00 or less, or "all" for everything outstanding.',
        note: '"Bad debt – uncollectible" needs a note with the collection attempts made. Next: Add a note with the collection attempts made; it is the record an auditor will read.',
      },
    });
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(3_000);
  });

  it("the write that stores the action key's record marks it executed with that result, and not if it rolls back", async () => {
    const charge = await createCharge(handle.db, { assessedCents: 10_000 });
    const pending = await startPendingWriteOff(handle.db, ADMIN, charge);
    const params = {
      chargeId: charge.chargeId,
      amountCents: 1_500,
      reason: 'small_balance' as const,
      actor: ADMIN,
      source: 'button' as const,
      idempotencyKey: idempotencyKeyFor(pending.id),
    };
    const rolledBack = new Error('the outer transaction rolls back');
    await expect(
      handle.db.transaction(async (tx) => {
        await writeOff(tx, params);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect((await loadPendingAction(handle.db, pending.id))?.status).toBe('pending');

    // The ledger alone, as a crash right after its commit would leave it: no status step after it.
    const result = await writeOff(handle.db, params);
    if (!result.ok) throw new Error('write-off refused');
    const action = await loadPendingAction(handle.db, pending.id);
    expect(action?.status).toBe('executed');
    expect(action?.result).toEqual(result.value);
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(8_500);
  });

  it('a refused write, and a write under another key, leave the action pending', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 1_000 });
    const pending = await startPendingWriteOff(handle.db, ADMIN, charge);
    const params = {
      chargeId: charge.chargeId,
      reason: 'small_balance' as const,
      actor: ADMIN,
      source: 'button' as const,
    };
    const refused = await writeOff(handle.db, {
      ...params,
      amountCents: 5_000,
      idempotencyKey: idempotencyKeyFor(pending.id),
    });
    expect(refused.ok).toBe(false);
    const other = await writeOff(handle.db, {
      ...params,
      amountCents: 100,
      idempotencyKey: `cli:${pending.id}`,
    });
    expect(other.ok).toBe(true);
    expect((await loadPendingAction(handle.db, pending.id))?.status).toBe('pending');
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(900);
  });
});
