import { createTsSource } from './ids.ts';
import type { Clock, StoredMessage } from './types.ts';

export type NewMessage = Omit<StoredMessage, 'ts' | 'deleted'>;

/** Messages per channel in posting order; deleted messages stay, flagged, so tests can see the delete. */
export function createMessageStore(clock: Clock) {
  const nextTs = createTsSource();
  const byChannel = new Map<string, StoredMessage[]>();

  const find = (channel: string, ts: string) => byChannel.get(channel)?.find((m) => m.ts === ts);

  return {
    post(message: NewMessage): StoredMessage {
      const stored: StoredMessage = { ...message, ts: nextTs(clock.now()) };
      byChannel.set(message.channel, [...(byChannel.get(message.channel) ?? []), stored]);
      return stored;
    },
    find,
    update(
      channel: string,
      ts: string,
      change: Pick<StoredMessage, 'text' | 'blocks'>,
    ): StoredMessage | undefined {
      const message = find(channel, ts);
      if (!message || message.deleted) return undefined;
      if (change.text !== undefined) message.text = change.text;
      if (change.blocks !== undefined) message.blocks = change.blocks;
      return message;
    },
    delete(channel: string, ts: string): boolean {
      const message = find(channel, ts);
      if (!message || message.deleted) return false;
      message.deleted = true;
      return true;
    },
    /** Visible messages of a channel; ephemeral ones only when `forUser` is their recipient. */
    inChannel(channel: string, forUser?: string): StoredMessage[] {
      return (byChannel.get(channel) ?? []).filter(
        (m) => !m.deleted && (m.ephemeralTo === undefined || m.ephemeralTo === forUser),
      );
    },
    /** Every message ever posted, including deleted and ephemeral ones. */
    all(): StoredMessage[] {
      return [...byChannel.values()].flat();
    },
    /**
     * What a person sees in the channel itself, oldest first: messages that are not thread
     * replies (a thread's parent has no threadTs or its own ts), with their ephemeral ones.
     */
    topLevel(channel: string, forUser?: string): StoredMessage[] {
      return this.inChannel(channel, forUser).filter((m) => m.threadTs === undefined || m.threadTs === m.ts);
    },
    inThread(channel: string, threadTs: string): StoredMessage[] {
      return (byChannel.get(channel) ?? []).filter((m) => !m.deleted && m.threadTs === threadTs);
    },
  };
}

export type MessageStore = ReturnType<typeof createMessageStore>;
