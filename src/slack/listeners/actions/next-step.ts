/** A blocker's next-step button inside a modal ("Refund payment"): push that action's modal. */
import {
  loadPendingAction,
  mayStart,
  NO_HINTS,
  type PendingKind,
  startRequest,
} from '../../../workflow/index.ts';
import type { SlackDeps } from '../../deps.ts';
import { readForm, type StateValues } from '../../form-state.ts';
import { buildNotAllowedMessage } from '../../messages/request-message-builder.ts';
import { openLoading, showPendingModal, updateView } from '../../modal-flow.ts';
import { parseNextStepValue } from '../../views/form-blocks-builder.ts';
import { buildNoticeModal } from '../../views/notice-modal-builder.ts';
import { NOT_ALLOWED_WHAT } from '../commands/start-modal.ts';
import type { ButtonArgs } from './types.ts';

const STARTABLE: Record<string, PendingKind> = {
  refund_payment: 'refund_payment',
  undo_write_off: 'undo_write_off',
  write_off: 'write_off',
  cancel_pr: 'cancel_pr',
};

export function nextStepAction(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const step = parseNextStepValue(action.value ?? '');
    const kind = step ? STARTABLE[step.nextAction] : undefined;
    if (!step || !kind || !body.view) return;
    const userId = body.user.id;
    const target = await openLoading(client, body.trigger_id, kind, 'push');
    if (!(await mayStart(deps.db, userId, kind))) {
      const refusal = buildNotAllowedMessage(NOT_ALLOWED_WHAT[kind]).text;
      await updateView(client, target, buildNoticeModal('Not allowed', refusal));
      return;
    }
    const parent = await loadPendingAction(deps.db, body.view.private_metadata);
    const patientId =
      readForm(body.view.state.values as StateValues).patientId ?? parent?.payload.patientId ?? null;
    const pending = await startRequest(deps.db, {
      kind,
      requestedBy: userId,
      origin: parent?.payload.origin ?? {
        via: 'modal',
        channelId: null,
        threadTs: null,
        requesterId: userId,
      },
      hints: NO_HINTS,
      extra: { patientId, chargeId: step.chargeId },
    });
    if (!pending) throw new Error('invariant: a new pending action always gets created');
    deps.logger.info('next step opened', { pendingId: pending.id, parentId: parent?.id, kind });
    await showPendingModal(deps, client, target, pending.id, userId);
  };
}
