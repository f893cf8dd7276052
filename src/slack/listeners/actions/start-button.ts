/**
 * A button under the "what I can do" reply ("Write off", "Refund a payment", …): opens that
 * action's form, empty, for someone whose role allows it. The confirmation goes back privately
 * to the conversation the button was in.
 */
import { mayStart, NO_HINTS, type RequestOrigin, startRequest } from '../../../workflow/index.ts';
import type { SlackDeps } from '../../deps.ts';
import { buildActionNotAllowedMessage } from '../../messages/request-message-builder.ts';
import { parseStartValue } from '../../messages/usage-message-builder.ts';
import { openLoading, showPendingModal, updateView } from '../../modal-flow.ts';
import { buildNoticeModal } from '../../views/notice-modal-builder.ts';
import type { ButtonArgs } from './types.ts';

export function startButtonAction(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const kind = parseStartValue(action.value ?? '');
    if (!kind) return;
    const userId = body.user.id;
    // The reply may itself be shown in a modal (/billing behind a Loading modal): push onto it.
    const target = await openLoading(client, body.trigger_id, kind, body.view ? 'push' : 'open');
    if (!(await mayStart(deps.db, userId, kind))) {
      const refusal = buildActionNotAllowedMessage(kind, deps.config.BILLING_ADMINS).text;
      await updateView(client, target, buildNoticeModal('Not allowed', refusal));
      return;
    }
    const threadTs = body.message?.thread_ts ?? body.message?.ts ?? null;
    const origin: RequestOrigin = {
      via: 'modal',
      channelId: body.channel?.id ?? null,
      threadTs,
      requesterId: userId,
    };
    const pending = await startRequest(deps.db, { kind, requestedBy: userId, origin, hints: NO_HINTS });
    if (!pending) throw new Error('invariant: a new pending action always gets created');
    deps.logger.info('form opened from the can-do reply', { pendingId: pending.id, kind });
    await showPendingModal(deps, client, target, pending.id, userId);
  };
}
