/** What the approver's own modal shows: the full request, with the patient's full name. */
import type { Database } from '../../db/client.ts';
import {
  checkApprovalDecision,
  checkApproverLimit,
  formatCents,
  writeOffReasonInfo,
} from '../../domain/index.ts';
import { getApproval, loadActor, sumRecentlyLetThrough } from '../../ledger/index.ts';
import { type ShownBlocker, shownBlocker } from '../charge-choices.ts';
import type { ApprovalChoice } from '../types.ts';
import type { ModelParams } from './action.ts';

export interface ApprovalModel {
  readonly pendingId: string;
  readonly decision: ApprovalChoice;
  /** Null when the request no longer exists. */
  readonly request: {
    readonly patientName: string;
    readonly chargeLabel: string;
    readonly amountText: string;
    readonly reasonLabel: string;
    readonly note: string | null;
    readonly requestedBy: string;
  } | null;
  /** What the approver typed: a note for the requester, or the reason for rejecting. */
  readonly decisionNote: string;
  /** Why this user cannot decide it now (decided meanwhile, expired…). */
  readonly blocker: ShownBlocker | null;
}

export async function loadApprovalModel(db: Database, params: ModelParams): Promise<ApprovalModel> {
  const { pending, form = {} } = params;
  const decision = pending.payload.decision ?? 'approve';
  const approval = pending.payload.approvalId ? await getApproval(db, pending.payload.approvalId) : null;
  const base = { pendingId: pending.id, decision, decisionNote: form.note ?? '' };
  if (!approval) return { ...base, request: null, blocker: null };
  const decider = await loadActor(db, params.actorId);
  const earlier =
    decision === 'approve' && decider.limitCents !== null
      ? await sumRecentlyLetThrough(db, params.actorId, approval.chargeId)
      : 0;
  // Said before they press Approve, as the ledger will refuse it (rejecting stays open to them).
  const [first] = [
    ...checkApprovalDecision(approval, decider, new Date()),
    ...(decision === 'approve' ? checkApproverLimit(approval.amountCents, decider, earlier) : []),
  ];
  return {
    ...base,
    request: {
      patientName: `${approval.patientFirstName} ${approval.patientLastName}`,
      chargeLabel: `${approval.chargeDescription} (${approval.dateOfService})`,
      amountText: formatCents(approval.amountCents),
      reasonLabel: writeOffReasonInfo(approval.reason).label,
      note: approval.note,
      requestedBy: approval.requestedBy,
    },
    blocker: first ? shownBlocker(first, approval.chargeId, decider) : null,
  };
}
