/**
 * A request taken back by the person who made it ("never mind", or its message deleted): it is
 * cancelled while nobody has opened its form, so Review & confirm then says it was withdrawn.
 * Once a form is open it stays, as that form would confirm what it shows.
 */
import type { Database } from '../db/client.ts';
import { cancelOwnPending, cancelUnopenedPending, loadPendingAction } from './pending-actions.ts';
import type { CorrectionOutcome } from './request-correction.ts';
import type { PendingAction } from './types.ts';

export type WithdrawalOutcome =
  | Exclude<CorrectionOutcome, { kind: 'updated' }>
  | { readonly kind: 'withdrawn' };

/** `userId`: who takes it back, or null when Slack does not say (a deleted message). */
export async function withdrawRequest(
  db: Database,
  params: { readonly pending: PendingAction; readonly userId: string | null },
): Promise<WithdrawalOutcome> {
  const { pending } = params;
  if (params.userId !== null && pending.requestedBy !== params.userId) return { kind: 'not_theirs' };
  if (await cancelUnopenedPending(db, pending.id)) return { kind: 'withdrawn' };
  // Not withdrawn: read again, as it may have been opened or confirmed since the caller read it.
  const now = (await loadPendingAction(db, pending.id)) ?? pending;
  return now.status === 'pending' ? { kind: 'in_review' } : { kind: 'closed' };
}

/**
 * A request made in a DM with the app, taken back by its asker ("never mind", "cancel that"). Only
 * they can open its form, so it is withdrawn while it is unconfirmed, open or not; one confirmed
 * (or withdrawn) already is `closed`.
 */
export async function withdrawDirectRequest(
  db: Database,
  params: { readonly pending: PendingAction; readonly userId: string },
): Promise<WithdrawalOutcome> {
  const { pending } = params;
  if (pending.requestedBy !== params.userId) return { kind: 'not_theirs' };
  if (await cancelOwnPending(db, pending.id, params.userId)) return { kind: 'withdrawn' };
  return { kind: 'closed' };
}
