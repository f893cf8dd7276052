/** Which builder renders which modal state; titles for the "Loading…" modal of each kind. */
import type { ModalState, PendingKind } from '../workflow/index.ts';
import type { ModalView } from './views/block-kit.ts';
import { buildCancelModal } from './views/cancel-modal-builder.ts';
import { buildNoticeModal } from './views/notice-modal-builder.ts';
import { buildRefundModal } from './views/refund-modal-builder.ts';
import { buildUndoModal } from './views/undo-modal-builder.ts';
import { buildWriteOffModal } from './views/write-off-modal-builder.ts';

export const MODAL_TITLES: Record<PendingKind, string> = {
  write_off: 'Write off PR',
  undo_write_off: 'Undo a write-off',
  cancel_pr: 'Cancel PR',
  refund_payment: 'Refund a payment',
};

export function viewForState(state: ModalState): ModalView {
  if (state.kind === 'missing') return buildNoticeModal('Not found', 'This request no longer exists.');
  if (state.kind === 'executed')
    return buildNoticeModal('Already done', 'This request was already completed.');
  const { model } = state;
  switch (model.kind) {
    case 'write_off':
      return buildWriteOffModal(model);
    case 'undo_write_off':
      return buildUndoModal(model);
    case 'cancel_pr':
      return buildCancelModal(model);
    case 'refund_payment':
      return buildRefundModal(model);
  }
}
