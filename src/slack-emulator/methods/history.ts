import { fail, missingArgument, ok, readString } from '../api-result.ts';
import type { EmulatorState } from '../emulator-state.ts';
import type { EmulatorChannel, EmulatorUser, JsonObject, StoredMessage } from '../types.ts';
import { messageJson } from './message-json.ts';
import type { MethodTable } from './method.ts';

/** Slack's default page size for history; the emulator answers one page, newest first. */
const DEFAULT_LIMIT = 100;

function limitOf(args: JsonObject): number {
  const limit = Number(readString(args, 'limit') ?? DEFAULT_LIMIT);
  return Number.isSafeInteger(limit) && limit > 0 ? Math.min(limit, 1_000) : DEFAULT_LIMIT;
}

function knownChannel(args: JsonObject, state: EmulatorState): EmulatorChannel | undefined {
  const channelId = readString(args, 'channel');
  return channelId ? state.directory.channel(channelId) : undefined;
}

/** A thread's parent says how many replies it has, as history does in Slack. */
function withReplyCount(message: StoredMessage, state: EmulatorState) {
  const replies = state.messages
    .inThread(message.channel, message.ts)
    .filter((reply) => reply.ts !== message.ts && !reply.ephemeralTo);
  const json = messageJson(message, state);
  return replies.length > 0 ? { ...json, thread_ts: message.ts, reply_count: replies.length } : json;
}

function userSummary(user: EmulatorUser, teamId: string) {
  return {
    id: user.id,
    team_id: teamId,
    name: user.name,
    real_name: user.realName,
    is_admin: user.isAdmin ?? false,
    is_bot: false,
    deleted: false,
    profile: { real_name: user.realName, display_name: user.name, title: user.title ?? '' },
  };
}

/** History never returns ephemeral messages: they were never stored in the channel. */
export const historyMethods: MethodTable = {
  'conversations.list': (_args, state) =>
    ok({
      channels: state.directory
        .channels()
        .filter((channel) => !channel.isIm)
        .map((channel) => ({
          id: channel.id,
          name: channel.name,
          is_channel: true,
          is_member: state.directory.botIsMember(channel),
        })),
      response_metadata: { next_cursor: '' },
    }),

  'conversations.history': (args, state) => {
    if (!readString(args, 'channel')) return missingArgument('channel');
    const channel = knownChannel(args, state);
    if (!channel) return fail('channel_not_found');
    if (!state.directory.botIsMember(channel)) return fail('not_in_channel');
    const visible = state.messages.topLevel(channel.id).filter((m) => !m.ephemeralTo);
    const page = visible.reverse().slice(0, limitOf(args));
    return ok({
      messages: page.map((m) => withReplyCount(m, state)),
      has_more: visible.length > page.length,
    });
  },

  'conversations.replies': (args, state) => {
    const ts = readString(args, 'ts');
    if (!ts) return missingArgument('ts');
    const channel = knownChannel(args, state);
    if (!channel) return fail('channel_not_found');
    if (!state.directory.botIsMember(channel)) return fail('not_in_channel');
    const parent = state.messages.find(channel.id, ts);
    if (!parent || parent.deleted) return fail('thread_not_found');
    const replies = state.messages.inThread(channel.id, ts).filter((m) => m.ts !== ts && !m.ephemeralTo);
    return ok({ messages: [parent, ...replies].map((m) => messageJson(m, state)), has_more: false });
  },

  'users.list': (_args, state) =>
    ok({
      members: state.directory.users().map((user) => userSummary(user, state.workspace.teamId)),
      response_metadata: { next_cursor: '' },
    }),
};
