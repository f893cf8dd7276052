/**
 * A confirm modal whose work takes longer than Slack's 3 seconds (a small-balance batch): the
 * submission is acknowledged at once with a notice, then the work runs and reports by message.
 * Refusals cannot go back on the form (it is closed by then); they go in that message.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { errorFacts } from '../../../db/error-facts.ts';
import { mayConfirmForm } from '../../../workflow/index.ts';
import { loadPendingAction, untrustedIdFacts } from '../../../workflow/pending-actions.ts';
import { runBatchWithProgress } from '../../batch/run-batch.ts';
import type { SlackDeps } from '../../deps.ts';
import { tryAgainAck } from '../../try-again.ts';
import { buildFormNoLongerValidModal, buildNotYourFormModal } from '../../views/notice-modal-builder.ts';
import {
  buildBatchAlreadyConfirmedModal,
  buildBatchFinishedModal,
  buildBatchStartedModal,
} from '../../views/small-balance-batch-modal-builder.ts';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export function submitBatchView(deps: SlackDeps) {
  /**
   * Batches this instance is applying now: the same preview submitted again meanwhile (a double
   * click, Slack's retry) starts no second run and no second progress message. The ledger's
   * idempotency key keeps a run on another instance from writing twice; it would only post again.
   */
  const running = new Set<string>();
  return async ({ ack, view, body, client }: SubmitArgs): Promise<void> => {
    const pendingId = view.private_metadata ?? '';
    const userId = body.user.id;
    // Checked before "Writing off…" is shown: a tampered or long-gone id must not look accepted.
    let pending: Awaited<ReturnType<typeof loadPendingAction>>;
    try {
      pending = await loadPendingAction(deps.db, pendingId);
    } catch (error) {
      await ack(tryAgainAck(view.blocks ?? []));
      deps.logger.warn('batch not started: database unavailable', { userId, ...errorFacts(error) });
      return;
    }
    if (pending?.kind !== 'small_balance_batch') {
      await ack({ response_action: 'update', view: buildFormNoLongerValidModal() });
      deps.logger.info('batch form of an unknown request submitted', {
        userId,
        ...untrustedIdFacts(pendingId),
      });
      return;
    }
    if (!mayConfirmForm(pending, userId)) {
      // A forged or replayed submission (Slack delivers a form only from its owner): ids only.
      await ack({ response_action: 'update', view: buildNotYourFormModal() });
      deps.logger.warn('batch form confirmed by someone it was not opened for: refused', {
        pendingId,
        userId,
      });
      return;
    }
    // Checked and claimed with no await between them, so two submissions cannot both start it.
    const already = running.has(pendingId) ? 'running' : pending.status === 'executed' ? 'applied' : null;
    if (already) {
      await ack({ response_action: 'update', view: buildBatchAlreadyConfirmedModal(already) });
      return;
    }
    running.add(pendingId);
    try {
      await ack({ response_action: 'update', view: buildBatchStartedModal() });
      await runAndReport(deps, client, { pendingId, userId });
    } finally {
      running.delete(pendingId);
    }
    await showFinished(deps, client, view.id, pendingId);
  };
}

async function runAndReport(
  deps: SlackDeps,
  client: SubmitArgs['client'],
  run: { pendingId: string; userId: string },
) {
  try {
    await runBatchWithProgress(deps, client, run);
  } catch (error) {
    // Already acknowledged: nothing to answer Slack with, so it is logged (ids only).
    deps.logger.error('batch message failed', { ...run, ...errorFacts(error) });
  }
}

/** "Writing off…" gives way to "Finished" in the form, if it is still open (closed: not_found). */
async function showFinished(
  deps: SlackDeps,
  client: SubmitArgs['client'],
  viewId: string,
  pendingId: string,
) {
  try {
    await client.views.update({ view_id: viewId, view: buildBatchFinishedModal() });
  } catch (error) {
    deps.logger.info('batch form not updated', { pendingId, ...errorFacts(error) });
  }
}
