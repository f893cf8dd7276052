/** Slack's assistant experience in DMs: greeting and suggested prompts, a status while working, answers in the thread. */
import { beforeAll, describe, expect, it } from 'vitest';
import { THINKING_STATUS } from '../../src/slack/listeners/assistant/user-message.ts';
import { ASSISTANT_GREETING } from '../../src/slack/messages/assistant-builder.ts';
import { REVIEW_BLOCK } from '../../src/slack/messages/request-message-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import { BILLER, useHarness, waitFor } from './support/harness.ts';
import { nextStepButton, readable } from './support/help-asking.ts';

const h = useHarness();
const DM = 'DASSIST001';

beforeAll(async () => {
  await createCharge(h.db, { firstName: 'Nora', lastName: 'Nightingale', writtenOffCents: 10_000 });
});

async function startThread(threadTs: string) {
  await h.client.event({
    type: 'assistant_thread_started',
    assistant_thread: { user_id: BILLER, channel_id: DM, thread_ts: threadTs, context: {} },
    event_ts: threadTs,
  });
  // Slack shows the greeting before the user can type.
  await waitFor(() => h.emulator.assistantThread(DM, threadTs)?.prompts !== undefined);
}

async function say(threadTs: string, text: string) {
  const { message } = await h.client.userMessage({ userId: BILLER, channelId: DM, text, threadTs });
  return waitFor(() =>
    h.emulator.messages
      .inChannel(DM)
      .find(
        (m) =>
          m.threadTs === threadTs &&
          m.user !== BILLER &&
          m.text !== ASSISTANT_GREETING &&
          Number(m.ts) > Number(message.ts),
      ),
  );
}

/** How often the thread's status was cleared. */
function clears(threadTs: string): number {
  return h.emulator
    .callsTo('assistant.threads.setStatus')
    .filter((call) => call.body.thread_ts === threadTs && call.body.status === '').length;
}

describe('the assistant in DMs', () => {
  it('greets a new thread and suggests up to 4 prompts, the common questions among them', async () => {
    await startThread('1700000000.000100');
    const greeting = await waitFor(() =>
      h.emulator.messages.inChannel(DM).find((m) => m.threadTs === '1700000000.000100'),
    );
    expect(greeting.text).toBe(ASSISTANT_GREETING);
    const thread = await waitFor(
      () =>
        h.emulator.assistantThread(DM, '1700000000.000100')?.prompts &&
        h.emulator.assistantThread(DM, '1700000000.000100'),
    );
    const titles = (thread.prompts as { title: string }[]).map((p) => p.title);
    expect(titles.length).toBeLessThanOrEqual(4);
    expect(titles).toEqual(
      expect.arrayContaining(['Why can’t I write off?', 'Write-off vs cancel', 'Undo a write-off']),
    );
  });

  it.each([
    ['Why can’t I write off?', 'write-off-blocked'],
    ['What is the difference between a write-off and cancelling PR?', 'write-off-vs-cancel'],
    ['How do I undo a write-off?', 'undo-write-off'],
  ])(
    'answers the suggested prompt "%s" from its article, with a status while working',
    async (prompt, topic) => {
      const threadTs = `1700000001.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
      await startThread(threadTs);
      const answer = await say(threadTs, prompt);
      expect(readable(answer)).toContain(`(${topic})`);
      const statuses = h.emulator
        .callsTo('assistant.threads.setStatus')
        .filter((call) => call.body.thread_ts === threadTs)
        .map((call) => call.body.status);
      expect(statuses[0]).toBe(THINKING_STATUS);
      // Cleared once answered (as Slack does on a reply), so no status stays behind.
      await waitFor(() => h.emulator.assistantThread(DM, threadTs)?.status === '');
    },
  );

  it('a message Slack delivers again is answered once and leaves no status behind', async () => {
    const threadTs = '1700000004.000100';
    await startThread(threadTs);
    await say(threadTs, 'How do I undo a write-off?');
    const [asked] = h.emulator.messages
      .inChannel(DM)
      .filter((m) => m.threadTs === threadTs && m.user === BILLER);
    if (!asked) throw new Error('no question in the thread');
    await waitFor(() => h.emulator.assistantThread(DM, threadTs)?.status === '');
    const clearedBefore = clears(threadTs);
    await h.client.event(
      {
        type: 'message',
        channel: DM,
        channel_type: 'im',
        user: BILLER,
        text: asked.text,
        ts: asked.ts,
        thread_ts: threadTs,
      },
      { retryNum: 1, retryReason: 'http_timeout' },
    );
    await waitFor(() => clears(threadTs) > clearedBefore);
    expect(h.emulator.assistantThread(DM, threadTs)?.status).toBe('');
    const answers = h.emulator.messages
      .inChannel(DM)
      .filter((m) => m.threadTs === threadTs && m.user !== BILLER && m.text !== ASSISTANT_GREETING);
    expect(answers).toHaveLength(1);
  });

  it('answers about a named patient with the blocker and the next-step button', async () => {
    await startThread('1700000002.000100');
    const answer = await say('1700000002.000100', 'why can’t I write off Nora Nightingale’s charge?');
    expect(readable(answer)).toContain('already written off');
    expect(nextStepButton(answer)?.label).toBe('Undo write-off');
  });

  it('turns a request into a Review & confirm reply in the thread, like other DMs', async () => {
    await startThread('1700000003.000100');
    const reply = await say('1700000003.000100', 'write off $10 for Nora Nightingale, small balance');
    expect(reply.text).toContain('I understood');
    expect(JSON.stringify(reply.blocks)).toContain(REVIEW_BLOCK);
  });
});
