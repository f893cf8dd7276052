/**
 * A message in an assistant thread: show that the app is working on it, then handle it like any
 * direct message (help questions answered with the help desk, requests with a Review button),
 * replying in that thread.
 */
import type { AssistantUserMessageMiddleware } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { handleMessageRequest } from '../../message-requests.ts';

type UserMessageArgs = Parameters<AssistantUserMessageMiddleware>[0];

export const THINKING_STATUS = 'is looking into it…';

export function assistantUserMessage(deps: SlackDeps) {
  return async ({ message, client, setStatus }: UserMessageArgs): Promise<void> => {
    if (message.subtype !== undefined || ('bot_id' in message && message.bot_id)) return;
    if (!('user' in message) || !message.user || !('text' in message) || !message.text) return;
    if (!('thread_ts' in message) || !message.thread_ts) return;
    await setStatus(THINKING_STATUS);
    try {
      await handleMessageRequest(deps, client, {
        userId: message.user,
        channelId: message.channel,
        ts: message.ts,
        threadTs: message.thread_ts,
        text: message.text,
        via: 'direct_message',
      });
    } finally {
      // Slack clears the status when the app replies in the thread. A delivery it sends again
      // (already answered) or a message that gets no reply would leave "is looking into it…" up.
      await setStatus('').catch(() => undefined);
    }
  };
}
