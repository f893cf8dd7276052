/**
 * A request made in a requests channel that its confirmer's limit sent for approval: the thread
 * is told so (no patient, no amount), and a later Review & confirm says where it went, rather
 * than calling it completed while nothing was written off.
 */
import type { webApi } from '@slack/bolt';
import { errorFacts } from '../db/error-facts.ts';
import { isApprovalRequested } from '../ledger/index.ts';
import { loadPendingAction, type PendingAction } from '../workflow/index.ts';
import { SLACK_ACTIONS } from './actions/index.ts';
import type { SlackDeps } from './deps.ts';
import type { SlackMessage } from './messages/done-message-builder.ts';
import { section } from './views/block-kit.ts';

type WebClient = webApi.WebClient;

export async function noticeSentForApproval(
  deps: SlackDeps,
  client: WebClient,
  sent: { readonly pendingId: string; readonly confirmerId: string },
): Promise<void> {
  const pending = await loadPendingAction(deps.db, sent.pendingId);
  const origin = pending?.payload.origin;
  if (!pending || origin?.via !== 'request_channel' || !origin.channelId || !origin.threadTs) return;
  const what = SLACK_ACTIONS[pending.kind].nameInSentence;
  const text = `<@${pending.requestedBy}> update: <@${sent.confirmerId}> sent ${what} you asked for to a billing manager or admin for approval. Nothing is written off until one of them approves it.`;
  try {
    await client.chat.postMessage({
      channel: origin.channelId,
      thread_ts: origin.threadTs,
      text,
      blocks: [section(text)],
    });
  } catch (error) {
    deps.logger.warn('sent-for-approval notice not posted', { pendingId: pending.id, ...errorFacts(error) });
  }
}

/** What Review & confirm says of a request that is no longer waiting for a confirm. */
export function buildRequestNoLongerOpenMessage(pending: PendingAction): SlackMessage {
  const text = isApprovalRequested(pending.result)
    ? 'This request was sent for approval: a billing manager or admin decides it, and nothing is written off until one of them approves it.'
    : 'This request was already completed.';
  return { text, blocks: [section(text)] };
}
