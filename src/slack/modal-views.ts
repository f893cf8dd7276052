/** Which builder renders which modal state, by kind. */
import type { ActionKind } from '../domain/index.ts';
import type { ActionModels, ModalModel, ModalState } from '../workflow/index.ts';
import { withOtherPatientsOnForm } from './messages/other-patients-note.ts';
import { NOT_YOUR_REQUEST_TEXT } from './messages/request-message-builder.ts';
import { buildApprovalModal } from './views/approval-modal-builder.ts';
import type { ModalView } from './views/block-kit.ts';
import { buildCancelModal } from './views/cancel-modal-builder.ts';
import { buildExpiredModal, buildNoticeModal } from './views/notice-modal-builder.ts';
import { buildRefundModal } from './views/refund-modal-builder.ts';
import { withRepeatConfirmation } from './views/repeat-blocks.ts';
import { buildSmallBalanceBatchModal } from './views/small-balance-batch-modal-builder.ts';
import { buildUndoModal } from './views/undo-modal-builder.ts';
import { buildWriteOffModal } from './views/write-off-modal-builder.ts';

/** Each kind's pure confirm-modal builder; a kind without one is a type error. */
const MODAL_BUILDERS: { readonly [K in ActionKind]: (model: ActionModels[K]) => ModalView } = {
  write_off: buildWriteOffModal,
  undo_write_off: buildUndoModal,
  cancel_pr: buildCancelModal,
  refund_payment: buildRefundModal,
  approval: buildApprovalModal,
  small_balance_batch: buildSmallBalanceBatchModal,
};

function buildFor<K extends ActionKind>(kind: K, model: ActionModels[K]): ModalView {
  return MODAL_BUILDERS[kind](model);
}

function buildActionModal(model: ModalModel): ModalView {
  return buildFor(model.kind, model);
}

export function viewForState(state: ModalState): ModalView {
  if (state.kind === 'missing') return buildNoticeModal('Not found', 'This request no longer exists.');
  if (state.kind === 'executed')
    return buildNoticeModal('Already done', 'This request was already completed.');
  if (state.kind === 'expired') return buildExpiredModal();
  if (state.kind === 'not_yours') return buildNoticeModal('Not your request', NOT_YOUR_REQUEST_TEXT);
  const form = withRepeatConfirmation(buildActionModal(state.model), state.model.repeat);
  // "… and $35 for Bob Smith": the others named, whom this form does nothing for, at its top.
  return withOtherPatientsOnForm(form, state.model.otherPatients);
}
