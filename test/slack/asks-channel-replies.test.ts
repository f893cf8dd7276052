/**
 * Probe 13 F9.9 and F9.10: in a requests channel, chatter that is no request and does not
 * address the app gets no reply (requests, and messages naming a patient or an amount, still do);
 * and a mention in a thread is answered in that thread.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CAN_DO_LINE } from '../../src/slack/messages/usage-message-builder.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  botMessages,
  FRONT_DESK,
  GENERAL,
  REQUESTS,
  useHarness,
  waitFor,
} from './support/harness.ts';

const h = useHarness();
let bot: string;

beforeAll(async () => {
  bot = `<@${h.emulator.workspace.botUserId}>`;
  await createCharge(h.db, { firstName: 'Leopoldine', lastName: 'Marchbanks', assessedCents: 4_500 });
});

async function post(text: string) {
  const { message } = await h.client.userMessage({ userId: FRONT_DESK, channelId: REQUESTS, text });
  return message;
}

function repliesAfter(ts: string) {
  return botMessages(h, REQUESTS, FRONT_DESK).filter((m) => Number(m.ts) > Number(ts));
}

describe('a requests channel', () => {
  it.each(['good morning team!', 'thanks!', 'lunch is here', 'anyone know if the printer is fixed?'])(
    'says nothing to chatter: "%s"',
    async (text) => {
      const logged = h.logs.length;
      const message = await post(text);
      // The app read it (and said so in its log, with ids only), then posted nothing.
      await waitFor(() =>
        h.logs.slice(logged).some((l) => l.includes('requests channel message left unanswered')),
      );
      expect(repliesAfter(message.ts)).toEqual([]);
    },
  );

  it('still answers chatter that mentions the app, with what it can do', async () => {
    const message = await post(`${bot} good morning!`);
    const reply = await waitFor(() => repliesAfter(message.ts).find((m) => m.text?.includes(CAN_DO_LINE)));
    expect(reply.ephemeralTo).toBe(FRONT_DESK);
  });

  it('still answers what names a patient but cannot be read, with what it can do', async () => {
    const message = await post('pls zap whatever leopoldine marchbanks still has');
    const reply = await waitFor(() => repliesAfter(message.ts).find((m) => m.text?.includes(CAN_DO_LINE)));
    expect(reply.ephemeralTo).toBe(FRONT_DESK);
  });

  it('still takes a request: the card in the thread', async () => {
    const message = await post('write off $20 for Leopoldine Marchbanks, small balance');
    const card = await waitFor(() =>
      botMessages(h, REQUESTS).find((m) => m.threadTs === message.ts && m.text?.includes('asked for')),
    );
    expect(card.text).not.toContain('Marchbanks');
  });
});

describe('a mention in a thread', () => {
  it('is answered in that thread, to the asker only', async () => {
    const { message: parent } = await h.client.userMessage({
      userId: BILLER,
      channelId: GENERAL,
      text: 'who can look at Leopoldine’s account?',
    });
    await h.client.userMessage({
      userId: BILLER,
      channelId: GENERAL,
      text: `${bot} what does Leopoldine Marchbanks owe?`,
      threadTs: parent.ts,
    });
    const answer = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find((m) => m.text?.includes('$45.00')),
    );
    expect(answer.ephemeralTo).toBe(BILLER);
    expect(answer.threadTs).toBe(parent.ts);
  });

  it('at the top level stays at the top level', async () => {
    await h.client.userMessage({
      userId: BILLER,
      channelId: GENERAL,
      text: `${bot} how do I undo a write-off?`,
    });
    const answer = await waitFor(() =>
      botMessages(h, GENERAL, BILLER).find((m) => JSON.stringify(m.blocks).includes('(undo-write-off)')),
    );
    expect(answer.threadTs).toBeUndefined();
  });
});
