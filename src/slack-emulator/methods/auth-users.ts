import { fail, missingArgument, ok, readString } from '../api-result.ts';
import type { EmulatorState } from '../emulator-state.ts';
import type { EmulatorChannel, EmulatorUser } from '../types.ts';
import type { MethodTable } from './method.ts';

function userJson(user: EmulatorUser, teamId: string) {
  return {
    id: user.id,
    team_id: teamId,
    name: user.name,
    real_name: user.realName,
    is_admin: user.isAdmin ?? false,
    is_bot: user.isBot ?? false,
    deleted: user.deleted ?? false,
    tz: 'America/New_York',
    profile: { real_name: user.realName, display_name: user.name, title: user.title ?? '' },
  };
}

/**
 * A user nobody declared: the app's own bot user; without strictChannels, anyone with a user id's
 * shape (as conversations.open opens a DM with them), so tests need not declare every person.
 */
function undeclaredUser(userId: string, state: EmulatorState): EmulatorUser | undefined {
  const { botUserId, botName } = state.workspace;
  if (userId === botUserId) return { id: userId, name: botName, realName: botName, isBot: true };
  if (state.strictChannels || !/^[UW][A-Z0-9]+$/.test(userId)) return undefined;
  return { id: userId, name: userId.toLowerCase(), realName: userId };
}

function channelJson(channel: EmulatorChannel) {
  return {
    id: channel.id,
    name: channel.name,
    is_channel: !channel.isIm,
    is_im: channel.isIm ?? false,
    is_private: channel.isPrivate ?? channel.isIm ?? false,
    is_member: channel.botMember !== false,
    ...(channel.userId ? { user: channel.userId } : {}),
  };
}

export const authAndDirectoryMethods: MethodTable = {
  'auth.test': (_args, state) => {
    const w = state.workspace;
    return ok({
      url: 'https://emulated.slack.com/',
      team: w.teamName,
      user: w.botName,
      team_id: w.teamId,
      user_id: w.botUserId,
      bot_id: w.botId,
      is_enterprise_install: false,
    });
  },

  'users.info': (args, state) => {
    const userId = readString(args, 'user');
    if (!userId) return missingArgument('user');
    const user = state.directory.user(userId) ?? undeclaredUser(userId, state);
    return user ? ok({ user: userJson(user, state.workspace.teamId) }) : fail('user_not_found');
  },

  'conversations.info': (args, state) => {
    const channelId = readString(args, 'channel');
    if (!channelId) return missingArgument('channel');
    const channel = state.directory.channel(channelId);
    return channel ? ok({ channel: channelJson(channel) }) : fail('channel_not_found');
  },

  'conversations.open': (args, state) => {
    const users =
      readString(args, 'users')
        ?.split(',')
        .map((id) => id.trim()) ?? [];
    const [userId] = users;
    if (!userId) return fail('users_list_not_supplied');
    // Group DMs (several users) are out of scope: billing conversations are one-to-one.
    if (users.length > 1) return fail('not_supported');
    if (state.strictChannels && !state.directory.user(userId)) return fail('user_not_found');
    return ok({ channel: { id: state.directory.dmFor(userId).id } });
  },
};
