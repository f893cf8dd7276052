/**
 * "Back to the form" on a late result ("Nothing was changed", "try again"): the pending action's
 * form comes back in the same modal, with the choices it remembers, to change and confirm again.
 */
import { errorFacts } from '../../../db/error-facts.ts';
import {
  isPendingId,
  loadModal,
  loadPendingAction,
  mayConfirmForm,
  mayStart,
} from '../../../workflow/index.ts';
import type { SlackDeps } from '../../deps.ts';
import {
  buildActionNotAllowedMessage,
  NOT_YOUR_REQUEST_TEXT,
} from '../../messages/request-message-builder.ts';
import { viewForState } from '../../modal-views.ts';
import { buildFormNoLongerValidModal, buildNoticeModal } from '../../views/notice-modal-builder.ts';
import type { ButtonArgs } from './types.ts';

export function backToFormAction(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const pendingId = action.value ?? '';
    if (!body.view || !isPendingId(pendingId)) return;
    // The form shows a patient's name and figures: only to someone who may act on the request, as
    // its Review & confirm button checks (the value is a request id any payload could carry).
    const pending = await loadPendingAction(deps.db, pendingId);
    if (!pending || !(await mayStart(deps.db, body.user.id, pending.kind))) {
      deps.logger.info('back to a form refused', { userId: body.user.id, known: pending !== null });
      const refusal = pending
        ? buildNoticeModal(
            'Not allowed',
            buildActionNotAllowedMessage(pending.kind, deps.config.BILLING_ADMINS).text,
          )
        : buildFormNoLongerValidModal();
      await client.views
        .update({ view_id: body.view.id, hash: body.view.hash, view: refusal })
        .catch(() => undefined);
      return;
    }
    // Nor to someone else when the request is its requester's alone (`mayConfirmForm`).
    if (!mayConfirmForm(pending, body.user.id)) {
      deps.logger.warn("back to someone else's form refused", { userId: body.user.id, pendingId });
      await client.views
        .update({
          view_id: body.view.id,
          hash: body.view.hash,
          view: buildNoticeModal('Not your request', NOT_YOUR_REQUEST_TEXT),
        })
        .catch(() => undefined);
      return;
    }
    const state = await loadModal(deps.db, { pendingId, actorId: body.user.id, now: deps.clock.now() });
    try {
      await client.views.update({ view_id: body.view.id, hash: body.view.hash, view: viewForState(state) });
    } catch (error) {
      deps.logger.warn('form not shown again', { pendingId, viewId: body.view.id, ...errorFacts(error) });
    }
  };
}
