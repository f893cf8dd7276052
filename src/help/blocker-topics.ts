/**
 * Which help article explains each blocker. Every BlockerCode has an entry (the Record type
 * makes a missing one a compile error, and a test checks the article really covers it).
 */
import type { BlockerCode } from '../domain/blockers.ts';
import type { HelpTopicId } from './topics.ts';

export const BLOCKER_TOPICS: Readonly<Record<BlockerCode, HelpTopicId>> = {
  PR_PAID: 'write-off-blocked',
  NOTHING_OUTSTANDING: 'write-off-blocked',
  PR_CANCELLED: 'write-off-blocked',
  AMOUNT_EXCEEDS_OUTSTANDING: 'write-off-blocked',
  AMOUNT_INVALID: 'write-off-blocked',
  BALANCE_CHANGED: 'write-off-blocked',
  // The reasons article lists the reasons and which one needs which note: what the biller needs next.
  REASON_REQUIRED: 'write-off-reasons',
  NOTE_REQUIRED: 'write-off-reasons',
  NOT_AUTHORIZED: 'write-off-blocked',
  // Above the limit the write-off goes for approval; that article says how approvals work.
  OVER_LIMIT: 'approvals-limits',
  ALREADY_REVERSED: 'undo-write-off',
  REMITTANCE_PR: 'cancel-pr',
  HAS_PAYMENTS: 'cancel-pr',
  HAS_WRITE_OFFS: 'cancel-pr',
  REFUND_EXCEEDS_PAYMENT: 'refund-payment',
  NO_PAYMENT: 'refund-payment',
  SELF_APPROVAL: 'approvals-limits',
  APPROVAL_EXPIRED: 'approvals-limits',
  APPROVAL_DECIDED: 'approvals-limits',
};

/** The action a set of blockers refused; the same code can mean different things per action. */
export type BlockedAction = 'write_off' | 'cancel_pr' | 'refund_payment' | 'undo_write_off';

/**
 * Outside a write-off, codes shared between actions (NOT_AUTHORIZED, REASON_REQUIRED,
 * NOTHING_OUTSTANDING, …) belong to that action's own article: a biller refused a cancel needs
 * the cancel rules, not the write-off ones.
 */
const ACTION_TOPICS: Readonly<Record<Exclude<BlockedAction, 'write_off'>, HelpTopicId>> = {
  cancel_pr: 'cancel-pr',
  refund_payment: 'refund-payment',
  undo_write_off: 'undo-write-off',
};

export function topicForBlocker(code: BlockerCode, action: BlockedAction = 'write_off'): HelpTopicId {
  return action === 'write_off' ? BLOCKER_TOPICS[code] : ACTION_TOPICS[action];
}
