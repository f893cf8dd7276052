/** "@app write off $40 for Jane Doe, hardship" in a channel, or in one of its threads. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { handleMessageRequest, type IncomingRequest } from '../../message-requests.ts';
import { handleOnce } from '../../recent-keys.ts';
import { stringFields } from './event-fields.ts';

type MentionArgs = SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs;

const MENTION_FIELDS = ['user', 'channel', 'ts', 'text', 'thread_ts', 'bot_id', 'subtype'] as const;

export function appMentionEvent(deps: SlackDeps) {
  return async ({ event, body, client }: MentionArgs): Promise<void> => {
    const fields = stringFields(deps, event as unknown as Record<string, unknown>, MENTION_FIELDS);
    if (!fields || fields.bot_id || fields.subtype || !fields.user) return;
    const { user, channel, ts, text = '', thread_ts: threadTs } = fields;
    if (!channel || !ts) return;
    const via = deps.config.REQUEST_CHANNELS.includes(channel) ? 'request_channel' : 'mention';
    const request: IncomingRequest = {
      userId: user,
      channelId: channel,
      ts,
      text,
      via,
      addressed: true,
      // Asked in a thread: the private answer belongs in that thread, not the channel's main view.
      ...(threadTs ? { threadTs } : {}),
    };
    await handleOnce(deps.seen, `event:${body.event_id}`, () => handleMessageRequest(deps, client, request));
  };
}
