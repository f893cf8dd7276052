/**
 * The Approve and Reject buttons of a request: who may open the decision modal, and what App
 * Home lists for those who can decide. The decision itself is the `approval` action kind
 * (actions/approval.ts), checked again by the ledger under the request's lock.
 */
import type { Database } from '../db/client.ts';
import { type ActorFacts, type Blocker, can, checkApprovalDecision } from '../domain/index.ts';
import { getApproval, listOpenApprovals, loadActor, recordApprovalRefusal } from '../ledger/index.ts';
import { type ApprovalCard, approvalCard } from './approval-card.ts';
import { startRequest } from './requests.ts';
import { type ApprovalChoice, NO_HINTS, type PendingAction, type RequestOrigin } from './types.ts';

export type ApprovalStart =
  | { readonly kind: 'missing' }
  | { readonly kind: 'refused'; readonly blockers: readonly Blocker[] }
  | { readonly kind: 'ready'; readonly pending: PendingAction };

/**
 * A button press: refused at once (and audited) when the rules already say no: the requester
 * themselves, someone without the role, a decided or expired request. Otherwise a pending
 * `approval` action for this user's modal.
 */
export async function startApprovalDecision(
  db: Database,
  params: { approvalId: string; decision: ApprovalChoice; userId: string; origin: RequestOrigin; now: Date },
): Promise<ApprovalStart> {
  const approval = await getApproval(db, params.approvalId);
  if (!approval) return { kind: 'missing' };
  const blockers = checkApprovalDecision(approval, await loadActor(db, params.userId), params.now);
  if (blockers.length > 0) {
    await recordApprovalRefusal(db, { approvalId: approval.id, decidedBy: params.userId, blockers });
    return { kind: 'refused', blockers };
  }
  const pending = await startRequest(db, {
    kind: 'approval',
    requestedBy: params.userId,
    origin: params.origin,
    hints: NO_HINTS,
    extra: { approvalId: approval.id, decision: params.decision },
  });
  if (!pending) throw new Error('invariant: a new pending action always gets created');
  return { kind: 'ready', pending };
}

/**
 * Pending requests this user may decide (none for those without the role), oldest first. Pass
 * the actor when the caller has already read it.
 */
export async function decidableApprovals(
  db: Database,
  userId: string,
  now: Date,
  known?: ActorFacts,
): Promise<ApprovalCard[]> {
  const actor = known ?? (await loadActor(db, userId));
  if (!can(actor.role, 'approve')) return [];
  const open = await listOpenApprovals(db, { excludeRequester: userId, now });
  return open.map((view) => approvalCard(view, now));
}
