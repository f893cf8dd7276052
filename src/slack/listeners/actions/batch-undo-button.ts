/**
 * "Undo the batch" on a batch's result message: the whole batch is reversed once, through the
 * undo kind's one submit path (the ledger undoes a batch as a whole and checks who may). The
 * button is acknowledged at once; the message says "Undoing…", then what was reversed.
 */
import { errorFacts } from '../../../db/error-facts.ts';
import { undoneBatchOf } from '../../../workflow/actions/undo-write-off.ts';
import { submitPending } from '../../../workflow/index.ts';
import { announceUndoneFromMessage } from '../../announce.ts';
import type { SlackDeps } from '../../deps.ts';
import {
  buildBatchUndoingMessage,
  buildBatchUndoneElsewhereMessage,
  buildBatchUndoneMessage,
} from '../../messages/batch-message-builder.ts';
import { buildUndoRefusedMessage } from '../../messages/done-message-builder.ts';
import { section } from '../../views/block-kit.ts';
import {
  noLongerAvailableMessage,
  replyPrivately,
  undoRefusalMessage,
  undoRefusalOf,
} from './button-replies.ts';
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
    // Already undone, by an earlier click that won the race or from elsewhere: the message says
    // so, as that click's own update does; it never goes back to the batch with its Undo button.
    const refusal = outcome.kind === 'invalid' ? await undoRefusalOf(deps, pendingId, userId) : null;
    const alreadyUndone =
      outcome.kind === 'done' || outcome.kind === 'already_done' || refusal?.code === 'ALREADY_REVERSED';
    if (alreadyUndone) await showUndone(deps, args, pendingId);
    // Refused (a role taken away), or no longer there: the message goes back as it was.
    else await restore();
    if (outcome.kind === 'invalid') {
      const reason = Object.values(outcome.errors)[0] ?? 'This batch cannot be undone.';
      const reply = refusal ? undoRefusalMessage(refusal) : buildUndoRefusedMessage(reason);
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

/** The batch's message as the undo left it: what was reversed, when the undo's result is known. */
async function showUndone(deps: SlackDeps, args: ButtonArgs, pendingId: string): Promise<void> {
  const channel = args.body.channel?.id;
  const ts = args.body.message?.ts;
  if (!channel || !ts) return;
  const undone = await undoneBatchOf(deps.db, pendingId);
  const message = undone
    ? buildBatchUndoneMessage(undone.chargeLabel, undone.amountCents)
    : buildBatchUndoneElsewhereMessage();
  await args.client.chat.update({ channel, ts, ...message });
}

const BATCH_ALREADY_UNDONE_TEXT =
  ':information_source: This batch was already undone, so nothing more was changed.';
const BATCH_ALREADY_UNDONE = {
  text: BATCH_ALREADY_UNDONE_TEXT,
  blocks: [section(BATCH_ALREADY_UNDONE_TEXT)],
};
