/**
 * The Undo button of a confirmation message: writes the reversal once and updates that message.
 * Pressed again once it is done, it says the write-off was already undone, by whom and when; a
 * value that names no undo the app knows says the action is no longer available.
 */

import { undoStanding } from '../../../workflow/actions/undo-write-off.ts';
import { submitPending } from '../../../workflow/index.ts';
import { loadPendingAction, untrustedIdFacts } from '../../../workflow/pending-actions.ts';
import { publishHome } from '../../announce.ts';
import type { SlackDeps } from '../../deps.ts';
import { buildDoneMessage, buildUndoRefusedMessage } from '../../messages/done-message-builder.ts';
import { buildExpiredMessage } from '../../messages/request-message-builder.ts';
import { section } from '../../views/block-kit.ts';
import { noLongerAvailableMessage, replyPrivately, undoRefusalMessage } from './button-replies.ts';
import type { ButtonArgs } from './types.ts';

export function undoButtonAction(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, action, respond, client } = args;
    await ack();
    const pendingId = action.value ?? '';
    const userId = body.user.id;
    const outcome = await submitPending(deps.db, {
      pendingId,
      actorId: userId,
      form: {},
      source: 'button',
      expectedKind: 'undo_write_off',
      now: deps.clock.now(),
    });
    if (outcome.kind === 'missing') {
      deps.logger.info('undo of an unknown request pressed', { userId, ...untrustedIdFacts(pendingId) });
      await replyPrivately(deps, args, noLongerAvailableMessage());
      return;
    }
    if (outcome.kind === 'expired') {
      await respond({ response_type: 'ephemeral', replace_original: false, ...buildExpiredMessage() });
      return;
    }
    if (outcome.kind === 'invalid') {
      const reason = Object.values(outcome.errors)[0] ?? 'This write-off cannot be undone.';
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...buildUndoRefusedMessage(reason),
      });
      return;
    }
    if (outcome.kind === 'done' && outcome.summary) {
      deps.logger.info('write-off undone', { pendingId, userId });
      // Ephemeral messages can only be changed through their response_url; it works for normal ones too.
      await respond({ replace_original: true, ...buildDoneMessage(outcome.summary) });
      await publishHome(deps, client, userId);
      return;
    }
    // Already done. A Slack retry of the press that did it says nothing twice; anyone pressing
    // again is told it was already undone, by whom and when.
    if (args.context.retryNum !== undefined) return;
    await tellAlreadyUndone(deps, args, pendingId);
  };
}

async function tellAlreadyUndone(deps: SlackDeps, args: ButtonArgs, pendingId: string): Promise<void> {
  const userId = args.body.user.id;
  const writeOffEntryId = (await loadPendingAction(deps.db, pendingId))?.payload.writeOffEntryId;
  const standing = writeOffEntryId
    ? await undoStanding(deps.db, { writeOffEntryId, actorId: userId })
    : { kind: 'unknown' as const };
  if (standing.kind === 'refused') {
    await replyPrivately(deps, args, undoRefusalMessage(standing.blocker));
    deps.logger.info('undo pressed again', { pendingId, userId, code: standing.blocker.code });
    return;
  }
  // The undo ran, but its write-off is not named on the request (it was chosen on a form).
  await replyPrivately(deps, args, ALREADY_DONE);
}

const ALREADY_DONE_TEXT = ':information_source: This was already undone, so nothing more was changed.';
const ALREADY_DONE = { text: ALREADY_DONE_TEXT, blocks: [section(ALREADY_DONE_TEXT)] };
