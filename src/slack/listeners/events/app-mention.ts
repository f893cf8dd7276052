/** "@app write off $40 for Jane Doe, hardship" in a channel, or in one of its threads. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { handleMessageRequest, type IncomingRequest } from '../../message-requests.ts';
import { handleOnce } from '../../recent-keys.ts';

type MentionArgs = SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs;

export function appMentionEvent(deps: SlackDeps) {
  return async ({ event, body, client }: MentionArgs): Promise<void> => {
    if (event.bot_id || event.subtype || !event.user) return;
    const via = deps.config.REQUEST_CHANNELS.includes(event.channel) ? 'request_channel' : 'mention';
    const request: IncomingRequest = {
      userId: event.user,
      channelId: event.channel,
      ts: event.ts,
      text: event.text,
      via,
      addressed: true,
      // Asked in a thread: the private answer belongs in that thread, not the channel's main view.
      ...(event.thread_ts ? { threadTs: event.thread_ts } : {}),
    };
    await handleOnce(deps.seen, `event:${body.event_id}`, () => handleMessageRequest(deps, client, request));
  };
}
