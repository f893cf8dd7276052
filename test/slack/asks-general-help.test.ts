/**
 * Probe 13 F7: general help (the articles, which name no patient) is for everyone in the
 * workspace (DOMAIN section 4) on every surface: a DM, a mention, `/writeoff`, `/billing` and the
 * assistant thread. What shows or changes a patient's data still needs a role.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ASSISTANT_GREETING } from '../../src/slack/messages/assistant-builder.ts';
import { USAGE_LINES } from '../../src/slack/messages/usage-message-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  ADMIN,
  BILLER,
  botMessages,
  GENERAL,
  NOBODY,
  useHarness,
  VIEWER,
  waitFor,
} from './support/harness.ts';
import { askDm, askSlash, nextStepButton, readable } from './support/help-asking.ts';

const QUESTION = 'how do I undo a write-off?';
const REFUSED = 'You do not have a role';

const h = useHarness();

beforeAll(async () => {
  // A paid charge: for someone with a role, "why can't I write off …" names it and its payment.
  await createCharge(h.db, {
    firstName: 'Perpetua',
    lastName: 'Quillfeather',
    assessedCents: 3_745,
    paidCents: 3_745,
  });
});

/** `/writeoff <text>`: the answer is the ack itself or a post to the response_url, to the asker only. */
async function askWriteOff(userId: string, text: string): Promise<string> {
  const before = new Set(h.emulator.messages.inChannel(GENERAL, userId).map((m) => m.ts));
  const response = await h.client.slashCommand({ command: '/writeoff', text, userId, channelId: GENERAL });
  const acked = response.body as { text?: string } | null;
  if (acked?.text) return JSON.stringify(acked);
  const posted = await waitFor(() =>
    h.emulator.messages
      .inChannel(GENERAL, userId)
      .find((m) => !before.has(m.ts) && m.ephemeralTo === userId && m.user !== userId),
  );
  return readable(posted);
}

describe('someone without a role asks how the product works', () => {
  it('in a DM: the article answers, no refusal', async () => {
    const reply = readable(await askDm(h, NOBODY, QUESTION));
    expect(reply).toContain('(undo-write-off)');
    expect(reply).not.toContain(REFUSED);
  });

  it('by mentioning the app in a channel: the article answers, to the asker only', async () => {
    const bot = `<@${h.emulator.workspace.botUserId}>`;
    await h.client.userMessage({ userId: NOBODY, channelId: GENERAL, text: `${bot} ${QUESTION}` });
    const reply = await waitFor(() =>
      botMessages(h, GENERAL, NOBODY).find((m) => readable(m).includes('(undo-write-off)')),
    );
    expect(reply.ephemeralTo).toBe(NOBODY);
    expect(readable(reply)).not.toContain(REFUSED);
  });

  it('with /writeoff <question>: the article answers, no "may not write off" refusal', async () => {
    const reply = await askWriteOff(NOBODY, QUESTION);
    expect(reply).toContain('(undo-write-off)');
    expect(reply).not.toContain(REFUSED);
  });

  it('with /writeoff help: the usage card', async () => {
    const reply = await askWriteOff(NOBODY, 'help');
    expect(reply).toContain('Billing assistant');
    expect(reply).toContain(USAGE_LINES[1]?.split(' – ')[0] ?? 'missing');
    expect(reply).not.toContain(REFUSED);
  });

  it('with /billing and no "help" word: the article answers', async () => {
    const reply = readable(await askSlash(h, NOBODY, QUESTION));
    expect(reply).toContain('(undo-write-off)');
    expect(reply).not.toContain(REFUSED);
  });

  it('in the assistant thread: the article answers in the thread', async () => {
    const dm = 'DNOBODYAS1';
    const threadTs = '1700000100.000100';
    await h.client.event({
      type: 'assistant_thread_started',
      assistant_thread: { user_id: NOBODY, channel_id: dm, thread_ts: threadTs, context: {} },
      event_ts: threadTs,
    });
    await waitFor(() => h.emulator.assistantThread(dm, threadTs)?.prompts !== undefined);
    await h.client.userMessage({ userId: NOBODY, channelId: dm, text: QUESTION, threadTs });
    const answer = await waitFor(() =>
      h.emulator.messages
        .inChannel(dm)
        .find((m) => m.threadTs === threadTs && m.user !== NOBODY && m.text !== ASSISTANT_GREETING),
    );
    expect(readable(answer)).toContain('(undo-write-off)');
    expect(readable(answer)).not.toContain(REFUSED);
  });
});

describe('what names a patient still needs a role', () => {
  it('a question naming a patient answers from the articles only: no name, no figure, no button', async () => {
    const reply = await askDm(h, NOBODY, "why can't I write off Perpetua Quillfeather's charge?");
    const text = readable(reply);
    // Answered, not refused at the gate: what stands in the way is the asker's own missing role,
    // the same for every charge, never the charge's situation.
    expect(text).toMatch(/^You have no role in the billing app, so you may not write off/);
    expect(text).not.toContain('Quillfeather');
    expect(text).not.toContain('$37.45');
    // Nothing of the charge: the answer is word for word the one about a patient nobody has.
    expect(text).toBe(
      readable(await askDm(h, NOBODY, "why can't I write off Zebulon Nobodyknows's charge?")),
    );
    expect(nextStepButton(reply)).toBeNull();
  });

  it('a general "why can\'t I" from a viewer is answered with what a viewer may do', async () => {
    const text = readable(await askDm(h, VIEWER, "why can't I refund payments?"));
    expect(text).toMatch(
      /^A viewer may not refund a payment: a viewer can look up balances and read the help/,
    );
  });

  it('the same question from a biller does get the charge’s situation (the check above can fail)', async () => {
    const text = readable(await askDm(h, BILLER, "why can't I write off Perpetua Quillfeather's charge?"));
    expect(text).toContain('Quillfeather');
    expect(text).toContain('already paid');
  });

  it('a request in a DM is still refused, with who grants a role', async () => {
    const reply = readable(await askDm(h, NOBODY, 'write off $10 for Perpetua Quillfeather, small balance'));
    expect(reply).toContain(REFUSED);
    expect(reply).toContain(`Ask an admin: <@${ADMIN}>`);
    expect(reply).not.toContain('Review & confirm');
  });

  it('a balance by /billing is still refused', async () => {
    const reply = readable(await askSlash(h, NOBODY, 'balance Perpetua Quillfeather'));
    expect(reply).toContain(REFUSED);
    expect(reply).not.toContain('$');
  });

  it('/writeoff with a request is still refused as a write-off', async () => {
    const reply = await askWriteOff(NOBODY, '$10 Perpetua Quillfeather small balance');
    expect(reply).toContain('You do not have a role that may write off');
    expect(h.emulator.views.top(NOBODY)).toBeUndefined();
  });
});
