/**
 * Delivering approval requests and their outcomes. The card goes to APPROVALS_CHANNEL, or, when
 * that is not set or refuses it, to each billing manager and admin by DM; the requester hears the
 * outcome by DM. A failed delivery to one person is logged (ids only) and does not stop the others.
 */
import type { webApi } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';
import {
  type ApprovalCard,
  type CardPost,
  cardPostsOf,
  everyApprover,
  loadApprovalCard,
  type RefusalNotice,
  rememberCardPost,
  seesPatientData,
} from '../workflow/index.ts';
import { isDirectMessage, publishHome } from './announce.ts';
import type { SlackDeps } from './deps.ts';
import {
  buildApprovalBlockedMessage,
  buildApprovalClosedCard,
  buildApprovalOutcomeMessage,
  buildApprovalOutcomeWithoutAccessMessage,
  buildApprovalRequestMessage,
  type RequesterOutcome,
} from './messages/approval-message-builder.ts';
import type { SlackMessage } from './messages/done-message-builder.ts';
import { noticeApprovalDecidedInThread } from './request-sent-for-approval.ts';

type WebClient = webApi.WebClient;

/** The approvals channel that refused a card, and Slack's error code. */
interface ChannelRefusal {
  readonly channel: string;
  readonly code: string | undefined;
}

/** Where a request's card went: the approvals channel, each approver's DM, or nowhere (an error). */
export type ApprovalDelivery =
  | { readonly kind: 'channel'; readonly channel: string }
  | { readonly kind: 'failed' }
  | {
      readonly kind: 'direct';
      readonly reached: readonly string[];
      readonly missed: readonly string[];
      /** Set when an approvals channel is configured and refused the card. */
      readonly refused: ChannelRefusal | null;
    };

export interface ApprovalRequestToPost {
  readonly card: ApprovalCard;
  /** Who may decide it, the requester left out: the DMs when there is no approvals channel. */
  readonly approvers: readonly string[];
}

/**
 * Posts the card to APPROVALS_CHANNEL; when that is not set, or refuses the post (the app is not
 * in it, say), to each approver by DM, as nobody would otherwise hear of the request. Says where
 * it went, so the requester can be told the truth. Never throws: the request is already filed,
 * and the requester must still get an answer.
 */
export async function deliverApprovalRequest(
  deps: SlackDeps,
  client: WebClient,
  request: ApprovalRequestToPost,
): Promise<ApprovalDelivery> {
  try {
    return await deliverCard(deps, client, request);
  } catch (error) {
    deps.logger.warn('approval request not delivered', {
      approvalId: request.card.approvalId,
      ...errorFacts(error),
    });
    return { kind: 'failed' };
  }
}

async function deliverCard(
  deps: SlackDeps,
  client: WebClient,
  request: ApprovalRequestToPost,
): Promise<ApprovalDelivery> {
  const channel = deps.config.APPROVALS_CHANNEL;
  if (!channel) return sendToApprovers(deps, client, request, null);
  const message = buildApprovalRequestMessage(request.card, 'channel');
  const posted = await postCard(deps, client, channel, message, request.card.approvalId, null);
  if (posted.ok) return { kind: 'channel', channel };
  deps.logger.warn('approvals channel refused the card: sent by DM instead', {
    channel,
    approvalId: request.card.approvalId,
    code: posted.code,
  });
  return sendToApprovers(deps, client, request, { channel, code: posted.code });
}

async function sendToApprovers(
  deps: SlackDeps,
  client: WebClient,
  request: ApprovalRequestToPost,
  refused: ChannelRefusal | null,
): Promise<ApprovalDelivery> {
  const message = buildApprovalRequestMessage(request.card, 'direct_message', refused?.channel ?? null);
  const reached: string[] = [];
  const missed: string[] = [];
  for (const approver of request.approvers) {
    const posted = await postCard(deps, client, approver, message, request.card.approvalId, approver);
    (posted.ok ? reached : missed).push(approver);
  }
  return { kind: 'direct', reached, missed, refused };
}

/**
 * A card that was posted is remembered, so it can be closed once the request is decided.
 * `recipient`: the approver whose DM `target` is, or null for a channel.
 */
async function postCard(
  deps: SlackDeps,
  client: WebClient,
  target: string,
  message: SlackMessage,
  approvalId: string,
  recipient: string | null,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly code: string | undefined }> {
  const posted = await send(deps, client, target, message, approvalId);
  if (!posted.ok) return posted;
  // A user id posts to their DM: the answer names the DM's channel, which chat.update needs.
  if (posted.channel && posted.ts) {
    const post = { channel: posted.channel, ts: posted.ts, recipient };
    // Posted all the same: a card not remembered keeps its buttons, which still answer correctly.
    await rememberCardPost(deps.db, approvalId, post).catch((error) =>
      deps.logger.warn('approval card post not kept', {
        approvalId,
        channel: post.channel,
        ...errorFacts(error),
      }),
    );
  }
  return { ok: true };
}

/** Where the request went, in the words shown to the requester. */
export function deliveryText(delivery: ApprovalDelivery): string {
  if (delivery.kind === 'channel') return `It was posted in <#${delivery.channel}>.`;
  if (delivery.kind === 'failed')
    return 'It could not be delivered just now. It is listed on the App Home of every billing manager and admin: let one of them know.';
  if (!delivery.refused) return directText(delivery.reached, delivery.missed);
  const { channel, code } = delivery.refused;
  const notPosted = `It could not be posted in <#${channel}> (${refusalReason(code)})`;
  const { reached, missed } = delivery;
  if (reached.length === 0 && missed.length === 0)
    return `${notPosted}, and no billing manager or admin is set up yet to get it by DM: ask an admin to give someone that role.`;
  if (reached.length === 0) return `${notPosted}, nor sent by DM to ${mentions(missed)}. ${ON_APP_HOME}`;
  return `${notPosted}, so it was sent by DM to ${mentions(reached)} instead.${missedText(missed)}`;
}

function directText(reached: readonly string[], missed: readonly string[]): string {
  if (reached.length === 0 && missed.length === 0)
    return 'No billing manager or admin is set up yet: ask an admin to give someone that role.';
  if (reached.length === 0) return `It could not be sent to ${mentions(missed)}. ${ON_APP_HOME}`;
  return `It was sent to ${mentions(reached)}.${missedText(missed)}`;
}

const ON_APP_HOME = 'It is listed on their App Home: let one of them know.';

const missedText = (missed: readonly string[]) =>
  missed.length > 0 ? ` It could not be sent to ${mentions(missed)}.` : '';

/** Said while the card is still on its way (the window then says where it went). */
export const DELIVERY_UNDER_WAY_TEXT =
  'It is on its way to whoever may approve it; this window will say where it went.';

const mentions = (userIds: readonly string[]) => userIds.map((id) => `<@${id}>`).join(', ');

function refusalReason(code: string | undefined): string {
  if (code === 'not_in_channel') return 'the app is not a member of that channel';
  if (code === 'channel_not_found') return 'Slack did not find that channel for the app';
  if (code === 'is_archived') return 'that channel is archived';
  return 'Slack refused the post';
}

/** A decision is announced: the requester hears it and every card shows it, without buttons. */
export async function announceApprovalDecision(
  deps: SlackDeps,
  client: WebClient,
  card: ApprovalCard,
): Promise<void> {
  await tellRequesterOutcome(deps, client, card);
  await closeApprovalCards(deps, client, card);
  await noticeApprovalDecidedInThread(deps, client, card);
  await refreshApproverHomes(deps, client, card);
}

/**
 * Every approver's App Home lists the requests waiting for them with Approve and Reject, and the
 * requester's lists their own requests still waiting: once one is filed, decided or expired, the
 * Home of each approver who has the tab open, and the requester's, is published again, so nobody
 * keeps a stale to-do or misses a new one. publishHome skips whoever has not opened it.
 */
export async function refreshApproverHomes(
  deps: SlackDeps,
  client: WebClient,
  card: ApprovalCard,
): Promise<void> {
  const people = new Set([...(await everyApprover(deps.db)), card.requestedBy]);
  await Promise.all([...people].map((userId) => publishHome(deps, client, userId)));
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
  for (const post of await cardPostsOf(deps.db, card.approvalId)) {
    const where = (await keepsDetails(deps, post)) ? 'private' : 'channel';
    const message = buildApprovalClosedCard(card, where);
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

/**
 * A card in a DM (channel ids of DMs begin with D) keeps the details when its approver may still
 * see patient data; a channel's never does, and neither does a DM card whose approver is not
 * known (posted before that was kept) or whose role cannot be read.
 */
async function keepsDetails(deps: SlackDeps, post: CardPost): Promise<boolean> {
  if (!isDirectMessage(post.channel) || post.recipient === null) return false;
  return seesPatientData(deps.db, post.recipient).catch(() => false);
}

export async function tellRequesterOutcome(
  deps: SlackDeps,
  client: WebClient,
  card: ApprovalCard,
): Promise<void> {
  await tellRequester(deps, client, card, card.status, () => buildApprovalOutcomeMessage(card));
}

export async function deliverRefusalNotices(
  deps: SlackDeps,
  client: WebClient,
  notices: readonly RefusalNotice[],
): Promise<void> {
  for (const notice of notices) {
    const { card, blockers } = notice;
    await tellRequester(deps, client, card, 'blocked', () => buildApprovalBlockedMessage(card, blockers));
  }
}

/**
 * Every DM to a requester about their request's outcome goes through here. Anything that shows a
 * patient's data needs a role (DOMAIN.md section 4), and an admin may have set theirs to `none`
 * since they asked: their role is read now, and without one they are told only that the request
 * (by when it was sent and its id) reached this outcome and that their access was removed.
 */
async function tellRequester(
  deps: SlackDeps,
  client: WebClient,
  card: ApprovalCard,
  outcome: RequesterOutcome,
  withDetails: () => SlackMessage,
): Promise<void> {
  // A role that cannot be read shows no patient either: the outcome is still told.
  const seesPatients = await seesPatientData(deps.db, card.requestedBy).catch((error) => {
    deps.logger.warn('requester role not read: outcome told without details', {
      approvalId: card.approvalId,
      ...errorFacts(error),
    });
    return false;
  });
  const message = seesPatients ? withDetails() : buildApprovalOutcomeWithoutAccessMessage(card, outcome);
  await send(deps, client, card.requestedBy, message, card.approvalId);
}

/** A user id as channel is their DM with the app. A failure is logged (ids and code only). */
async function send(
  deps: SlackDeps,
  client: WebClient,
  channel: string,
  message: SlackMessage,
  approvalId: string,
): Promise<
  | { readonly ok: true; readonly channel?: string | undefined; readonly ts?: string | undefined }
  | { readonly ok: false; readonly code: string | undefined }
> {
  try {
    const posted = await client.chat.postMessage({ channel, ...message });
    return { ok: true, channel: posted.channel, ts: posted.ts };
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    deps.logger.warn('approval message not delivered', { channel, approvalId, code });
    return { ok: false, code };
  }
}
