/**
 * Every action kind's Slack ids and words, by kind. Typed over ActionKind, so a kind added to
 * domain/actions.ts without its module here is a type error (see that file for the recipe).
 * Modal builders are listed in modal-views.ts, not here: they use form blocks that read this
 * table, and listing them here would make an import cycle.
 */
import { type ActionKind, isActionKind } from '../../domain/index.ts';
import type { SlackAction } from './action.ts';
import { approvalSlack } from './approval.ts';
import { cancelPrSlack } from './cancel-pr.ts';
import { refundPaymentSlack } from './refund-payment.ts';
import { smallBalanceBatchSlack } from './small-balance-batch.ts';
import { undoWriteOffSlack } from './undo-write-off.ts';
import { writeOffSlack } from './write-off.ts';

export const SLACK_ACTIONS: { readonly [K in ActionKind]: SlackAction<K> } = {
  write_off: writeOffSlack,
  undo_write_off: undoWriteOffSlack,
  cancel_pr: cancelPrSlack,
  refund_payment: refundPaymentSlack,
  approval: approvalSlack,
  small_balance_batch: smallBalanceBatchSlack,
};

const actions: readonly SlackAction[] = Object.values(SLACK_ACTIONS);

/** The callback_ids of confirm modals acknowledged after the ledger (so a refusal can go on a field). */
export const MODAL_CALLBACKS: readonly string[] = actions
  .filter((a) => !a.submitsInBackground)
  .map((a) => a.callbackId);

/** The callback_ids of confirm modals acknowledged at once, their work reported by message. */
export const BACKGROUND_MODAL_CALLBACKS: readonly string[] = actions
  .filter((a) => a.submitsInBackground)
  .map((a) => a.callbackId);

const kindsByCallback = new Map(actions.map((a) => [a.callbackId, a.kind]));

/** The kind whose confirm modal has this callback_id, if any. */
export function kindOfCallback(callbackId: string): ActionKind | undefined {
  return kindsByCallback.get(callbackId);
}

/** The label of the button that starts a blocker's next step, when that step is an action. */
export function nextStepLabel(nextAction: string): string | null {
  return isActionKind(nextAction) ? SLACK_ACTIONS[nextAction].nextStepLabel : null;
}
