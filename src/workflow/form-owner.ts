/**
 * Who may confirm a pending action's form. Slack delivers a view's submission only from the person
 * it was opened for, but a signed payload can be forged or replayed from someone else: the
 * change would then be made under their name, and its owner would find it "already done". So a
 * form opened for one person (their slash command, their DM, their App Home, their own button)
 * is theirs alone.
 *
 * Two kinds of form are meant for others with the role: a request posted in a requests channel,
 * which any biller may review and confirm, and an approval decision, which every approver opens
 * for themselves and the ledger checks against whoever decides (SELF_APPROVAL, the role, the
 * limit).
 */
import type { PendingAction } from './types.ts';

export function mayConfirmForm(pending: PendingAction, userId: string): boolean {
  if (pending.requestedBy === userId) return true;
  return pending.payload.origin.via === 'request_channel' || pending.kind === 'approval';
}
