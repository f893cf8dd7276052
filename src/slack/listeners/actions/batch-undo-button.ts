/**
 * "Undo the batch" on a batch's result message: the whole batch is reversed once, through the
 * undo kind's one submit path (the ledger undoes a batch as a whole and checks who may). The
 * button is acknowledged at once. Whoever may not undo it (someone else pressing a manager's
 * button, a request long gone) is answered privately and the message is left as it was; only an
 * undo that may go ahead turns the message into "Undoing…", then into what was reversed.
 */
import { errorFacts } from '../../../db/error-facts.ts';
import { undoneBatchOf } from '../../../workflow/actions/undo-write-off.ts';
import { isPendingExpired, loadPendingAction, submitPending } from '../../../workflow/index.ts';
import { announceUndoneFromMessage } from '../../announce.ts';
import type { SlackDeps } from '../../deps.ts';
import {
  buildBatchUndoingMessage,
  buildBatchUndoneElsewhereMessage,
  buildBatchUndoneMessage,
} from '../../messages/batch-message-builder.ts';
import { buildUndoRefusedMessage } from '../../messages/done-message-builder.ts';
import { buildExpiredMessage } from '../../messages/request-message-builder.ts';
import { section } from '../../views/block-kit.ts';
import {
  buttonWithoutMessageMessage,
  noLongerAvailableMessage,
  replyPrivately,
  undoRefusalMessage,
  undoRefusalOf,
} from './button-replies.ts';
import type { ButtonArgs } from './types.ts';

export function batchUndoButtonAction(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, action, client } = args;
    await ack();
    const pendingId = action.value ?? '';
    const userId = body.user.id;
    const channel = body.channel?.id;
    const original = body.message;
    const ts = original?.ts;
    // The batch's message shows the undo under way and then its result; a press that arrives
    // without it (Slack always sends it; a forged or replayed payload may not) undoes nothing,
    // and the person is told so rather than nothing happening.
    if (!channel || !ts) {
      deps.logger.info('batch undo pressed without its message', { userId });
      await replyPrivately(deps, args, buttonWithoutMessageMessage('Nothing was undone.'));
      return;
    }
    // Every refusal the rules can already see is said before the message changes: the message may
    // be a manager's own, and a refused press must not show it as being undone.
    if (await refusedBeforeStart(deps, args, pendingId)) return;
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
      await replyPrivately(deps, args, buildUndoRefusedMessage(reason));
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
      await replyPrivately(
        deps,
        args,
        refusal ? undoRefusalMessage(refusal) : buildUndoRefusedMessage(reason),
      );
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

/**
 * Answers a press that cannot undo anything, leaving the message alone: no such request, an
 * expired one, or the rules' refusal for this person (not theirs to undo, no role). A batch
 * already undone shows as undone. False when the undo may go ahead; the ledger checks again.
 */
async function refusedBeforeStart(deps: SlackDeps, args: ButtonArgs, pendingId: string): Promise<boolean> {
  const userId = args.body.user.id;
  const pending = await loadPendingAction(deps.db, pendingId);
  if (pending?.kind !== 'undo_write_off') {
    deps.logger.info('batch undo of an unknown request pressed', { userId });
    await replyPrivately(deps, args, noLongerAvailableMessage());
    return true;
  }
  if (isPendingExpired(pending, deps.clock.now())) {
    await replyPrivately(deps, args, buildExpiredMessage());
    return true;
  }
  const refusal = await undoRefusalOf(deps, pendingId, userId);
  if (!refusal) return false;
  deps.logger.info('batch undo refused', { pendingId, userId, code: refusal.code });
  if (refusal.code === 'ALREADY_REVERSED') {
    await showUndone(deps, args, pendingId);
    if (args.context.retryNum !== undefined) return true;
  }
  await replyPrivately(deps, args, undoRefusalMessage(refusal));
  return true;
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
