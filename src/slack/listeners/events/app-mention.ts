/** "@app write off $40 for Jane Doe, hardship" in a channel. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { handleMessageRequest } from '../../message-requests.ts';
import { handleOnce } from '../../recent-keys.ts';

type MentionArgs = SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs;

export function appMentionEvent(deps: SlackDeps) {
  return async ({ event, body, client }: MentionArgs): Promise<void> => {
    if (event.bot_id || event.subtype || !event.user) return;
    const via = deps.config.REQUEST_CHANNELS.includes(event.channel) ? 'request_channel' : 'mention';
    const request = {
      userId: event.user,
      channelId: event.channel,
      ts: event.ts,
      text: event.text,
      via,
    } as const;
    await handleOnce(deps.seen, `event:${body.event_id}`, () => handleMessageRequest(deps, client, request));
  };
}
