/**
 * A blocker's next-step button ("Refund payment", "Undo write-off", "Write off instead"): in a
 * modal it pushes that action's modal; on a help answer (a message) it opens it. Either way the
 * new modal starts from the charge the blocker was about.
 */

import { isActionKind } from '../../../domain/index.ts';
import {
  loadPendingAction,
  mayStart,
  NO_HINTS,
  type RequestOrigin,
  startRequest,
} from '../../../workflow/index.ts';
import type { SlackDeps } from '../../deps.ts';
import { readForm, type StateValues } from '../../form-state.ts';
import { buildActionNotAllowedMessage } from '../../messages/request-message-builder.ts';
import { openLoading, showPendingModal, updateView } from '../../modal-flow.ts';
import { buildNoticeModal } from '../../views/notice-modal-builder.ts';
import { parseNextStepValue } from '../../views/shared-blocks.ts';
import type { ButtonArgs } from './types.ts';

export function nextStepAction(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const step = parseNextStepValue(action.value ?? '');
    const kind = step && isActionKind(step.nextAction) ? step.nextAction : undefined;
    if (!step || !kind) return;
    const userId = body.user.id;
    const inModal = Boolean(body.view);
    const target = await openLoading(client, body.trigger_id, kind, inModal ? 'push' : 'open');
    if (!(await mayStart(deps.db, userId, kind))) {
      const refusal = buildActionNotAllowedMessage(kind, deps.config.BILLING_ADMINS).text;
      await updateView(client, target, buildNoticeModal('Not allowed', refusal));
      return;
    }
    const parent = body.view ? await loadPendingAction(deps.db, body.view.private_metadata) : null;
    const formPatient = body.view ? readForm(body.view.state.values as StateValues).patientId : null;
    const patientId = formPatient ?? parent?.payload.patientId ?? null;
    const pending = await startRequest(deps.db, {
      kind,
      requestedBy: userId,
      origin: parent?.payload.origin ?? buttonOrigin(body, userId),
      hints: NO_HINTS,
      extra: {
        patientId,
        chargeId: step.chargeId,
        // The first request of a chain is what its requester is told about when this is done.
        startedFrom: parent
          ? (parent.payload.startedFrom ?? { pendingId: parent.id, kind: parent.kind })
          : null,
        openedOver: inModal ? (parent?.id ?? null) : null,
      },
    });
    if (!pending) throw new Error('invariant: a new pending action always gets created');
    deps.logger.info('next step opened', { pendingId: pending.id, parentId: parent?.id, kind });
    await showPendingModal(deps, client, target, pending.id, userId);
  };
}

/** A button on a message: the confirmation goes back to that conversation (privately). */
function buttonOrigin(body: ButtonArgs['body'], userId: string): RequestOrigin {
  const threadTs = body.message?.thread_ts ?? body.message?.ts ?? null;
  return { via: 'modal', channelId: body.channel?.id ?? null, threadTs, requesterId: userId };
}
