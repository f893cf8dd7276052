/**
 * A request made in a requests channel that its confirmer's limit sent for approval: the thread
 * is told so (no patient, no amount), and again when a billing manager or admin decides it or it
 * expires, so whoever asked in the channel learns the end of it; a later Review & confirm says
 * where it went, rather than calling it completed while nothing was written off.
 */
import type { webApi } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';
import { isApprovalRequested } from '../ledger/index.ts';
import {
  type ApprovalCard,
  loadApprovalCard,
  loadPendingAction,
  type PendingAction,
} from '../workflow/index.ts';
import { SLACK_ACTIONS } from './actions/index.ts';
import type { SlackDeps } from './deps.ts';
import type { SlackMessage } from './messages/done-message-builder.ts';
import { buildThreadNoticeByDm } from './messages/request-message-builder.ts';
import { actorMention } from './views/actor-mentions.ts';
import { section } from './views/block-kit.ts';

type WebClient = webApi.WebClient;

export async function noticeSentForApproval(
  deps: SlackDeps,
  client: WebClient,
  sent: { readonly pendingId: string; readonly confirmerId: string },
): Promise<void> {
  const pending = await loadPendingAction(deps.db, sent.pendingId);
  const what = pending ? SLACK_ACTIONS[pending.kind].nameInSentence : '';
  await postInRequestThread(
    deps,
    client,
    pending,
    (requester) =>
      `<@${requester}> update: <@${sent.confirmerId}> sent ${what} you asked for to a billing manager or admin for approval. Nothing is written off until one of them approves it.`,
  );
}

/** The decision on a request that came from a requests channel, told in its thread. */
export async function noticeApprovalDecidedInThread(
  deps: SlackDeps,
  client: WebClient,
  card: ApprovalCard,
): Promise<void> {
  const status = card.status;
  if (status === 'pending' || !card.sourcePendingId) return;
  const pending = await loadPendingAction(deps.db, card.sourcePendingId);
  const by = card.decidedBy ? actorMention(card.decidedBy) : 'A billing manager or admin';
  const outcome: Record<Exclude<ApprovalCard['status'], 'pending'>, string> = {
    approved: `${by} approved the write-off you asked for, and it is written off.`,
    rejected: `${by} rejected the write-off you asked for, so nothing was written off. ${actorMention(card.requestedBy)} has the reason.`,
    expired:
      'the write-off you asked for was not approved within 7 days, so it expired and nothing was written off. Ask again here if it is still needed.',
  };
  await postInRequestThread(
    deps,
    client,
    pending,
    (requester) => `<@${requester}> update: ${outcome[status]}`,
  );
}

/**
 * Posts in the thread of the channel request the pending action came from, when it came from one;
 * the text names no patient and no amount, as the whole channel reads it. Never throws: the
 * action itself is done, and this is news about it. When Slack will not take the reply even after
 * the client's retries (a 500, a rate limit, the app removed from the channel), the person who
 * asked would hear nothing: they get the same words by DM instead.
 */
async function postInRequestThread(
  deps: SlackDeps,
  client: WebClient,
  pending: PendingAction | null,
  textFor: (requester: string) => string,
): Promise<void> {
  const origin = pending?.payload.origin;
  if (!pending || origin?.via !== 'request_channel' || !origin.channelId || !origin.threadTs) return;
  const text = textFor(pending.requestedBy);
  try {
    await client.chat.postMessage({
      channel: origin.channelId,
      thread_ts: origin.threadTs,
      text,
      blocks: [section(text)],
    });
  } catch (error) {
    // Ids and Slack's code only: never the text, which a future wording might give a name.
    deps.logger.warn('request thread notice not posted: sent by DM instead', {
      pendingId: pending.id,
      channelId: origin.channelId,
      ...errorFacts(error),
    });
    await sendThreadNoticeByDm(deps, client, pending, buildThreadNoticeByDm(text, origin.channelId));
  }
}

async function sendThreadNoticeByDm(
  deps: SlackDeps,
  client: WebClient,
  pending: PendingAction,
  message: SlackMessage,
): Promise<void> {
  try {
    // A user id as the channel is their DM with the app: no membership needed, another conversation.
    await client.chat.postMessage({ channel: pending.requestedBy, ...message });
  } catch (error) {
    deps.logger.warn('request thread notice not delivered by DM either', {
      pendingId: pending.id,
      userId: pending.requestedBy,
      ...errorFacts(error),
    });
  }
}

/**
 * What Review & confirm says of a request that is no longer waiting for a confirm: withdrawn,
 * completed, or sent for approval, and then the approval's decision once there is one.
 */
export async function requestNoLongerOpenMessage(
  deps: SlackDeps,
  pending: PendingAction,
): Promise<SlackMessage> {
  const approval = isApprovalRequested(pending.result)
    ? await loadApprovalCard(deps.db, pending.result.approvalId, deps.clock.now())
    : null;
  return buildRequestNoLongerOpenMessage(pending, approval?.status ?? 'pending');
}

/** `approvalStatus`: of the approval the request was sent for, if it was ('pending' until decided). */
export function buildRequestNoLongerOpenMessage(
  pending: PendingAction,
  approvalStatus: ApprovalCard['status'] = 'pending',
): SlackMessage {
  const text =
    pending.status === 'cancelled'
      ? 'This request was withdrawn by the person who asked for it, so nothing was done. Post a new request if it is needed after all.'
      : isApprovalRequested(pending.result)
        ? SENT_FOR_APPROVAL[approvalStatus]
        : 'This request was already completed.';
  return { text, blocks: [section(text)] };
}

const SENT_FOR_APPROVAL: Record<ApprovalCard['status'], string> = {
  pending:
    'This request was sent for approval: a billing manager or admin decides it, and nothing is written off until one of them approves it.',
  approved: 'This request was sent for approval, and it was approved and written off.',
  rejected: 'This request was sent for approval, and it was rejected, so nothing was written off.',
  expired:
    'This request was sent for approval and was not decided within 7 days, so it expired and nothing was written off. Ask again if it is still needed.',
};
