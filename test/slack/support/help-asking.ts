/** Asking the app a question as a biller would, and reading the private answer it gives. */
import type { StoredMessage } from '../../../src/slack-emulator/index.ts';
import { GENERAL, type Harness, waitFor } from './harness.ts';

/** `/billing <text>` in a channel: the answer comes back through the response_url, to the asker only. */
export async function askSlash(h: Harness, userId: string, text: string): Promise<StoredMessage> {
  const before = new Set(h.emulator.messages.inChannel(GENERAL, userId).map((m) => m.ts));
  await h.client.slashCommand({ command: '/billing', text, userId, channelId: GENERAL });
  return waitFor(() =>
    h.emulator.messages
      .inChannel(GENERAL, userId)
      .find((m) => !before.has(m.ts) && m.ephemeralTo === userId && m.user !== userId),
  );
}

/** A direct message to the app; the answer is in that message's thread. */
export async function askDm(h: Harness, userId: string, text: string, dm = `D${userId.slice(1)}`) {
  const { message } = await h.client.userMessage({ userId, channelId: dm, text });
  return waitFor(() =>
    h.emulator.messages.inChannel(dm).find((m) => m.threadTs === message.ts && m.user !== userId),
  );
}

/** Everything a reader sees in a message: its text and its blocks. */
export function readable(message: StoredMessage): string {
  return `${message.text ?? ''}\n${JSON.stringify(message.blocks ?? [])}`;
}

type ActionsBlock = {
  type: string;
  block_id?: string;
  elements?: { text: { text: string }; value: string; action_id: string }[];
};

/** The label and value of the next-step button under an answer, if there is one. */
export function nextStepButton(message: StoredMessage) {
  const blocks = (message.blocks ?? []) as ActionsBlock[];
  const button = blocks.find((b) => b.type === 'actions')?.elements?.[0];
  return button ? { label: button.text.text, value: button.value, actionId: button.action_id } : null;
}
