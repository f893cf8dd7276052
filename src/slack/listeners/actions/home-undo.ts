/** Undo from App Home: opens the undo modal for that write-off, with its effect, to confirm. */
import { mayStart, NO_HINTS, startRequest } from '../../../workflow/index.ts';
import type { SlackDeps } from '../../deps.ts';
import { buildNotAllowedMessage } from '../../messages/request-message-builder.ts';
import { openLoading, showPendingModal, updateView } from '../../modal-flow.ts';
import { buildNoticeModal } from '../../views/notice-modal-builder.ts';
import type { ButtonArgs } from './types.ts';

export function homeUndoAction(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const entryId = Number(action.value);
    if (!Number.isSafeInteger(entryId) || entryId <= 0) return;
    const userId = body.user.id;
    const target = await openLoading(client, body.trigger_id, 'undo_write_off');
    if (!(await mayStart(deps.db, userId, 'undo_write_off'))) {
      await updateView(
        client,
        target,
        buildNoticeModal(
          'Not allowed',
          buildNotAllowedMessage('undo write-offs', deps.config.BILLING_ADMINS).text,
        ),
      );
      return;
    }
    const pending = await startRequest(deps.db, {
      kind: 'undo_write_off',
      requestedBy: userId,
      origin: { via: 'home', channelId: null, threadTs: null, requesterId: userId },
      hints: NO_HINTS,
      extra: { writeOffEntryId: entryId },
    });
    if (!pending) throw new Error('invariant: a new pending action always gets created');
    await showPendingModal(deps, client, target, pending.id, userId);
  };
}
