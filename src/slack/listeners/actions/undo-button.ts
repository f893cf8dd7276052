/**
 * The Undo button of a confirmation message: writes the reversal once and updates that message.
 * Pressed again once it is done, it says the write-off was already undone, by whom and when; a
 * value that names no undo the app knows says the action is no longer available.
 */

import { submitPending } from '../../../workflow/index.ts';
import { untrustedIdFacts } from '../../../workflow/pending-actions.ts';
import { announceUndoneFromMessage } from '../../announce.ts';
import type { SlackDeps } from '../../deps.ts';
import { buildDoneMessage } from '../../messages/done-message-builder.ts';
import { buildExpiredMessage } from '../../messages/request-message-builder.ts';
import { section } from '../../views/block-kit.ts';
import {
  noLongerAvailableMessage,
  replyPrivately,
  undoRefusalMessage,
  undoRefusalOf,
  undoRefusedReply,
} from './button-replies.ts';
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
      const reply = await undoRefusedReply(deps, { pendingId, userId, reason });
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply });
      return;
    }
    if (outcome.kind === 'done' && outcome.summary) {
      deps.logger.info('write-off undone', { pendingId, userId });
      // Ephemeral messages can only be changed through their response_url; it works for normal ones too.
      await respond({ replace_original: true, ...buildDoneMessage(outcome.summary) });
      await announceUndoneFromMessage(deps, client, outcome.summary);
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
  const refusal = await undoRefusalOf(deps, pendingId, userId);
  if (refusal) {
    await replyPrivately(deps, args, undoRefusalMessage(refusal));
    deps.logger.info('undo pressed again', { pendingId, userId, code: refusal.code });
    return;
  }
  // The undo ran, but its write-off is not named on the request (it was chosen on a form).
  await replyPrivately(deps, args, ALREADY_DONE);
}

const ALREADY_DONE_TEXT = ':information_source: This was already undone, so nothing more was changed.';
const ALREADY_DONE = { text: ALREADY_DONE_TEXT, blocks: [section(ALREADY_DONE_TEXT)] };
