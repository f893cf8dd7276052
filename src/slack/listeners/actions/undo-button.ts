/**
 * The Undo button of a confirmation message: writes the reversal once and updates that message.
 * Pressed again once it is done, it says the write-off was already undone, by whom and when; a
 * value that names no undo the app knows says the action is no longer available.
 *
 * Every answer goes through `replyPrivately` or `showResult`, never Bolt's `respond` alone: a press
 * that arrives without the message's response_url (Slack never sends one, a forged or replayed
 * payload may) has no `respond`, and a reversal written with nobody told and no #audit post is
 * worse than none.
 */

import { errorFacts } from '../../../db/error-facts.ts';
import { submitPending } from '../../../workflow/index.ts';
import { untrustedIdFacts } from '../../../workflow/pending-actions.ts';
import { announceUndoneFromMessage } from '../../announce.ts';
import type { SlackDeps } from '../../deps.ts';
import { buildDoneMessage, type SlackMessage } from '../../messages/done-message-builder.ts';
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
    const { ack, body, action, client } = args;
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
      await replyPrivately(deps, args, buildExpiredMessage());
      return;
    }
    if (outcome.kind === 'invalid') {
      const reason = Object.values(outcome.errors)[0] ?? 'This write-off cannot be undone.';
      await replyPrivately(deps, args, await undoRefusedReply(deps, { pendingId, userId, reason }));
      return;
    }
    if (outcome.kind === 'done' && outcome.summary) {
      deps.logger.info('write-off undone', { pendingId, userId });
      const summary = outcome.summary;
      // The reversal is committed: #audit and App Home hear of it even when the reply fails.
      try {
        await showResult(deps, args, buildDoneMessage(summary));
      } finally {
        await announceUndoneFromMessage(deps, client, summary);
      }
      return;
    }
    // Already done. A Slack retry of the press that did it says nothing twice; anyone pressing
    // again is told it was already undone, by whom and when.
    if (args.context.retryNum !== undefined) return;
    await tellAlreadyUndone(deps, args, pendingId);
  };
}

/**
 * The result in place of the message that carried the button. Ephemeral messages can only be
 * changed through their response_url (it works for normal ones too); without one, or when Slack
 * refuses it, the result is said privately beside it, or by DM.
 */
async function showResult(deps: SlackDeps, args: ButtonArgs, message: SlackMessage): Promise<void> {
  if (args.body.response_url && typeof args.respond === 'function') {
    try {
      await args.respond({ replace_original: true, ...message });
      return;
    } catch (error) {
      deps.logger.warn('undo result not shown on its message: said privately', {
        userId: args.body.user.id,
        ...errorFacts(error),
      });
    }
  }
  await replyPrivately(deps, args, message);
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
