/**
 * The rest of a confirm that answered "Working…": when the ledger finishes, the same view shows
 * the result (done, not done with why and the next step, or try again), and everything a quick
 * confirm does afterwards still happens (the message with Undo, approvals, notices).
 */
import type { webApi } from '@slack/bolt';
import { errorFacts } from '../../../db/error-facts.ts';
import type { SubmitResult } from '../../../workflow/index.ts';
import { announceDone } from '../../announce.ts';
import {
  deliverApprovalRequest,
  deliverRefusalNotices,
  deliveryText,
  refreshApproverHomes,
} from '../../approval-announce.ts';
import type { SlackDeps } from '../../deps.ts';
import { errorsInPlainWords } from '../../form-state.ts';
import {
  buildAlreadySentForApprovalModal,
  buildDecisionClosedModal,
  buildSentForApprovalModal,
} from '../../messages/approval-message-builder.ts';
import { buildDoneMessage } from '../../messages/done-message-builder.ts';
import { noticeSentForApproval } from '../../request-sent-for-approval.ts';
import type { ModalView } from '../../views/block-kit.ts';
import {
  buildAlreadyDoneModal,
  buildExpiredModal,
  buildNoticeModal,
  buildNotYourFormModal,
} from '../../views/notice-modal-builder.ts';
import {
  buildLateDoneModal,
  buildLateRefusedModal,
  buildLateTryAgainModal,
} from '../../views/working-modal-builder.ts';

type WebClient = webApi.WebClient;

export interface LateSubmission {
  readonly pendingId: string;
  readonly userId: string;
  /** The submitted view, now showing "Working…" (an `update` ack keeps its id). */
  readonly viewId: string;
  readonly title: string;
}

export async function finishLate(
  deps: SlackDeps,
  client: WebClient,
  late: LateSubmission,
  running: Promise<SubmitResult>,
): Promise<void> {
  const ids = { pendingId: late.pendingId, userId: late.userId };
  let outcome: SubmitResult;
  try {
    outcome = await running;
  } catch (error) {
    deps.logger.warn('late confirm failed', { ...ids, ...errorFacts(error) });
    await showResult(deps, client, late, buildLateTryAgainModal(late.title, late.pendingId));
    return;
  }
  switch (outcome.kind) {
    case 'invalid': {
      deps.logger.info('late confirm refused', { ...ids, fields: Object.keys(outcome.errors) });
      const refused =
        buildDecisionClosedModal(outcome.closesForm) ??
        buildLateRefusedModal(
          late.title,
          late.pendingId,
          errorsInPlainWords(outcome.errors, { viewerId: late.userId, people: outcome.people ?? [] }),
        );
      await showResult(deps, client, late, refused);
      await deliverRefusalNotices(deps, client, outcome.notices ?? []);
      return;
    }
    case 'sent_for_approval': {
      // "Working…" is showing: the card goes out first, so the window can say where it went.
      const delivery = await deliverApprovalRequest(deps, client, outcome);
      await showResult(deps, client, late, buildSentForApprovalModal(outcome.card, deliveryText(delivery)));
      await refreshApproverHomes(deps, client, outcome.card);
      await noticeSentForApproval(deps, client, { pendingId: late.pendingId, confirmerId: late.userId });
      return;
    }
    case 'already_sent_for_approval':
      await showResult(
        deps,
        client,
        late,
        buildAlreadySentForApprovalModal(outcome.card, outcome.formDiffers),
      );
      return;
    case 'expired':
      await showResult(deps, client, late, buildExpiredModal());
      return;
    case 'not_yours':
      await showResult(deps, client, late, buildNotYourFormModal());
      return;
    case 'missing':
      await showResult(deps, client, late, buildNoticeModal('Not found', 'This request no longer exists.'));
      return;
    case 'already_done':
      await showResult(deps, client, late, buildAlreadyDoneModal());
      return;
    case 'done':
      if (!outcome.summary) {
        await showResult(deps, client, late, buildAlreadyDoneModal());
        return;
      }
      deps.logger.info('pending action executed late', { ...ids, kind: outcome.summary.kind });
      await showResult(
        deps,
        client,
        late,
        buildLateDoneModal(late.title, buildDoneMessage(outcome.summary).text),
      );
      await announceDone(deps, client, outcome.summary);
  }
}

/** The person may have closed "Working…": then the message is what they see, so go on. */
async function showResult(deps: SlackDeps, client: WebClient, late: LateSubmission, view: ModalView) {
  try {
    await client.views.update({ view_id: late.viewId, view });
  } catch (error) {
    deps.logger.warn('late result not shown in the modal', {
      pendingId: late.pendingId,
      ...errorFacts(error),
    });
  }
}
