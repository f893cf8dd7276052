/**
 * Issue 9 item 3 through Slack: text from someone without a role is never parsed nor sent to
 * the model (it was, before the role check, so anyone could stall the app), and each person
 * gets at most REQUESTS_PER_MINUTE requests a minute.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REQUESTS_PER_MINUTE } from '../../src/workflow/index.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../nlu/fake-openai-server.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  ADMIN,
  botMessages,
  GENERAL,
  type Harness,
  NOBODY,
  REQUESTS,
  startHarness,
  VIEWER,
  waitFor,
} from './support/harness.ts';
import { askDm, askSlash, readable } from './support/help-asking.ts';

/** The rules cannot read this, so for someone with a role the model would be asked. */
const VAGUE = 'pls zap what olga openshaw still has on file, the agency took it';

let h: Harness;
let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  fake.reply = { status: 500 };
  h = await startHarness({ env: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.baseURL } });
  await createCharge(h.db, { firstName: 'Olga', lastName: 'Openshaw', assessedCents: 20_000 });
});

afterAll(async () => {
  await h?.stop();
  await fake?.close();
});

beforeEach(() => {
  fake.requestBodies.length = 0;
});

describe('someone without a role', () => {
  it('is refused in a DM before the text is read: nothing goes to the model', async () => {
    const reply = readable(await askDm(h, NOBODY, VAGUE));
    expect(reply).toContain(`Ask an admin: <@${ADMIN}>`);
    expect(fake.requestBodies).toHaveLength(0);
  });

  it('is refused on /billing before the text is read: nothing goes to the model', async () => {
    const reply = readable(await askSlash(h, NOBODY, VAGUE));
    expect(reply).toContain('You do not have a role that may use the billing assistant');
    expect(fake.requestBodies).toHaveLength(0);
  });

  it('may still ask in a requests channel, read by the rules only', async () => {
    await h.client.userMessage({ userId: NOBODY, channelId: REQUESTS, text: VAGUE });
    const reply = await waitFor(() => botMessages(h, REQUESTS, NOBODY).at(-1));
    expect(reply.text).toContain('I did not understand that');
    expect(fake.requestBodies).toHaveLength(0);
  });

  it('a viewer with the same text does reach the model (the checks above can fail)', async () => {
    await askDm(h, VIEWER, VAGUE);
    expect(fake.requestBodies.length).toBeGreaterThan(0);
  });
});

describe('requests per minute', () => {
  it(`answers ${REQUESTS_PER_MINUTE} requests a minute, then says to wait`, async () => {
    const user = 'ULIMITED01';
    await h.client.slashCommand({
      command: '/billing',
      text: `role <@${user}> viewer`,
      userId: ADMIN,
      channelId: GENERAL,
    });
    await waitFor(() => h.emulator.responseUrlPosts.some((p) => JSON.stringify(p.body).includes(user)));
    for (let i = 0; i < REQUESTS_PER_MINUTE; i++) {
      expect(readable(await askSlash(h, user, 'what does Olga Openshaw owe?'))).toContain('$200.00');
    }
    const refused = readable(await askSlash(h, user, 'what does Olga Openshaw owe?'));
    expect(refused).toContain('wait a minute');
    expect(refused).not.toContain('$200.00');
  }, 60_000);
});
