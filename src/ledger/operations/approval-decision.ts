/**
 * Approving or rejecting a write-off request, once. The request row is locked first (then the
 * charge), so two approvers, or an approve racing a reject, are decided one after the other: the
 * second finds it decided (APPROVAL_DECIDED). Approving checks every write-off rule again; the
 * entry names the requester as actor with source `approval`, and its audit row the approver.
 */
import { eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { approvalRequests } from '../../db/schema/index.ts';
import {
  type Blocker,
  checkApprovalDecision,
  checkApprovedWriteOff,
  checkApproverLimit,
  type WriteOffReason,
} from '../../domain/index.ts';
import { loadActor } from '../actors.ts';
import { appendAudit, appendEntry, storedNote } from '../append-entry.ts';
import { chargeFacts, lockCharge } from '../charge-lock-and-facts.ts';
import { NotFoundError } from '../errors.ts';
import { runIdempotent } from '../idempotency.ts';
import { limitLocks, sumRecentlyLetThrough } from '../queries/recent-write-offs.ts';
import { blocked, type LedgerResult } from '../result.ts';

export interface ApprovalDecision {
  readonly approvalId: string;
  readonly decision: 'approved' | 'rejected';
  readonly chargeId: number;
  readonly amountCents: number;
  readonly requestedBy: string;
  /** The write-off written on approval; null for a rejection. */
  readonly entryId: number | null;
  readonly outstandingCents: number | null;
}

export interface DecideParams {
  readonly approvalId: string;
  readonly decidedBy: string;
  readonly idempotencyKey: string;
  /** Whoever decides at this moment; tests pass their own clock. */
  readonly now?: Date;
}

type ApprovalRow = typeof approvalRequests.$inferSelect;

export async function approveWriteOff(
  db: Database,
  params: DecideParams & { readonly note?: string | null },
): Promise<LedgerResult<ApprovalDecision>> {
  const { idempotencyKey, now, ...payload } = params;
  const decisionNote = storedNote(params.note);
  return runIdempotent<ApprovalDecision>(
    db,
    // The approver's limit lock: two approvals of theirs at once count each other (sumRecentlyLetThrough).
    { key: idempotencyKey, operation: 'approve_write_off', payload, locks: limitLocks(params.decidedBy) },
    async (tx) => {
      const request = await lockRequest(tx, params.approvalId);
      const refused = await decisionBlockers(tx, request, params.decidedBy, now ?? new Date());
      if (refused.length > 0) return refuse(tx, request, params.decidedBy, refused);
      const approver = await loadActor(tx, params.decidedBy);
      const earlier =
        approver.limitCents === null
          ? 0
          : await sumRecentlyLetThrough(tx, params.decidedBy, request.chargeId);
      const overOwnLimit = checkApproverLimit(request.amountCents, approver, earlier);
      if (overOwnLimit.length > 0) return refuse(tx, request, params.decidedBy, overOwnLimit);
      const charge = await lockCharge(tx, request.chargeId);
      const requester = await loadActor(tx, request.requestedBy);
      // The approval is what lifts the requester's limit; every other rule applies as it would,
      // told to the approver and the requester (the domain words it for each).
      const blockers = checkApprovedWriteOff(
        await chargeFacts(tx, charge),
        { amountCents: request.amountCents, reason: request.reason as WriteOffReason, note: request.note },
        requester,
      );
      if (blockers.length > 0) return refuse(tx, request, params.decidedBy, blockers);
      const entry = await appendEntry(
        tx,
        {
          chargeId: charge.id,
          kind: 'write_off',
          amountCents: request.amountCents,
          actor: request.requestedBy,
          source: 'approval',
          reason: request.reason,
          note: request.note,
          idempotencyKey,
        },
        {
          audit: {
            actor: request.requestedBy,
            action: 'write_off',
            targetType: 'charge',
            targetId: charge.id,
            details: {
              amountCents: request.amountCents,
              reason: request.reason,
              approvedBy: params.decidedBy,
              approvalId: request.id,
            },
          },
        },
      );
      await markDecided(tx, request.id, {
        status: 'approved',
        decidedBy: params.decidedBy,
        entryId: entry.id,
        decisionNote,
      });
      await appendAudit(tx, {
        actor: params.decidedBy,
        action: 'approval_approved',
        targetType: 'approval',
        targetId: request.id,
        details: {
          chargeId: charge.id,
          entryId: entry.id,
          amountCents: request.amountCents,
          requestedBy: request.requestedBy,
        },
      });
      return decided(request, 'approved', entry.id, charge.outstandingCents - request.amountCents);
    },
  );
}

export async function rejectApproval(
  db: Database,
  params: DecideParams & { readonly reason: string },
): Promise<LedgerResult<ApprovalDecision>> {
  const { idempotencyKey, now, ...payload } = params;
  const reason = storedNote(params.reason);
  if (!reason) throw new Error('invariant: a rejection needs a reason');
  return runIdempotent<ApprovalDecision>(
    db,
    { key: idempotencyKey, operation: 'reject_approval', payload },
    async (tx) => {
      const request = await lockRequest(tx, params.approvalId);
      const refused = await decisionBlockers(tx, request, params.decidedBy, now ?? new Date());
      if (refused.length > 0) return refuse(tx, request, params.decidedBy, refused);
      await markDecided(tx, request.id, {
        status: 'rejected',
        decidedBy: params.decidedBy,
        decisionNote: reason,
      });
      await appendAudit(tx, {
        actor: params.decidedBy,
        action: 'approval_rejected',
        targetType: 'approval',
        targetId: request.id,
        details: {
          chargeId: request.chargeId,
          amountCents: request.amountCents,
          requestedBy: request.requestedBy,
        },
      });
      return decided(request, 'rejected', null, null);
    },
  );
}

/** A refusal shown before any modal (the button itself): audited on its own. */
export async function recordApprovalRefusal(
  db: Database,
  params: { approvalId: string; decidedBy: string; blockers: readonly Blocker[] },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(approvalRequests)
      .where(eq(approvalRequests.id, params.approvalId));
    if (request) await auditRefusal(tx, request, params.decidedBy, params.blockers);
  });
}

async function lockRequest(tx: Transaction, approvalId: string): Promise<ApprovalRow> {
  const [row] = await tx
    .select()
    .from(approvalRequests)
    .where(eq(approvalRequests.id, approvalId))
    .for('update');
  if (!row) throw new NotFoundError('approval request', approvalId);
  return row;
}

async function decisionBlockers(tx: Transaction, request: ApprovalRow, decidedBy: string, now: Date) {
  return checkApprovalDecision(request, await loadActor(tx, decidedBy), now);
}

async function refuse(
  tx: Transaction,
  request: ApprovalRow,
  decidedBy: string,
  blockers: readonly Blocker[],
) {
  await auditRefusal(tx, request, decidedBy, blockers);
  return blocked(blockers);
}

function auditRefusal(
  tx: Transaction,
  request: ApprovalRow,
  decidedBy: string,
  blockers: readonly Blocker[],
) {
  return appendAudit(tx, {
    actor: decidedBy,
    action: 'approval_refused',
    targetType: 'approval',
    targetId: request.id,
    details: { chargeId: request.chargeId, codes: blockers.map((b) => b.code) },
  });
}

async function markDecided(
  tx: Transaction,
  approvalId: string,
  decision: {
    status: 'approved' | 'rejected';
    decidedBy: string;
    entryId?: number;
    decisionNote?: string | null;
  },
): Promise<void> {
  const rows = await tx
    .update(approvalRequests)
    .set({ ...decision, decidedAt: sql`now()` })
    .where(eq(approvalRequests.id, approvalId))
    .returning({ id: approvalRequests.id });
  if (rows.length !== 1) throw new Error(`invariant: approval request ${approvalId} was not updated`);
}

function decided(
  request: ApprovalRow,
  decision: ApprovalDecision['decision'],
  entryId: number | null,
  outstandingCents: number | null,
): LedgerResult<ApprovalDecision> {
  const value = {
    approvalId: request.id,
    decision,
    chargeId: request.chargeId,
    amountCents: request.amountCents,
    requestedBy: request.requestedBy,
    entryId,
    outstandingCents,
  };
  return { ok: true, replayed: false, value };
}
