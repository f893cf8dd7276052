/** Approval requests as the workflow shows them: to approvers, to the requester, on App Home. */
import { and, asc, eq, gt, inArray, ne, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { approvalRequests, charges, patients, users } from '../../db/schema/index.ts';
import { APPROVAL_TTL_MS, type ApprovalStatus, type WriteOffReason } from '../../domain/index.ts';

export interface ApprovalView {
  readonly id: string;
  readonly chargeId: number;
  readonly patientId: number;
  readonly patientFirstName: string;
  readonly patientLastName: string;
  readonly dateOfService: string;
  readonly chargeDescription: string;
  readonly amountCents: number;
  readonly reason: WriteOffReason;
  readonly note: string | null;
  readonly requestedBy: string;
  readonly status: ApprovalStatus;
  readonly decidedBy: string | null;
  readonly decisionNote: string | null;
  readonly entryId: number | null;
  readonly createdAt: Date;
  /** The write-off's idempotency key: a Slack confirm's names its pending action. */
  readonly sourceKey: string;
}

const MAX_LISTED = 20;

const columns = {
  id: approvalRequests.id,
  chargeId: approvalRequests.chargeId,
  patientId: charges.patientId,
  patientFirstName: patients.firstName,
  patientLastName: patients.lastName,
  dateOfService: charges.dateOfService,
  chargeDescription: charges.description,
  amountCents: approvalRequests.amountCents,
  reason: approvalRequests.reason,
  note: approvalRequests.note,
  requestedBy: approvalRequests.requestedBy,
  status: approvalRequests.status,
  decidedBy: approvalRequests.decidedBy,
  decisionNote: approvalRequests.decisionNote,
  entryId: approvalRequests.entryId,
  createdAt: approvalRequests.createdAt,
  sourceKey: approvalRequests.sourceKey,
};

function selectApprovals(db: Executor) {
  return db
    .select(columns)
    .from(approvalRequests)
    .innerJoin(charges, eq(charges.id, approvalRequests.chargeId))
    .innerJoin(patients, eq(patients.id, charges.patientId));
}

function toView(row: Awaited<ReturnType<ReturnType<typeof selectApprovals>['execute']>>[number]) {
  return { ...row, reason: row.reason as WriteOffReason } satisfies ApprovalView;
}

export async function getApproval(db: Executor, approvalId: string): Promise<ApprovalView | null> {
  const [row] = await selectApprovals(db).where(eq(approvalRequests.id, approvalId));
  return row ? toView(row) : null;
}

/** Pending, unexpired requests someone other than `userId` made: what that user could decide. */
export function listOpenApprovals(
  db: Executor,
  params: { excludeRequester: string; now: Date },
): Promise<ApprovalView[]> {
  return listPending(db, params.now, ne(approvalRequests.requestedBy, params.excludeRequester));
}

/** Pending, unexpired requests `userId` made: what they are waiting for (their App Home). */
export function listWaitingRequestsOf(
  db: Executor,
  params: { requestedBy: string; now: Date },
): Promise<ApprovalView[]> {
  return listPending(db, params.now, eq(approvalRequests.requestedBy, params.requestedBy));
}

/** Pending and made within the last 7 days (older ones are expired), oldest first, by requester. */
async function listPending(db: Executor, now: Date, byRequester: SQL): Promise<ApprovalView[]> {
  const notBefore = new Date(now.getTime() - APPROVAL_TTL_MS);
  const rows = await selectApprovals(db)
    .where(
      and(eq(approvalRequests.status, 'pending'), gt(approvalRequests.createdAt, notBefore), byRequester),
    )
    .orderBy(asc(approvalRequests.createdAt))
    .limit(MAX_LISTED);
  return rows.map(toView);
}

/** Everyone who may decide approvals, for DMs when no approvals channel is set. */
export async function listApprovers(db: Executor): Promise<{ userId: string; limitCents: number | null }[]> {
  const rows = await db
    .select({ userId: users.userId, limitCents: users.limitCents })
    .from(users)
    .where(inArray(users.role, ['billing_manager', 'admin']))
    .orderBy(asc(users.userId))
    .limit(MAX_LISTED);
  return rows.filter((r) => !r.userId.startsWith('cli:'));
}
