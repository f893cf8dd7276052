/**
 * Telling people an action is done. The person who confirmed gets the details (ephemeral in a
 * channel, a normal message in a DM); in a requests channel the requester is told in the thread,
 * with no patient name and no amount, because the whole channel reads it.
 */
import type { webApi } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';
import { type DoneSummary, loadHome } from '../workflow/index.ts';
import { announceApprovalDecision } from './approval-announce.ts';
import type { SlackDeps } from './deps.ts';
import { buildAuditPost } from './messages/audit-post-builder.ts';
import { buildDoneMessage } from './messages/done-message-builder.ts';
import { buildRequestDoneNotice } from './messages/request-message-builder.ts';
import { buildHomeView } from './views/home-builder.ts';

type WebClient = webApi.WebClient;

export const isDirectMessage = (channelId: string) => channelId.startsWith('D');

export async function announceDone(deps: SlackDeps, client: WebClient, summary: DoneSummary): Promise<void> {
  const message = buildDoneMessage(summary);
  const { origin, confirmedBy } = summary;
  if (origin.channelId && isDirectMessage(origin.channelId)) {
    const threadTs = origin.via === 'direct_message' ? origin.threadTs : null;
    await client.chat.postMessage({
      channel: origin.channelId,
      ...message,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
  } else if (origin.channelId) {
    await client.chat.postEphemeral({ channel: origin.channelId, user: confirmedBy, ...message });
  } else {
    await client.chat.postMessage({ channel: confirmedBy, ...message });
  }
  if (origin.via === 'request_channel' && origin.channelId && origin.threadTs) {
    const notice = buildRequestDoneNotice(summary.kind, summary.requestedBy, confirmedBy);
    await client.chat.postMessage({ channel: origin.channelId, thread_ts: origin.threadTs, ...notice });
  }
  if (summary.approval) await announceApprovalDecision(deps, client, summary.approval);
  await postToAuditChannel(deps, client, summary);
  await publishHome(deps, client, confirmedBy);
}

/** The change is already committed and in the audit log; a failed post is logged, not retried. */
async function postToAuditChannel(deps: SlackDeps, client: WebClient, summary: DoneSummary): Promise<void> {
  const channel = deps.config.AUDIT_CHANNEL;
  if (!channel) return;
  try {
    await client.chat.postMessage({ channel, ...buildAuditPost(summary) });
  } catch (error) {
    deps.logger.warn('audit channel post failed', { action: summary.kind, ...errorFacts(error) });
  }
}

/** App Home shows recent actions; refreshed when the user acts, so Undo there stays current. */
export async function publishHome(deps: SlackDeps, client: WebClient, userId: string): Promise<void> {
  try {
    await client.views.publish({ user_id: userId, view: buildHomeView(await loadHome(deps.db, userId)) });
  } catch (error) {
    deps.logger.warn('App Home not published', { userId, ...errorFacts(error) });
  }
}
