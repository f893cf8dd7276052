/**
 * Confirming a small-balance batch, after its submission was acknowledged: one message in the
 * manager's DM with the app shows progress (done / total, chat.update), then the result with
 * Undo. The ledger applies the batch in one transaction, so progress counts charges written
 * inside it, out of those to be written (the skipped ones are listed in the result); the balances
 * change together at commit, or not at all.
 */
import type { webApi } from '@slack/bolt';
import { errorFacts } from '../../db/error-facts.ts';
import { isDatabaseUnavailable } from '../../db/unavailable.ts';
import type { SmallBalanceBatchResult } from '../../ledger/index.ts';
import {
  batchWriteCount,
  loadPendingAction,
  type SubmitResult,
  submitPending,
} from '../../workflow/index.ts';
import { noticeInRequestThread, postToAuditChannel, publishHome } from '../announce.ts';
import type { SlackDeps } from '../deps.ts';
import {
  buildBatchAlreadyAppliedMessage,
  buildBatchProgressMessage,
  buildBatchRefusedMessage,
  buildBatchResultMessage,
  buildBatchTryAgainMessage,
} from '../messages/batch-message-builder.ts';
import type { SlackMessage } from '../messages/done-message-builder.ts';
import { progressReporter, writtenOnly } from './progress-reporter.ts';

type WebClient = webApi.WebClient;

export interface BatchRun {
  readonly pendingId: string;
  readonly userId: string;
}

export async function runBatchWithProgress(deps: SlackDeps, client: WebClient, run: BatchRun): Promise<void> {
  const { pendingId, userId } = run;
  const total = await batchWriteCount(deps.db, pendingId, userId);
  // A user id as channel is their DM with the app; the answer names the DM channel to update.
  const posted = await client.chat.postMessage({ channel: userId, ...buildBatchProgressMessage(0, total) });
  const channel = posted.channel;
  const ts = posted.ts;
  if (!channel || !ts) throw new Error('invariant: Slack posted a message without channel or ts');
  const show = async (message: SlackMessage) => {
    await client.chat.update({ channel, ts, ...message });
  };
  const progress = progressReporter((done, of) =>
    show(buildBatchProgressMessage(done, of)).catch((error) =>
      deps.logger.warn('batch progress not shown', { pendingId, ...errorFacts(error) }),
    ),
  );
  let outcome: SubmitResult;
  try {
    outcome = await submitPending(deps.db, {
      pendingId,
      actorId: userId,
      form: {},
      expectedKind: 'small_balance_batch',
      now: deps.clock.now(),
      // Its form was checked before "Writing off…" showed; checked again where it is applied.
      fromForm: true,
      onProgress: writtenOnly(progress.listener),
    });
  } catch (error) {
    await progress.settled();
    deps.logger.warn('batch not applied', { pendingId, userId, ...errorFacts(error) });
    if (!isDatabaseUnavailable(error)) deps.logger.error('batch failed', { pendingId, ...errorFacts(error) });
    await show(buildBatchTryAgainMessage());
    return;
  }
  await progress.settled();
  await show(await messageFor(deps, pendingId, outcome));
  deps.logger.info('batch confirmed', { pendingId, userId, outcome: outcome.kind });
  if (outcome.kind === 'done' && outcome.summary) {
    // One line for the whole batch: the count of charges and the total, no patient at all.
    await postToAuditChannel(deps, client, outcome.summary);
    // Asked for in a requests channel: its thread hears it is done, as for any other request.
    await noticeInRequestThread(deps, client, outcome.summary);
    await publishHome(deps, client, userId);
  }
}

async function messageFor(deps: SlackDeps, pendingId: string, outcome: SubmitResult): Promise<SlackMessage> {
  switch (outcome.kind) {
    case 'missing':
      return buildBatchRefusedMessage('This request no longer exists; ask again to preview a new batch.');
    case 'not_yours':
      return buildBatchRefusedMessage(
        'This preview was opened for someone else, so only they can confirm it. Nothing was written off.',
      );
    case 'expired':
      return buildBatchRefusedMessage(
        'This preview is more than 7 days old; ask again to preview a new batch.',
      );
    case 'invalid':
      return buildBatchRefusedMessage(Object.values(outcome.errors).join(' '));
    case 'sent_for_approval':
    case 'already_sent_for_approval':
      throw new Error('invariant: a batch is never sent for approval');
    case 'done':
      if (outcome.summary?.batch)
        return buildBatchResultMessage(outcome.summary.batch, outcome.summary.undoPendingId);
      return alreadyApplied(deps, pendingId);
    case 'already_done':
      return alreadyApplied(deps, pendingId);
  }
}

/** A second confirm of the same preview: the stored result says what the first one did. */
async function alreadyApplied(deps: SlackDeps, pendingId: string): Promise<SlackMessage> {
  const result = (await loadPendingAction(deps.db, pendingId))?.result as SmallBalanceBatchResult | null;
  if (!result) return buildBatchAlreadyAppliedMessage(null);
  return buildBatchAlreadyAppliedMessage({
    batchId: result.batchId,
    count: result.count,
    totalCents: result.totalCents,
    previewedCount: result.count + result.skipped.length,
    underCents: 0,
    skipped: result.skipped,
  });
}
