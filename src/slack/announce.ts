/**
 * Telling people an action is done. The person who confirmed gets the details (ephemeral in a
 * channel, a normal message in a DM, by DM from the app when the conversation refuses the post);
 * in a requests channel the requester is told in the thread, with no patient name and no amount,
 * because the whole channel reads it.
 */
import type { webApi } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';
import { type DoneSummary, loadHome } from '../workflow/index.ts';
import { announceApprovalDecision } from './approval-announce.ts';
import type { SlackDeps } from './deps.ts';
import { buildAuditPost } from './messages/audit-post-builder.ts';
import {
  buildDoneMessage,
  buildSavedWithoutDetailsMessage,
  inDirectMessage,
  type SlackMessage,
} from './messages/done-message-builder.ts';
import { buildRequestDoneNotice, buildThreadNoticeByDm } from './messages/request-message-builder.ts';
import { buildHomeView } from './views/home-builder.ts';

type WebClient = webApi.WebClient;

export const isDirectMessage = (channelId: string) => channelId.startsWith('D');

export async function announceDone(deps: SlackDeps, client: WebClient, summary: DoneSummary): Promise<void> {
  await deliverResult(deps, client, summary);
  await noticeInRequestThread(deps, client, summary);
  if (summary.approval) await announceApprovalDecision(deps, client, summary.approval);
  await postToAuditChannel(deps, client, summary);
  await publishHome(deps, client, summary.confirmedBy);
}

/**
 * The confirmer always sees the result. The change is committed by now, and someone who sees
 * nothing tries again: when the conversation refuses the app's post (not_in_channel in a private
 * channel or a DM between people, channel_not_found, anything else), the result goes by DM.
 */
async function deliverResult(deps: SlackDeps, client: WebClient, summary: DoneSummary): Promise<void> {
  const message = buildDoneMessage(summary);
  const { origin, confirmedBy } = summary;
  const channelId = origin.channelId;
  if (!channelId) {
    await sendDirect(deps, client, confirmedBy, message, { what: 'done message', kind: summary.kind });
    return;
  }
  try {
    if (isDirectMessage(channelId)) {
      const threadTs = origin.via === 'direct_message' ? origin.threadTs : null;
      await client.chat.postMessage({
        channel: channelId,
        ...message,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
    } else {
      const threadTs = origin.via === 'mention' ? origin.threadTs : null;
      await client.chat.postEphemeral({
        channel: channelId,
        user: confirmedBy,
        ...message,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
    }
  } catch (error) {
    logUndelivered(deps, 'done message', { channelId, userId: confirmedBy, kind: summary.kind }, error);
    await sendDirect(deps, client, confirmedBy, inDirectMessage(message), {
      what: 'done message',
      kind: summary.kind,
    });
  }
}

/**
 * An undo pressed on a message (a write-off's Undo, a batch's "Undo the batch") has already
 * turned that message into its result; the audit channel and App Home still hear of it, as they
 * do of an undo confirmed on the form.
 */
export async function announceUndoneFromMessage(
  deps: SlackDeps,
  client: WebClient,
  summary: DoneSummary,
): Promise<void> {
  await postToAuditChannel(deps, client, summary);
  await publishHome(deps, client, summary.confirmedBy);
}

/** In a requests channel the person who asked is told in the request's thread, or else by DM. */
export async function noticeInRequestThread(deps: SlackDeps, client: WebClient, summary: DoneSummary) {
  const { origin } = summary;
  if (origin.via !== 'request_channel' || !origin.channelId || !origin.threadTs) return;
  const notice = buildRequestDoneNotice(summary.askedFor, summary.kind, summary.confirmedBy);
  try {
    await client.chat.postMessage({ channel: origin.channelId, thread_ts: origin.threadTs, ...notice });
  } catch (error) {
    const ids = { channelId: origin.channelId, userId: summary.askedFor.requesterId, kind: summary.kind };
    logUndelivered(deps, 'request notice', ids, error);
    // Said as what happened (Slack did not take it), not as the app missing from the channel:
    // a 500 or a rate limit fails it too.
    const byDm = buildThreadNoticeByDm(notice.text, origin.channelId);
    await sendDirect(deps, client, summary.askedFor.requesterId, byDm, {
      what: 'request notice',
      kind: summary.kind,
    });
  }
}

/** A committed change whose details could not be read back: the confirmer hears it was saved. */
export async function announceSavedWithoutDetails(deps: SlackDeps, client: WebClient, userId: string) {
  try {
    await client.chat.postMessage({ channel: userId, ...buildSavedWithoutDetailsMessage() });
  } catch (error) {
    logUndelivered(deps, 'saved notice by DM', { userId }, error);
  }
}

/** A user id as the channel is their DM with the app, which needs no membership anywhere. */
async function sendDirect(
  deps: SlackDeps,
  client: WebClient,
  userId: string,
  message: SlackMessage,
  about: { what: string; kind: DoneSummary['kind'] },
): Promise<void> {
  try {
    await client.chat.postMessage({ channel: userId, ...message });
  } catch (error) {
    logUndelivered(deps, `${about.what} by DM`, { userId, kind: about.kind }, error);
  }
}

/** Ids and Slack's error code only: the message itself names the patient and the amount. */
function logUndelivered(deps: SlackDeps, what: string, ids: Record<string, string>, error: unknown): void {
  const { kind: errorKind, code } = errorFacts(error);
  deps.logger.warn(`${what} not delivered`, { ...ids, errorKind, code });
}

/** The change is already committed and in the audit log; a failed post is logged, not retried. */
export async function postToAuditChannel(
  deps: SlackDeps,
  client: WebClient,
  summary: DoneSummary,
): Promise<void> {
  const channel = deps.config.AUDIT_CHANNEL;
  if (!channel) return;
  try {
    await client.chat.postMessage({ channel, ...buildAuditPost(summary) });
  } catch (error) {
    deps.logger.warn('audit channel post failed', { action: summary.kind, ...errorFacts(error) });
  }
}

/** App Home shows recent actions; refreshed when the user acts, so Undo there stays current. */
export function publishHome(deps: SlackDeps, client: WebClient, userId: string): Promise<void> {
  return deps.homeRefresher.refresh(userId, () => publishHomeNow(deps, client, userId));
}

/** The user opened the tab: it is built now (home-refresh.ts). */
export function openHome(deps: SlackDeps, client: WebClient, userId: string): Promise<void> {
  return deps.homeRefresher.opened(userId, () => publishHomeNow(deps, client, userId));
}

async function publishHomeNow(deps: SlackDeps, client: WebClient, userId: string): Promise<void> {
  try {
    await client.views.publish({ user_id: userId, view: buildHomeView(await loadHome(deps.db, userId)) });
  } catch (error) {
    deps.logger.warn('App Home not published', { userId, ...errorFacts(error) });
  }
}
