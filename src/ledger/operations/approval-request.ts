/**
 * A write-off above the requester's limit becomes an approval request instead of an entry: the
 * request row and its audit row are written in the write-off's transaction, under the charge's
 * lock, so the request is exactly what the rules just checked.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client.ts';
import { approvalRequests } from '../../db/schema/index.ts';
import type { Blocker, WriteOffReason } from '../../domain/index.ts';
import { appendAudit, storedNote } from '../append-entry.ts';

/** The figures the limit was checked with, so the requester and the approvers can be told them. */
export interface LimitFigures {
  readonly limitCents: number;
  /** What the requester had already written off for this patient in the last 24 hours. */
  readonly earlierCents: number;
}

/** What a write-off returns when it was sent for approval; nothing is in the ledger yet. */
export interface ApprovalRequested {
  readonly approvalRequested: true;
  readonly approvalId: string;
  readonly chargeId: number;
  readonly amountCents: number;
  /** Why it needs approval (OVER_LIMIT, with the figures), so "why can't I?" can say so. */
  readonly overLimit: Blocker;
  /** Absent from results stored before it was kept. */
  readonly limit?: LimitFigures;
}

export function isApprovalRequested(value: unknown): value is ApprovalRequested {
  return typeof value === 'object' && value !== null && 'approvalRequested' in value;
}

export interface NewApprovalRequest {
  readonly chargeId: number;
  readonly amountCents: number;
  readonly reason: WriteOffReason;
  readonly note: string | null | undefined;
  readonly requestedBy: string;
  /** The write-off's idempotency key; one request per key. */
  readonly sourceKey: string;
  readonly overLimit: Blocker;
  readonly limit: LimitFigures | null;
}

/** Caller holds the charge's lock and found OVER_LIMIT the only blocker. */
export async function insertApprovalRequest(
  tx: Transaction,
  request: NewApprovalRequest,
): Promise<ApprovalRequested> {
  const { overLimit: _why, limit: _figures, ...columns } = request;
  const [created] = await tx
    .insert(approvalRequests)
    .values({ ...columns, id: randomUUID(), note: storedNote(request.note) })
    .onConflictDoNothing({ target: approvalRequests.sourceKey })
    .returning({ id: approvalRequests.id });
  const id = created?.id ?? (await existingId(tx, request.sourceKey));
  if (created) {
    await appendAudit(tx, {
      actor: request.requestedBy,
      action: 'approval_requested',
      targetType: 'approval',
      targetId: id,
      details: { chargeId: request.chargeId, amountCents: request.amountCents, reason: request.reason },
    });
  }
  return {
    approvalRequested: true,
    approvalId: id,
    chargeId: request.chargeId,
    amountCents: request.amountCents,
    overLimit: request.overLimit,
    ...(request.limit ? { limit: request.limit } : {}),
  };
}

async function existingId(tx: Transaction, sourceKey: string): Promise<string> {
  const [row] = await tx
    .select({ id: approvalRequests.id })
    .from(approvalRequests)
    .where(eq(approvalRequests.sourceKey, sourceKey));
  if (!row) throw new Error('invariant: an approval request conflicted on its key but is not there');
  return row.id;
}
