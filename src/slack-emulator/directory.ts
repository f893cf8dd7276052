import type { IdSource } from './ids.ts';
import type { EmulatorChannel, EmulatorUser } from './types.ts';

/**
 * The workspace's people and conversations. DM channels are created on demand, one per user,
 * the way conversations.open and chat.postMessage to a user id behave.
 */
export function createDirectory(ids: IdSource, users: EmulatorUser[], channels: EmulatorChannel[]) {
  const usersById = new Map(users.map((u) => [u.id, u]));
  const channelsById = new Map(channels.map((c) => [c.id, c]));

  function dmFor(userId: string): EmulatorChannel {
    const existing = [...channelsById.values()].find((c) => c.isIm && c.userId === userId);
    if (existing) return existing;
    const dm: EmulatorChannel = { id: ids.next('D'), name: userId, isIm: true, userId };
    channelsById.set(dm.id, dm);
    return dm;
  }

  return {
    user: (userId: string) => usersById.get(userId),
    channel: (channelId: string) => channelsById.get(channelId),
    /** Everyone, in the order they were added. */
    users: (): EmulatorUser[] => [...usersById.values()],
    /** Every conversation, DMs included, in the order they were created. */
    channels: (): EmulatorChannel[] => [...channelsById.values()],
    addUser: (user: EmulatorUser) => usersById.set(user.id, user),
    addChannel: (channel: EmulatorChannel) => channelsById.set(channel.id, channel),
    dmFor,
    /** Whether the app can post in the conversation (it is in it). */
    botIsMember: (channel: EmulatorChannel) => channel.botMember !== false,
    /**
     * Where a message to `target` lands: a user id means their DM. Unknown channels are created
     * (with the bot in them) unless `strict`, so apps can post to ids a test never declared.
     */
    resolveChannel(target: string, strict: boolean): EmulatorChannel | undefined {
      if (usersById.has(target) || /^[UW][A-Z0-9]+$/.test(target)) return dmFor(target);
      const known = channelsById.get(target);
      if (known || strict) return known;
      const created: EmulatorChannel = { id: target, name: target.toLowerCase() };
      channelsById.set(target, created);
      return created;
    },
  };
}

export type Directory = ReturnType<typeof createDirectory>;
