/**
 * A confirm that became an approval request. The card goes out first (to APPROVALS_CHANNEL, or by
 * DM when that is not set or refuses it), so that the requester's window says where it really
 * went. Slack waits 3 s for the answer: when the posting takes longer than what is left of the
 * submit budget, the window answers at once that it is on its way, and says where once known.
 */
import type { webApi } from '@slack/bolt';
import { errorFacts } from '../../../db/error-facts.ts';
import type { AckOnce } from '../../ack-once.ts';
import {
  type ApprovalRequestToPost,
  DELIVERY_UNDER_WAY_TEXT,
  deliverApprovalRequest,
  deliveryText,
  refreshApproverHomes,
} from '../../approval-announce.ts';
import type { SlackDeps } from '../../deps.ts';
import { buildSentForApprovalModal } from '../../messages/approval-message-builder.ts';
import type { ModalView } from '../../views/block-kit.ts';
import { withinBudget } from '../../within-budget.ts';

type WebClient = webApi.WebClient;

export interface SentForApproval {
  readonly reply: AckOnce<{ response_action: 'update'; view: ModalView }>;
  /** The submitted view: an `update` ack keeps its id, so it can be updated later. */
  readonly viewId: string;
  readonly ids: { readonly pendingId: string; readonly userId: string };
  /** What is left of the submit budget, in ms. */
  readonly budgetMs: number;
}

export async function answerSentForApproval(
  deps: SlackDeps,
  client: WebClient,
  request: ApprovalRequestToPost,
  answer: SentForApproval,
): Promise<void> {
  const { card } = request;
  const ids = { ...answer.ids, approvalId: card.approvalId };
  const delivering = deliverApprovalRequest(deps, client, request);
  const quick = await withinBudget(delivering, answer.budgetMs);
  if (!quick.late) {
    await answer.reply.send({
      response_action: 'update',
      view: buildSentForApprovalModal(card, deliveryText(quick.value)),
    });
    deps.logger.info('sent for approval', { ...ids, delivered: quick.value.kind });
    await refreshApproverHomes(deps, client, card);
    return;
  }
  await answer.reply.send({
    response_action: 'update',
    view: buildSentForApprovalModal(card, DELIVERY_UNDER_WAY_TEXT),
  });
  const delivery = await delivering;
  deps.logger.info('sent for approval, delivered after the answer', { ...ids, delivered: delivery.kind });
  await refreshApproverHomes(deps, client, card);
  try {
    await client.views.update({
      view_id: answer.viewId,
      view: buildSentForApprovalModal(card, deliveryText(delivery)),
    });
  } catch (error) {
    // Closed meanwhile: the requester hears the decision by DM anyway.
    deps.logger.warn('where the approval request went not shown', { ...ids, ...errorFacts(error) });
  }
}
