/**
 * "Review & confirm" on a request message: open the pre-filled modal for whoever may act on it:
 * its requester, or for a requests-channel request any biller (`mayConfirmForm`, the rule its
 * confirm applies); anyone else is told privately that it is someone else's, and no form opens.
 * Refusals are said through `replyPrivately`, which needs no response_url (a press without one
 * would otherwise fail with nobody told).
 */
import {
  isPendingExpired,
  loadPendingAction,
  markReviewStarted,
  mayConfirmForm,
  mayStart,
  unmarkReviewStarted,
} from '../../../workflow/index.ts';
import { untrustedIdFacts } from '../../../workflow/pending-actions.ts';
import type { PendingAction } from '../../../workflow/types.ts';
import type { SlackDeps } from '../../deps.ts';
import { FormNotOpenedError } from '../../form-not-opened.ts';
import {
  buildActionNotAllowedMessage,
  buildExpiredMessage,
  buildNotYourRequestMessage,
} from '../../messages/request-message-builder.ts';
import { openLoading, showPendingModal } from '../../modal-flow.ts';
import { requestNoLongerOpenMessage } from '../../request-sent-for-approval.ts';
import { noLongerAvailableMessage, replyPrivately } from './button-replies.ts';
import type { ButtonArgs } from './types.ts';

export function reviewButtonAction(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, action, client } = args;
    await ack();
    const userId = body.user.id;
    const pending = await loadPendingAction(deps.db, action.value ?? '');
    if (!pending) {
      // Tampered with, or deleted long after it expired: said, rather than nothing happening.
      deps.logger.info('review of an unknown request pressed', { userId, ...untrustedIdFacts(action.value) });
      await replyPrivately(deps, args, noLongerAvailableMessage());
      return;
    }
    // Someone else's own request (their DM, their private reply, a forged value): refused before
    // anything of it is shown or said, its state included; the confirm would refuse it anyway.
    // Without the role, that is what they are told (their own request would be refused too).
    if (!mayConfirmForm(pending, userId)) {
      if (!(await mayStart(deps.db, userId, pending.kind))) await refuseNoRole(deps, args, pending);
      else {
        await replyPrivately(deps, args, buildNotYourRequestMessage());
        deps.logger.warn("review of someone else's request refused", { userId, pendingId: pending.id });
      }
      return;
    }
    if (pending.status !== 'pending') {
      await replyPrivately(deps, args, await requestNoLongerOpenMessage(deps, pending));
      return;
    }
    if (isPendingExpired(pending, deps.clock.now())) {
      await replyPrivately(deps, args, buildExpiredMessage());
      return;
    }
    if (!(await mayStart(deps.db, userId, pending.kind))) {
      await refuseNoRole(deps, args, pending);
      return;
    }
    const target = await openLoading(client, body.trigger_id, pending.kind);
    // Marked before the form is read, so that a correction arriving meanwhile is refused rather
    // than missing from the form; taken back when Slack does not show the form after all.
    const startedAt = deps.clock.now();
    await markReviewStarted(deps.db, pending.id, startedAt);
    try {
      await showPendingModal(deps, client, target, pending.id, userId);
    } catch (error) {
      if (error instanceof FormNotOpenedError) await unmarkReviewStarted(deps.db, pending.id, startedAt);
      throw error;
    }
    // Another reviewer's failed form may have taken its mark back while this one was shown.
    await markReviewStarted(deps.db, pending.id, startedAt);
  };
}

async function refuseNoRole(deps: SlackDeps, args: ButtonArgs, pending: PendingAction): Promise<void> {
  const refusal = buildActionNotAllowedMessage(pending.kind, deps.config.BILLING_ADMINS);
  await replyPrivately(deps, args, refusal);
  deps.logger.info('refused: no role', { userId: args.body.user.id, pendingId: pending.id });
}
