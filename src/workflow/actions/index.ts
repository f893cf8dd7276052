/**
 * Every action kind's workflow steps, by kind. Typed over ActionKind, so a kind added to
 * domain/actions.ts without its module here is a type error (see that file for the recipe).
 */
import type { ActionKind } from '../../domain/index.ts';
import type { RecentRepeat } from '../repeats.ts';
import type { WorkflowAction } from './action.ts';
import { approvalAction } from './approval.ts';
import { cancelPrAction } from './cancel-pr.ts';
import { refundPaymentAction } from './refund-payment.ts';
import { smallBalanceBatchAction } from './small-balance-batch.ts';
import { undoWriteOffAction } from './undo-write-off.ts';
import { writeOffAction } from './write-off.ts';

export const WORKFLOW_ACTIONS = {
  write_off: writeOffAction,
  undo_write_off: undoWriteOffAction,
  cancel_pr: cancelPrAction,
  refund_payment: refundPaymentAction,
  approval: approvalAction,
  small_balance_batch: smallBalanceBatchAction,
} satisfies { [K in ActionKind]: WorkflowAction<K, unknown, unknown, unknown> };

/** The model each kind's confirm modal shows, by kind. */
export type ActionModels = {
  [K in ActionKind]: Awaited<ReturnType<(typeof WORKFLOW_ACTIONS)[K]['loadModel']>>;
};

/** A modal's model, tagged with its kind so a front end picks the view for it. */
export type ModalModel = {
  [K in ActionKind]: {
    readonly kind: K;
    readonly repeat: RecentRepeat | null;
    /** Further patients the request named, which this form does nothing for (RequestHints). */
    readonly otherPatients?: readonly string[];
  } & ActionModels[K];
}[ActionKind];

export type { ApprovalModel } from './approval-model.ts';
export type { CancelModel } from './cancel-pr.ts';
export type { RefundModel } from './refund-model.ts';
export type { BatchPreviewRow, SmallBalanceBatchModel } from './small-balance-batch-model.ts';
export type { UndoModel } from './undo-model.ts';
export type { WriteOffModel } from './write-off-model.ts';
