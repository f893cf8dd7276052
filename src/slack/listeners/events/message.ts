/**
 * Messages: direct messages to the app, and every message in a requests channel (where chatter
 * that is no request gets no reply unless it mentions the app). Bot messages, edits, joins and
 * other subtypes are ignored. A reply in a requests channel's thread is read only as a correction
 * of the request that started the thread, by whoever made it (thread-corrections.ts).
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { handleMessageRequest, type IncomingRequest } from '../../message-requests.ts';
import { handleOnce } from '../../recent-keys.ts';
import { handleThreadReply } from '../../thread-corrections.ts';

type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;

export function messageEvent(deps: SlackDeps) {
  return async ({ event, body, client, context }: MessageArgs): Promise<void> => {
    if (event.subtype !== undefined || ('bot_id' in event && event.bot_id)) return;
    if (!('user' in event) || !event.user || !('text' in event) || !event.text) return;
    const isRequestChannel = deps.config.REQUEST_CHANNELS.includes(event.channel);
    const via = event.channel_type === 'im' ? 'direct_message' : isRequestChannel ? 'request_channel' : null;
    if (!via) return;
    if (via === 'request_channel' && event.thread_ts && event.thread_ts !== event.ts) {
      // A reply in a thread: its request's asker may correct it there; a request in a thread with
      // none is answered there; other talk gets no answer.
      const reply = {
        userId: event.user,
        channelId: event.channel,
        ts: event.ts,
        threadTs: event.thread_ts,
        text: event.text,
      };
      await handleOnce(deps.seen, `event:${body.event_id}`, () => handleThreadReply(deps, client, reply));
      return;
    }
    const request: IncomingRequest = {
      userId: event.user,
      channelId: event.channel,
      ts: event.ts,
      text: event.text,
      via,
      // Slack delivers a mention as this message too, and whichever comes first is handled.
      addressed: via === 'direct_message' || mentionsBot(event.text, context.botUserId),
    };
    await handleOnce(deps.seen, `event:${body.event_id}`, () => handleMessageRequest(deps, client, request));
  };
}

/** "<@U0BOT> …" or "<@U0BOT|billing> …" anywhere in the text. */
function mentionsBot(text: string, botUserId: string | undefined): boolean {
  return botUserId !== undefined && (text.includes(`<@${botUserId}>`) || text.includes(`<@${botUserId}|`));
}
