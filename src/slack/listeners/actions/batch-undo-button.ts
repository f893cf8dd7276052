/**
 * "Undo the batch" on a batch's result message: the whole batch is reversed once, through the
 * undo kind's one submit path (the ledger undoes a batch as a whole and checks who may). The
 * button is acknowledged at once; the message says "Undoing…", then what was reversed.
 */
import { errorFacts } from '../../../db/error-facts.ts';
import { submitPending } from '../../../workflow/index.ts';
import { announceUndoneFromMessage } from '../../announce.ts';
import type { SlackDeps } from '../../deps.ts';
import { buildBatchUndoingMessage, buildBatchUndoneMessage } from '../../messages/batch-message-builder.ts';
import { buildUndoRefusedMessage } from '../../messages/done-message-builder.ts';
import { section } from '../../views/block-kit.ts';
import { noLongerAvailableMessage, replyPrivately, undoRefusedReply } from './button-replies.ts';
import type { ButtonArgs } from './types.ts';

export function batchUndoButtonAction(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, action, respond, client } = args;
    await ack();
    const pendingId = action.value ?? '';
    const userId = body.user.id;
    const channel = body.channel?.id;
    const original = body.message;
    const ts = original?.ts;
    if (!channel || !ts) return;
    await client.chat.update({ channel, ts, ...buildBatchUndoingMessage() });
    const restore = () =>
      client.chat.update({ channel, ts, text: original?.text ?? '', blocks: original?.blocks ?? [] });
    let outcome: Awaited<ReturnType<typeof submitPending>>;
    try {
      outcome = await submitPending(deps.db, {
        pendingId,
        actorId: userId,
        form: {},
        source: 'button',
        expectedKind: 'undo_write_off',
        now: deps.clock.now(),
      });
    } catch (error) {
      deps.logger.warn('batch undo failed', { pendingId, userId, ...errorFacts(error) });
      await restore();
      const reason = 'The database did not answer, so nothing was undone. Press Undo again.';
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...buildUndoRefusedMessage(reason),
      });
      return;
    }
    if (outcome.kind === 'done' && outcome.summary) {
      await client.chat.update({
        channel,
        ts,
        ...buildBatchUndoneMessage(outcome.summary.chargeLabel, outcome.summary.amountCents),
      });
      deps.logger.info('batch undone', { pendingId, userId });
      await announceUndoneFromMessage(deps, client, outcome.summary);
      return;
    }
    // Refused (a role taken away), or already undone by an earlier click: the message goes back.
    await restore();
    if (outcome.kind === 'invalid') {
      const reason = Object.values(outcome.errors)[0] ?? 'This batch cannot be undone.';
      const reply = await undoRefusedReply(deps, { pendingId, userId, reason });
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply });
      return;
    }
    if (outcome.kind === 'missing') {
      await replyPrivately(deps, args, noLongerAvailableMessage());
      return;
    }
    // Pressed again once undone (a Slack retry of the press that did it says nothing twice).
    if (outcome.kind !== 'expired' && args.context.retryNum === undefined) {
      await replyPrivately(deps, args, BATCH_ALREADY_UNDONE);
    }
  };
}

const BATCH_ALREADY_UNDONE_TEXT =
  ':information_source: This batch was already undone, so nothing more was changed.';
const BATCH_ALREADY_UNDONE = {
  text: BATCH_ALREADY_UNDONE_TEXT,
  blocks: [section(BATCH_ALREADY_UNDONE_TEXT)],
};
