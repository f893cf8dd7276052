/**
 * Deciding an approval request: approve (the write-off is applied as the requester's, source
 * `approval`) or reject with a reason. The ledger checks the decision and every write-off rule
 * under the request's lock; a write-off rule that now blocks it is also reported to the requester.
 */
import type { Blocker, BlockerCode } from '../../domain/index.ts';
import {
  type ApprovalDecision,
  approveWriteOff,
  getApproval,
  getCharge,
  rejectApproval,
} from '../../ledger/index.ts';
import { firstNoticeOfRefusal, loadApprovalCard } from '../approval-card.ts';
import { chargeName } from '../charge-choices.ts';
import type { RefusalNotice } from '../outcomes.ts';
import type { ApprovalChoice } from '../types.ts';
import { summaryBasics, type WorkflowAction } from './action.ts';
import { type ApprovalModel, loadApprovalModel } from './approval-model.ts';

interface ApprovalTarget {
  readonly approvalId: string;
  readonly decision: ApprovalChoice;
  readonly note: string | null;
}

/**
 * Refusals about who decides, or when: the requester's write-off itself is not in question.
 * NOT_AUTHORIZED is also the requester's lost role: they have no access to tell any more, and
 * the approver is asked to reject it, which they hear.
 */
const DECISION_CODES: readonly BlockerCode[] = [
  'SELF_APPROVAL',
  'APPROVAL_EXPIRED',
  'APPROVAL_DECIDED',
  'NOT_AUTHORIZED',
];

export const approvalAction: WorkflowAction<'approval', ApprovalModel, ApprovalTarget, ApprovalDecision> = {
  kind: 'approval',
  // Only a rejection without its reason belongs under the note (resolve says so there); what the
  // rules refuse (less outstanding than requested, the approver's own limit) no note can fix.
  blockerField: 'note',
  refusalsCloseForm: true,
  loadModel: loadApprovalModel,

  async resolve(db, { pending, note }) {
    const approval = pending.payload.approvalId ? await getApproval(db, pending.payload.approvalId) : null;
    if (!approval) return { kind: 'invalid', errors: { note: 'This request no longer exists.' } };
    const decision = pending.payload.decision ?? 'approve';
    if (decision === 'reject' && !note) {
      return { kind: 'invalid', errors: { note: 'Say why it is rejected; the requester reads it.' } };
    }
    return {
      kind: 'ready',
      target: { approvalId: approval.id, decision, note },
      chargeId: approval.chargeId,
    };
  },

  execute(db, target, ctx, idempotencyKey) {
    const params = { approvalId: target.approvalId, decidedBy: ctx.actorId, idempotencyKey };
    return target.decision === 'approve'
      ? approveWriteOff(db, { ...params, note: target.note })
      : rejectApproval(db, { ...params, reason: target.note ?? '' });
  },

  async summarize(db, target, value, ctx) {
    const charge = await getCharge(db, value.chargeId);
    const card = await loadApprovalCard(db, target.approvalId, new Date());
    if (!card)
      throw new Error(`invariant: approval request ${target.approvalId} vanished after its decision`);
    return {
      kind: 'approval',
      amountCents: value.amountCents,
      outstandingCents: value.outstandingCents ?? charge?.outstandingCents ?? 0,
      patientName: charge?.patientName ?? 'the patient',
      patientInitials: card.patientInitials,
      chargeLabel: charge ? chargeName(charge) : `charge ${value.chargeId}`,
      reasonLabel: card.reasonLabel,
      undoPendingId: null,
      approval: card,
      ledgerRef: {
        entryIds: value.entryId ? [value.entryId] : [],
        chargeIds: [value.chargeId],
        approvalId: target.approvalId,
      },
      ...summaryBasics(ctx),
    };
  },

  async noticesOnRefusal(db, target, blockers) {
    if (blockers.some((b: Blocker) => DECISION_CODES.includes(b.code))) return [];
    if (!(await firstNoticeOfRefusal(db, target.approvalId, blockers))) return [];
    const card = await loadApprovalCard(db, target.approvalId, new Date());
    const notice: RefusalNotice | null = card ? { kind: 'approval_blocked', card, blockers } : null;
    return notice ? [notice] : [];
  },
};
