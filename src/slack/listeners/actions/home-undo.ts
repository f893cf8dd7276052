/**
 * Undo from App Home: opens the undo modal for that write-off, with its effect, to confirm. A
 * write-off already undone (Home showed an older list) says so, by whom and when, instead; a
 * value that names no write-off says the action is no longer available.
 */

import { undoStanding } from '../../../workflow/actions/undo-write-off.ts';
import { mayStart, NO_HINTS, startRequest } from '../../../workflow/index.ts';
import { untrustedIdFacts } from '../../../workflow/pending-actions.ts';
import type { SlackDeps } from '../../deps.ts';
import { buildNotAllowedMessage } from '../../messages/request-message-builder.ts';
import { openLoading, showPendingModal, updateView } from '../../modal-flow.ts';
import { buildNoticeModal, NO_LONGER_AVAILABLE_TEXT } from '../../views/notice-modal-builder.ts';
import { undoRefusalText } from './button-replies.ts';
import type { ButtonArgs } from './types.ts';

/** An entry id as Home renders it: a positive integer, at most 15 digits (a safe integer). */
const WRITE_OFF_ENTRY_ID = /^[1-9][0-9]{0,14}$/;

export function homeUndoAction(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const userId = body.user.id;
    const value = action.value ?? '';
    const entryId = WRITE_OFF_ENTRY_ID.test(value) ? Number(value) : null;
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
    const standing =
      entryId === null
        ? { kind: 'unknown' as const }
        : await undoStanding(deps.db, { writeOffEntryId: entryId, actorId: userId });
    if (standing.kind === 'unknown' || entryId === null) {
      deps.logger.info('home undo of an unknown write-off', { userId, ...untrustedIdFacts(value) });
      await updateView(client, target, buildNoticeModal('Not available', NO_LONGER_AVAILABLE_TEXT));
      return;
    }
    if (standing.kind === 'refused' && standing.blocker.code === 'ALREADY_REVERSED') {
      await updateView(client, target, buildNoticeModal('Already undone', undoRefusalText(standing.blocker)));
      return;
    }
    // Anything else the rules say (not theirs to undo) shows on the undo form itself.
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
