/**
 * A confirm modal is submitted. Invalid input goes back on the right field (`response_action:
 * 'errors'`, keyed by block_id) from the same rule functions the ledger uses; otherwise the
 * pending action executes once and the modal closes, acknowledged the moment the ledger commits
 * (the summary and the message with Undo follow). A Slack retry finds it executed and says
 * nothing more; any other repeat (a second confirmer) is told it was already done.
 *
 * Slack waits 3 s for the answer. A confirm still running after `submitBudgetMs` (a held row
 * lock, a slow database) answers "Working…" at once and shows its result in that view later
 * (late-result.ts), so the ack is never late and the confirmation is never lost.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { errorFacts } from '../../../db/error-facts.ts';
import { isDatabaseUnavailable } from '../../../db/unavailable.ts';
import { loadModal, type SubmitResult, submitPending } from '../../../workflow/index.ts';
import { untrustedIdFacts } from '../../../workflow/pending-actions.ts';
import { ackOnce } from '../../ack-once.ts';
import { kindOfCallback } from '../../actions/index.ts';
import { announceDone, announceSavedWithoutDetails } from '../../announce.ts';
import { deliverRefusalNotices } from '../../approval-announce.ts';
import type { SlackDeps } from '../../deps.ts';
import { refreshFormBeneath } from '../../form-beneath.ts';
import { errorsForView, readForm, type StateValues } from '../../form-state.ts';
import {
  buildAlreadySentForApprovalModal,
  buildDecisionClosedModal,
} from '../../messages/approval-message-builder.ts';
import { viewForState } from '../../modal-views.ts';
import { noticeSentForApproval } from '../../request-sent-for-approval.ts';
import { tryAgainAck } from '../../try-again.ts';
import type { ModalView } from '../../views/block-kit.ts';
import {
  figuresSurelyMoved,
  listedFigures,
  refusedOnFigures,
  withFiguresMovedRefusal,
} from '../../views/figures-moved.ts';
import {
  buildAlreadyDoneModal,
  buildExpiredModal,
  buildFormNoLongerValidModal,
  buildNotYourFormModal,
} from '../../views/notice-modal-builder.ts';
import { REPEAT_BLOCK } from '../../views/shared-blocks.ts';
import { buildWorkingModal } from '../../views/working-modal-builder.ts';
import { withinBudget } from '../../within-budget.ts';
import { stateValues, unreadableFieldErrors } from './form-shape.ts';
import { finishLate, type LateSubmission } from './late-result.ts';
import { answerSentForApproval } from './sent-for-approval.ts';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export function submitModalView(deps: SlackDeps) {
  return async ({ ack, view, body, client, context }: SubmitArgs): Promise<void> => {
    // Slack always sends both; a payload without them finds no pending action and changes nothing.
    const startedAt = performance.now();
    const pendingId = view.private_metadata ?? '';
    const userId = body.user.id;
    const reply = ackOnce(ack);
    const values = stateValues(view.state);
    const unreadable = unreadableFieldErrors(values, view.blocks ?? []);
    if (Object.keys(unreadable).length > 0) {
      await reply.send({ response_action: 'errors', errors: unreadable });
      deps.logger.info('modal refused: fields not as Slack sends them', {
        userId,
        fieldCount: Object.keys(unreadable).length,
      });
      return;
    }
    const form = readForm(values as StateValues);
    const running = submitPending(deps.db, {
      pendingId,
      actorId: userId,
      form,
      now: deps.clock.now(),
      // The modal's kind, for the reads that can start before the pending action is read.
      likelyKind: kindOfCallback(view.callback_id),
      fromForm: true,
      // A fresh change closes the form the moment it is committed; its message follows.
      onCommitted: () => {
        reply
          .send()
          .catch((error) => deps.logger.warn('ack after commit failed', { pendingId, ...errorFacts(error) }));
      },
    });
    let outcome: SubmitResult;
    try {
      const first = await withinBudget(running, deps.submitBudgetMs);
      if (first.late && !reply.sent) {
        const late: LateSubmission = { pendingId, userId, viewId: view.id, title: view.title.text };
        await reply.send({ response_action: 'update', view: buildWorkingModal(late.title) });
        deps.logger.info('confirm slower than its budget: answered Working…', { pendingId, userId });
        await finishLate(deps, client, late, running);
        return;
      }
      outcome = first.late ? await running : first.value;
    } catch (error) {
      // Without this, Bolt answers 500 and Slack shows a vague connection error.
      if (!isDatabaseUnavailable(error)) throw error;
      if (reply.sent) {
        // Committed, then the database went: the form has closed, so the message says it was saved.
        deps.logger.warn('confirm committed, details not read: database unavailable', {
          pendingId,
          userId,
          ...errorFacts(error),
        });
        await announceSavedWithoutDetails(deps, client, userId);
        return;
      }
      await reply.send(tryAgainAck(view.blocks));
      deps.logger.warn('confirm interrupted: database unavailable', {
        pendingId,
        userId,
        ...errorFacts(error),
      });
      return;
    }
    if (outcome.kind === 'missing') {
      // Tampered with, or a request long deleted: the form must not close as if it had worked.
      await reply.send({ response_action: 'update', view: buildFormNoLongerValidModal() });
      deps.logger.info('form of an unknown request submitted', { userId, ...untrustedIdFacts(pendingId) });
      return;
    }
    if (outcome.kind === 'not_yours') {
      // A forged or replayed submission (Slack delivers a form only from its owner): ids only.
      await reply.send({ response_action: 'update', view: buildNotYourFormModal() });
      deps.logger.warn('form confirmed by someone it was not opened for: refused', { pendingId, userId });
      return;
    }
    if (outcome.kind === 'expired') {
      await reply.send({ response_action: 'update', view: buildExpiredModal() });
      deps.logger.info('expired request not confirmed', { pendingId, userId });
      return;
    }
    if (outcome.kind === 'invalid' && outcome.errors.repeat && !hasBlock(view.blocks, REPEAT_BLOCK)) {
      // Done minutes ago, while this form was open: the form comes back with the earlier result
      // and its "Yes, do it again" box (entries kept, as Slack keeps them on update).
      const state = await loadModal(deps.db, { pendingId, actorId: userId, form, now: deps.clock.now() });
      await reply.send({ response_action: 'update', view: viewForState(state) });
      deps.logger.info('repeat of a recent change: asked to confirm', { pendingId, userId });
      return;
    }
    const decisionClosed = outcome.kind === 'invalid' && buildDecisionClosedModal(outcome.closesForm);
    if (decisionClosed && outcome.kind === 'invalid') {
      // Decided meanwhile, expired, or a rule now in the way: nothing on this form can change
      // that, so the form says so instead; a requester who must hear of it is told too.
      await reply.send({ response_action: 'update', view: decisionClosed });
      deps.logger.info('approval form refused', {
        pendingId,
        userId,
        codes: outcome.closesForm?.map((b) => b.code),
      });
      await deliverRefusalNotices(deps, client, outcome.notices ?? []);
      return;
    }
    if (outcome.kind === 'invalid') {
      const reader = { viewerId: userId, people: outcome.people ?? [] };
      // Refused because the figures moved while the form was open: the form comes back with the
      // figures as they are now (views/figures-moved.ts says why not field errors).
      const updated = await formWithNewFigures(deps, { pendingId, userId, form, view, outcome, reader });
      if (updated) {
        await reply.send({ response_action: 'update', view: updated });
        deps.logger.info('modal refused: figures moved, form updated', {
          pendingId,
          userId,
          fields: Object.keys(outcome.errors),
        });
        await deliverRefusalNotices(deps, client, outcome.notices ?? []);
        return;
      }
      await reply.send({
        response_action: 'errors',
        errors: errorsForView(outcome.errors, view.blocks, reader),
      });
      deps.logger.info('modal refused', { pendingId, userId, fields: Object.keys(outcome.errors) });
      await deliverRefusalNotices(deps, client, outcome.notices ?? []);
      return;
    }
    if (outcome.kind === 'sent_for_approval') {
      const budgetMs = deps.submitBudgetMs - (performance.now() - startedAt);
      await answerSentForApproval(deps, client, outcome, {
        reply,
        viewId: view.id,
        ids: { pendingId, userId },
        budgetMs,
      });
      await noticeSentForApproval(deps, client, { pendingId, confirmerId: userId });
      return;
    }
    if (outcome.kind === 'already_sent_for_approval') {
      await reply.send({
        response_action: 'update',
        view: buildAlreadySentForApprovalModal(outcome.card, outcome.formDiffers),
      });
      deps.logger.info('form already sent for approval', {
        pendingId,
        userId,
        approvalId: outcome.card.approvalId,
      });
      return;
    }
    const alreadyDone = outcome.kind === 'already_done' || (outcome.kind === 'done' && !outcome.summary);
    // A Slack retry repeats our own earlier delivery, whose ack already closed the modal; anyone
    // else (a second confirmer, a second click) would otherwise see the form vanish unexplained.
    if (alreadyDone && context.retryNum === undefined) {
      await reply.send({ response_action: 'update', view: buildAlreadyDoneModal() });
      deps.logger.info('modal submission already handled', { pendingId, userId });
      return;
    }
    await reply.send();
    if (outcome.kind !== 'done' || !outcome.summary) {
      deps.logger.info('modal submission already handled', { pendingId, retryNum: context.retryNum });
      return;
    }
    deps.logger.info('pending action executed', { pendingId, userId, kind: outcome.summary.kind });
    await announceDone(deps, client, outcome.summary);
    await refreshFormBeneath(deps, client, {
      pendingId,
      userId,
      previousViewId: view.previous_view_id ?? null,
    });
  };
}

type Refused = Extract<SubmitResult, { kind: 'invalid' }>;

/**
 * The form rebuilt from the ledger as it is now, keeping what was entered, with the refusal in
 * it; null when the refusal is not about moved figures (a typo in the amount keeps Slack's field
 * errors) or the form can no longer be rebuilt (the field errors then still say what is wrong).
 */
async function formWithNewFigures(
  deps: SlackDeps,
  params: {
    pendingId: string;
    userId: string;
    form: ReturnType<typeof readForm>;
    view: SubmitArgs['view'];
    outcome: Refused;
    reader: { viewerId: string; people: readonly string[] };
  },
): Promise<ModalView | null> {
  const { outcome, view } = params;
  if (!refusedOnFigures(outcome.codes)) return null;
  let state: Awaited<ReturnType<typeof loadModal>>;
  try {
    state = await loadModal(deps.db, {
      pendingId: params.pendingId,
      actorId: params.userId,
      form: params.form,
      now: deps.clock.now(),
    });
  } catch (error) {
    deps.logger.warn('form not rebuilt after a refusal', {
      pendingId: params.pendingId,
      ...errorFacts(error),
    });
    return null;
  }
  if (state.kind !== 'open') return null;
  const rebuilt = viewForState(state);
  const moved =
    figuresSurelyMoved(outcome.codes) || listedFigures(rebuilt.blocks) !== listedFigures(view.blocks ?? []);
  if (!moved) return null;
  return withFiguresMovedRefusal(rebuilt, errorsForView(outcome.errors, rebuilt.blocks, params.reader));
}

const hasBlock = (blocks: readonly unknown[], blockId: string) =>
  blocks.some((b) => (b as { block_id?: string }).block_id === blockId);
