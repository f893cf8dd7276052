import { fail, missingArgument, ok, readString } from '../api-result.ts';
import type { EmulatorState } from '../emulator-state.ts';
import { messageBlocksProblems, messageTextProblems } from '../limits.ts';
import type { ApiResult, JsonObject } from '../types.ts';
import { messageJson } from './message-json.ts';
import type { MethodTable } from './method.ts';

type Content = { text?: string; blocks?: unknown[] };

/**
 * Chat methods answer rule breaks with their own error codes, as Slack does:
 * `invalid_blocks` for Block Kit problems and `msg_too_long` for text, each with the
 * `[ERROR] ...` lines in response_metadata.
 */
function checkContent(args: JsonObject, requireContent: boolean): Content | ApiResult {
  const text = readString(args, 'text');
  const blocks = args.blocks;
  if (requireContent && !text && blocks === undefined && args.attachments === undefined)
    return fail('no_text');
  const textProblems = messageTextProblems(text);
  if (textProblems.length > 0) return fail('msg_too_long', textProblems);
  const blockProblems = messageBlocksProblems(blocks);
  if (blockProblems.length > 0) return fail('invalid_blocks', blockProblems);
  return { text, blocks: blocks as unknown[] | undefined };
}

const isFailure = <T extends object>(value: T | ApiResult): value is ApiResult => 'ok' in value;

/**
 * The conversation a post goes to, or Slack's refusal: `channel_not_found` for an id nobody
 * knows (in strict mode), `not_in_channel` for a conversation the app is not a member of.
 */
function postTarget(args: JsonObject, state: EmulatorState): { channel: string } | ApiResult {
  const target = readString(args, 'channel');
  const channel = target ? state.directory.resolveChannel(target, state.strictChannels) : undefined;
  if (!channel) return fail('channel_not_found');
  if (!state.directory.botIsMember(channel)) return fail('not_in_channel');
  return { channel: channel.id };
}

export const chatMethods: MethodTable = {
  'chat.postMessage': (args, state) => {
    const target = postTarget(args, state);
    if (isFailure(target)) return target;
    const { channel } = target;
    const content = checkContent(args, true);
    if (isFailure(content)) return content;
    const threadTs = readString(args, 'thread_ts');
    const message = state.messages.post({ channel, user: state.workspace.botUserId, ...content, threadTs });
    return ok({ channel, ts: message.ts, message: messageJson(message, state) });
  },

  'chat.postEphemeral': (args, state) => {
    const target = postTarget(args, state);
    if (isFailure(target)) return target;
    const { channel } = target;
    const user = readString(args, 'user');
    if (!user) return missingArgument('user');
    const content = checkContent(args, true);
    if (isFailure(content)) return content;
    const threadTs = readString(args, 'thread_ts');
    const posted = { channel, user: state.workspace.botUserId, ...content, threadTs, ephemeralTo: user };
    return ok({ message_ts: state.messages.post(posted).ts });
  },

  'chat.update': (args, state) => {
    const channel = readString(args, 'channel');
    const ts = readString(args, 'ts');
    if (!channel || !ts) return fail('message_not_found');
    const content = checkContent(args, false);
    if (isFailure(content)) return content;
    const existing = state.messages.find(channel, ts);
    // Ephemeral messages cannot be edited through chat.update; only through their response_url.
    if (!existing || existing.ephemeralTo) return fail('message_not_found');
    const updated = state.messages.update(channel, ts, content);
    if (!updated) return fail('message_not_found');
    return ok({ channel, ts, text: updated.text ?? '', message: messageJson(updated, state) });
  },

  'chat.delete': (args, state) => {
    const channel = readString(args, 'channel');
    const ts = readString(args, 'ts');
    if (!channel || !ts || !state.messages.delete(channel, ts)) return fail('message_not_found');
    return ok({ channel, ts });
  },
};
