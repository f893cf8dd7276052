/**
 * Delivering approval requests and their outcomes. The card goes to APPROVALS_CHANNEL, or, when
 * that is not set, to each billing manager and admin by DM; the requester hears the outcome by DM.
 * A failed delivery to one person is logged (ids only) and does not stop the others.
 */
import type { webApi } from '@slack/bolt';
import type { ApprovalCard, RefusalNotice } from '../workflow/index.ts';
import type { SlackDeps } from './deps.ts';
import {
  buildApprovalBlockedMessage,
  buildApprovalOutcomeMessage,
  buildApprovalRequestMessage,
} from './messages/approval-message-builder.ts';
import type { SlackMessage } from './messages/done-message-builder.ts';

type WebClient = webApi.WebClient;

/** Who will see the request, in the words shown to the requester. */
export function recipientsText(deps: SlackDeps, approvers: readonly string[]): string {
  if (deps.config.APPROVALS_CHANNEL) return `It was posted in <#${deps.config.APPROVALS_CHANNEL}>.`;
  if (approvers.length === 0)
    return 'No billing manager or admin is set up yet: ask an admin to give someone that role.';
  return `It was sent to ${approvers.map((id) => `<@${id}>`).join(', ')}.`;
}

export async function postApprovalRequest(
  deps: SlackDeps,
  client: WebClient,
  request: { readonly card: ApprovalCard; readonly approvers: readonly string[] },
): Promise<void> {
  const message = buildApprovalRequestMessage(request.card);
  const targets = deps.config.APPROVALS_CHANNEL ? [deps.config.APPROVALS_CHANNEL] : request.approvers;
  for (const channel of targets) await send(deps, client, channel, message, request.card.approvalId);
}

export async function tellRequesterOutcome(
  deps: SlackDeps,
  client: WebClient,
  card: ApprovalCard,
): Promise<void> {
  await send(deps, client, card.requestedBy, buildApprovalOutcomeMessage(card), card.approvalId);
}

export async function deliverRefusalNotices(
  deps: SlackDeps,
  client: WebClient,
  notices: readonly RefusalNotice[],
): Promise<void> {
  for (const notice of notices) {
    const message = buildApprovalBlockedMessage(notice.card, notice.blockers);
    await send(deps, client, notice.card.requestedBy, message, notice.card.approvalId);
  }
}

/** A user id as channel is their DM with the app. */
async function send(
  deps: SlackDeps,
  client: WebClient,
  channel: string,
  message: SlackMessage,
  approvalId: string,
) {
  try {
    await client.chat.postMessage({ channel, ...message });
  } catch (error) {
    deps.logger.warn('approval message not delivered', {
      channel,
      approvalId,
      code: (error as { data?: { error?: string } }).data?.error,
    });
  }
}
