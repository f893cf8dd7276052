/**
 * Delivering approval requests and their outcomes. The card goes to APPROVALS_CHANNEL, or, when
 * that is not set, to each billing manager and admin by DM; the requester hears the outcome by DM.
 * A failed delivery to one person is logged (ids only) and does not stop the others.
 */
import type { webApi } from '@slack/bolt';
import {
  type ApprovalCard,
  cardPostsOf,
  loadApprovalCard,
  type RefusalNotice,
  rememberCardPost,
} from '../workflow/index.ts';
import type { SlackDeps } from './deps.ts';
import {
  buildApprovalBlockedMessage,
  buildApprovalClosedCard,
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
  const channel = deps.config.APPROVALS_CHANNEL;
  const message = buildApprovalRequestMessage(request.card, channel ? 'channel' : 'direct_message');
  const approvalId = request.card.approvalId;
  const targets = channel ? [channel] : request.approvers;
  for (const target of targets) {
    const posted = await send(deps, client, target, message, approvalId);
    // Kept so the card can be closed when the request is decided (a user id posts to a DM: the
    // answer names the DM's channel, which chat.update needs).
    if (posted?.channel && posted.ts) {
      await rememberCardPost(deps.db, approvalId, { channel: posted.channel, ts: posted.ts });
    }
  }
}

/** A decision is announced: the requester hears it and every card shows it, without buttons. */
export async function announceApprovalDecision(
  deps: SlackDeps,
  client: WebClient,
  card: ApprovalCard,
): Promise<void> {
  await tellRequesterOutcome(deps, client, card);
  await closeApprovalCards(deps, client, card);
}

/**
 * Requests the upkeep just marked expired: each requester is told, and every card says so without
 * its buttons, so no approver presses one only to learn it is too late.
 */
export async function announceExpiredApprovals(
  deps: SlackDeps,
  client: WebClient,
  approvalIds: readonly string[],
): Promise<void> {
  for (const approvalId of approvalIds) {
    const card = await loadApprovalCard(deps.db, approvalId, deps.clock.now());
    if (card?.status === 'expired') await announceApprovalDecision(deps, client, card);
  }
}

/**
 * Every card of a request that is no longer pending (approved, rejected or expired) is updated to
 * say so, with its buttons removed. A card that cannot be updated is logged and left as it is:
 * its buttons still answer with APPROVAL_DECIDED or APPROVAL_EXPIRED.
 */
export async function closeApprovalCards(
  deps: SlackDeps,
  client: WebClient,
  card: ApprovalCard,
): Promise<void> {
  if (card.status === 'pending') return;
  const message = buildApprovalClosedCard(card);
  for (const post of await cardPostsOf(deps.db, card.approvalId)) {
    try {
      await client.chat.update({ channel: post.channel, ts: post.ts, ...message });
    } catch (error) {
      deps.logger.warn('approval card not updated', {
        channel: post.channel,
        approvalId: card.approvalId,
        code: (error as { data?: { error?: string } }).data?.error,
      });
    }
  }
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
    return await client.chat.postMessage({ channel, ...message });
  } catch (error) {
    deps.logger.warn('approval message not delivered', {
      channel,
      approvalId,
      code: (error as { data?: { error?: string } }).data?.error,
    });
    return null;
  }
}
