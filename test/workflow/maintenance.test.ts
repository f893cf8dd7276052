/**
 * The upkeep run at app start and every hour (issue 9 "Also", issue 10): approval requests past
 * their 7 days are marked expired with an audit row, pending actions older than 7 days cannot
 * be confirmed, and executed or expired pending actions older than 30 days are deleted. The
 * clock is a parameter: time moves, nothing sleeps.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { approvalRequests, auditLog, idempotencyRecords, pendingActions } from '../../src/db/schema/index.ts';
import {
  approveWriteOff,
  bootstrapAdmins,
  claimApprovalNotice,
  getCharge,
  isApprovalRequested,
  writeOffOrRequestApproval,
} from '../../src/ledger/index.ts';
import { loadModal, loadPendingAction, runMaintenance, submitPending } from '../../src/workflow/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge, expectOk, startPendingWriteOff } from '../support/fixtures.ts';
import { grantTeam } from '../support/team.ts';

const ADMIN = 'UMAINTADM1';
const BILLER = 'UMAINTBIL1';
const DAY_MS = 24 * 60 * 60 * 1000;
const daysLater = (days: number) => new Date(Date.now() + days * DAY_MS);

describeEachDatabase('maintenance', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await bootstrapAdmins(handle.db, [ADMIN]);
    await grantTeam(handle, [{ userId: BILLER, role: 'biller', limitCents: 10_000 }], ADMIN);
  });

  afterAll(async () => {
    await handle?.close();
  });

  it('a pending action older than 7 days shows as expired and writes nothing', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 5_000 });
    const pending = await startPendingWriteOff(handle.db, ADMIN, charge);
    const form = {
      patientId: charge.patientId,
      charge: String(charge.chargeId),
      amountText: '10',
      reason: 'small_balance',
    };

    const shownAfterSixDays = await loadModal(handle.db, {
      pendingId: pending.id,
      actorId: ADMIN,
      now: daysLater(6),
    });
    expect(shownAfterSixDays.kind).toBe('open');
    const state = await loadModal(handle.db, { pendingId: pending.id, actorId: ADMIN, now: daysLater(7.01) });
    expect(state).toEqual({ kind: 'expired' });
    const outcome = await submitPending(handle.db, {
      pendingId: pending.id,
      actorId: ADMIN,
      form,
      now: daysLater(8),
    });
    expect(outcome).toEqual({ kind: 'expired' });
    expect((await loadPendingAction(handle.db, pending.id))?.status).toBe('pending');
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(5_000);
  });

  it('prunes executed and expired pending actions after 30 days, and keeps younger ones', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 5_000 });
    const executed = await startPendingWriteOff(handle.db, ADMIN, charge);
    const form = {
      patientId: charge.patientId,
      charge: String(charge.chargeId),
      amountText: '10',
      reason: 'small_balance',
    };
    expect(
      await submitPending(handle.db, { pendingId: executed.id, actorId: ADMIN, form, now: new Date() }),
    ).toMatchObject({
      kind: 'done',
    });
    const abandoned = await startPendingWriteOff(handle.db, ADMIN, charge);

    // Eight days on, the abandoned one has expired but is kept (a late click still says "expired").
    await runMaintenance(handle.db, daysLater(8));
    expect(await loadPendingAction(handle.db, executed.id)).not.toBeNull();
    expect(await loadPendingAction(handle.db, abandoned.id)).not.toBeNull();

    const result = await runMaintenance(handle.db, daysLater(31));
    expect(result.prunedPendingActions).toBeGreaterThanOrEqual(2);
    expect(await loadPendingAction(handle.db, executed.id)).toBeNull();
    expect(await loadPendingAction(handle.db, abandoned.id)).toBeNull();
    // The ledger keeps what was done.
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(4_000);
    const remaining = await handle.db.select().from(pendingActions).where(eq(pendingActions.id, executed.id));
    expect(remaining).toHaveLength(0);
  });

  it('deletes claims of sent approval notices after 30 days, so the table does not grow for ever', async () => {
    const approvalId = randomUUID();
    expect(await claimApprovalNotice(handle.db, approvalId, 'requester lost role')).toBe(true);
    // Claimed: the same notice is not sent twice.
    expect(await claimApprovalNotice(handle.db, approvalId, 'requester lost role')).toBe(false);
    const claimKeys = async () =>
      (await handle.db.select().from(idempotencyRecords)).filter((r) => r.key.includes(approvalId));

    expect((await runMaintenance(handle.db, daysLater(29))).prunedNoticeClaims).toBe(0);
    expect(await claimKeys()).toHaveLength(1);
    expect((await runMaintenance(handle.db, daysLater(31))).prunedNoticeClaims).toBeGreaterThanOrEqual(1);
    expect(await claimKeys()).toHaveLength(0);
    // A ledger mutation's own record is no notice claim and stays.
    expect((await handle.db.select().from(idempotencyRecords)).some((r) => r.operation === 'write_off')).toBe(
      true,
    );
  });

  it('marks approval requests older than 7 days expired, audited; deciding one is APPROVAL_EXPIRED', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 50_000 });
    const requested = await expectOk(
      writeOffOrRequestApproval(handle.db, {
        chargeId: charge.chargeId,
        amountCents: 25_000,
        reason: 'small_balance',
        actor: BILLER,
        source: 'slash_command',
        idempotencyKey: randomUUID(),
      }),
    );
    if (!isApprovalRequested(requested)) throw new Error('expected an approval request');
    const fresh = await expectOk(
      writeOffOrRequestApproval(handle.db, {
        chargeId: charge.chargeId,
        amountCents: 30_000,
        reason: 'small_balance',
        actor: BILLER,
        source: 'slash_command',
        idempotencyKey: randomUUID(),
      }),
    );
    if (!isApprovalRequested(fresh)) throw new Error('expected an approval request');
    // The second request is a day younger than the first.
    await handle.db
      .update(approvalRequests)
      .set({ createdAt: new Date(Date.now() - DAY_MS) })
      .where(eq(approvalRequests.id, requested.approvalId));

    const result = await runMaintenance(handle.db, daysLater(6.5));

    expect(result.expiredApprovalIds).toContain(requested.approvalId);
    expect(result.expiredApprovalIds).not.toContain(fresh.approvalId);
    const [row] = await handle.db
      .select()
      .from(approvalRequests)
      .where(eq(approvalRequests.id, requested.approvalId));
    expect(row).toMatchObject({ status: 'expired', decidedBy: null, entryId: null });
    const audit = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'approval_expired'), eq(auditLog.targetId, requested.approvalId)));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor).toBe('maintenance');
    // A second run changes nothing more.
    expect((await runMaintenance(handle.db, daysLater(6.5))).expiredApprovalIds).not.toContain(
      requested.approvalId,
    );

    const decided = await approveWriteOff(handle.db, {
      approvalId: requested.approvalId,
      decidedBy: ADMIN,
      idempotencyKey: randomUUID(),
    });
    expect(decided.ok).toBe(false);
    if (!decided.ok) expect(decided.blockers.map((b) => b.code)).toEqual(['APPROVAL_EXPIRED']);
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(50_000);
  });
});
