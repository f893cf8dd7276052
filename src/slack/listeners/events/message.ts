/**
 * Messages: direct messages to the app, and every message in a requests channel (where chatter
 * that is no request gets no reply unless it mentions the app). A reply in a requests channel's
 * thread, "also sent to the channel" or not, is read as its asker's word on the request that
 * started the thread (thread-corrections.ts). A request message edited or deleted corrects or
 * withdraws its request (request-edits.ts); a request made in a DM with the app or by a mention
 * elsewhere, edited or deleted, is corrected or withdrawn the same way, told to its asker alone. Bot messages,
 * joins and other subtypes are ignored.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { handleMessageRequest, type IncomingRequest } from '../../message-requests.ts';
import { handleOnce } from '../../recent-keys.ts';
import {
  handlePrivateRequestDeleted,
  handleRequestDeleted,
  handleRequestEdited,
} from '../../request-edits.ts';
import { handleThreadReply } from '../../thread-corrections.ts';
import { stringFields } from './event-fields.ts';

type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;

const MESSAGE_FIELDS = [
  'user',
  'channel',
  'channel_type',
  'ts',
  'text',
  'thread_ts',
  'bot_id',
  'subtype',
] as const;

export function messageEvent(deps: SlackDeps) {
  return async ({ event, body, client, context }: MessageArgs): Promise<void> => {
    const fields = stringFields(deps, event as unknown as Record<string, unknown>, MESSAGE_FIELDS);
    if (!fields?.channel) return;
    if (event.subtype === 'message_changed' || event.subtype === 'message_deleted') {
      if (deps.config.REQUEST_CHANNELS.includes(fields.channel))
        await handleOnce(deps.seen, `event:${body.event_id}`, () =>
          requestMessageChanged(deps, client, event),
        );
      else
        await handleOnce(deps.seen, `event:${body.event_id}`, () =>
          privateRequestChanged(deps, client, event),
        );
      return;
    }
    // "Also send to channel" makes a thread reply a thread_broadcast: still a reply in the thread.
    if (fields.subtype !== undefined && fields.subtype !== 'thread_broadcast') return;
    if (fields.bot_id) return;
    const { user, channel, ts, text, thread_ts: threadTs } = fields;
    if (!user || !text || !ts) return;
    const isRequestChannel = deps.config.REQUEST_CHANNELS.includes(channel);
    const via = fields.channel_type === 'im' ? 'direct_message' : isRequestChannel ? 'request_channel' : null;
    if (!via) return;
    if (via === 'request_channel' && threadTs && threadTs !== ts) {
      // A reply in a thread: its request's asker may correct it there; a request in a thread with
      // none is answered there; other talk gets no answer.
      const reply = { userId: user, channelId: channel, ts, threadTs, text };
      await handleOnce(deps.seen, `event:${body.event_id}`, () => handleThreadReply(deps, client, reply));
      return;
    }
    const request: IncomingRequest = {
      userId: user,
      channelId: channel,
      ts,
      text,
      via,
      // A reply in a DM's thread is answered there, and may speak of the request that began it.
      ...(via === 'direct_message' && threadTs && threadTs !== ts ? { threadTs } : {}),
      // Slack delivers a mention as this message too, and whichever comes first is handled.
      addressed: via === 'direct_message' || mentionsBot(text, context.botUserId),
    };
    await handleOnce(deps.seen, `event:${body.event_id}`, () => handleMessageRequest(deps, client, request));
  };
}

/** "<@U0BOT> …" or "<@U0BOT|billing> …" anywhere in the text. */
function mentionsBot(text: string, botUserId: string | undefined): boolean {
  return botUserId !== undefined && (text.includes(`<@${botUserId}>`) || text.includes(`<@${botUserId}|`));
}

type MessageEvent = MessageArgs['event'];

/** A nested message as fields to read; anything but an object reads as having none. */
function objectOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** The deleted message's channel and ts, or null when the event does not say which it was. */
function deletedMessage(deps: SlackDeps, event: MessageEvent): { channelId: string; ts: string } | null {
  const deleted = stringFields(deps, event as unknown as Record<string, unknown>, ['deleted_ts']);
  return deleted?.deleted_ts ? { channelId: event.channel, ts: deleted.deleted_ts } : null;
}

/**
 * The user's own edit or deletion of a message, elsewhere than a requests channel: a DM with the
 * app (where a request may be in a thread, as in the assistant's) or a mention. It is a request
 * edited or deleted only when the message made one (request-edits.ts looks it up by its channel
 * and ts).
 */
async function privateRequestChanged(deps: SlackDeps, client: MessageArgs['client'], event: MessageEvent) {
  if (event.subtype === 'message_deleted') {
    const deleted = deletedMessage(deps, event);
    if (deleted) await handlePrivateRequestDeleted(deps, client, deleted);
    return;
  }
  if (event.subtype !== 'message_changed') return;
  const message = stringFields(deps, objectOf(event.message), ['user', 'text', 'ts', 'bot_id']);
  const edited = stringFields(deps, objectOf(event.previous_message), ['text']);
  if (!message || !edited) return;
  if (!message.user || message.bot_id || !message.ts || !message.text) return;
  if (edited.text === message.text) return;
  await handleRequestEdited(deps, client, {
    userId: message.user,
    channelId: event.channel,
    ts: message.ts,
    text: message.text,
  });
}

/** An edit or deletion of a request message at the top level of a requests channel. */
async function requestMessageChanged(deps: SlackDeps, client: MessageArgs['client'], event: MessageEvent) {
  if (event.subtype === 'message_deleted') {
    const deleted = deletedMessage(deps, event);
    if (deleted) await handleRequestDeleted(deps, client, deleted);
    return;
  }
  if (event.subtype !== 'message_changed') return;
  const message = stringFields(deps, objectOf(event.message), ['user', 'text', 'ts', 'thread_ts', 'bot_id']);
  // An edited thread reply, a bot's message, or a change Slack makes itself (an unfurl): not a request edited.
  const edited = stringFields(deps, objectOf(event.previous_message), ['text']);
  if (!message || !edited) return;
  if (!message.user || message.bot_id || !message.ts || !message.text) return;
  if (message.thread_ts && message.thread_ts !== message.ts) return;
  if (edited?.text === message.text) return;
  await handleRequestEdited(deps, client, {
    userId: message.user,
    channelId: event.channel,
    ts: message.ts,
    text: message.text,
  });
}
