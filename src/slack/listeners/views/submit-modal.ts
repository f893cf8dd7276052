/**
 * A confirm modal is submitted. Invalid input goes back on the right field (`response_action:
 * 'errors'`, keyed by block_id) from the same rule functions the ledger uses; otherwise the
 * pending action executes once and the modal closes. A repeated delivery finds it executed and
 * says nothing more.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { submitModal } from '../../../workflow/index.ts';
import { announceDone } from '../../announce.ts';
import type { SlackDeps } from '../../deps.ts';
import { errorsForView, readForm, type StateValues } from '../../form-state.ts';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export function submitModalView(deps: SlackDeps) {
  return async ({ ack, view, body, client, context }: SubmitArgs): Promise<void> => {
    const pendingId = view.private_metadata;
    const userId = body.user.id;
    const form = readForm(view.state.values as StateValues);
    const outcome = await submitModal(deps.db, { pendingId, actorId: userId, form });
    if (outcome.kind === 'invalid') {
      await ack({ response_action: 'errors', errors: errorsForView(outcome.errors, view.blocks) });
      deps.logger.info('modal refused', { pendingId, userId, fields: Object.keys(outcome.errors) });
      return;
    }
    await ack();
    if (outcome.kind !== 'done' || !outcome.summary) {
      deps.logger.info('modal submission already handled', { pendingId, retryNum: context.retryNum });
      return;
    }
    deps.logger.info('pending action executed', { pendingId, userId, kind: outcome.summary.kind });
    await announceDone(deps, client, outcome.summary);
  };
}
