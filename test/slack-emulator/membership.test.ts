/**
 * Channel membership: the app can post only where it was added. A private channel or a DM
 * between two people it is not in answers `not_in_channel`; an id nobody knows answers
 * `channel_not_found` (strict mode), as Slack does. DMs with the app always work.
 */
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackEmulator, startSlackEmulator } from '../../src/slack-emulator/index.ts';

const USER = 'U0BILLER1';
const OTHER = 'U0FRONT01';
const TEAM = 'C0BILLING';
const PRIVATE = 'G0PRIVATE';
const PEOPLE_DM = 'D0PEOPLE1';

let emulator: SlackEmulator;
let client: webApi.WebClient;

async function slackError(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    return (error as { data: { error: string } }).data.error;
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  emulator = await startSlackEmulator({
    users: [
      { id: USER, name: 'dana', realName: 'Dana Biller' },
      { id: OTHER, name: 'fran', realName: 'Fran Desk' },
    ],
    channels: [
      { id: TEAM, name: 'billing' },
      { id: PRIVATE, name: 'billing-leads', isPrivate: true, botMember: false },
    ],
    strictChannels: true,
  });
  emulator.addChannel({ id: PEOPLE_DM, name: 'dana-fran', isIm: true, botMember: false });
  client = new webApi.WebClient(emulator.botToken, {
    slackApiUrl: emulator.url,
    retryConfig: { retries: 0 },
    logLevel: webApi.LogLevel.ERROR,
  });
});

afterAll(() => emulator.stop());

describe('where the app may post', () => {
  it('posts in a channel it is in, and to a user id (its DM with them)', async () => {
    await client.chat.postMessage({ channel: TEAM, text: 'hello team' });
    await client.chat.postEphemeral({ channel: TEAM, user: USER, text: 'just you' });
    const dm = await client.chat.postMessage({ channel: USER, text: 'hello Dana' });
    expect(emulator.messages.inChannel(TEAM, USER).map((m) => m.text)).toEqual(['hello team', 'just you']);
    expect(emulator.messages.inChannel(String(dm.channel)).map((m) => m.text)).toEqual(['hello Dana']);
  });

  it('answers not_in_channel in a private channel and a DM between people it is not in, and stores nothing', async () => {
    for (const channel of [PRIVATE, PEOPLE_DM]) {
      expect(await slackError(client.chat.postMessage({ channel, text: 'done' }))).toBe('not_in_channel');
      expect(await slackError(client.chat.postEphemeral({ channel, user: USER, text: 'done' }))).toBe(
        'not_in_channel',
      );
      expect(await slackError(client.conversations.history({ channel }))).toBe('not_in_channel');
      expect(emulator.messages.inChannel(channel, USER)).toEqual([]);
    }
    expect(emulator.violations.filter((v) => v.error === 'not_in_channel')).toHaveLength(6);
  });

  it('answers channel_not_found for an unknown channel', async () => {
    expect(await slackError(client.chat.postMessage({ channel: 'C0NOWHERE', text: 'x' }))).toBe(
      'channel_not_found',
    );
    expect(await slackError(client.chat.postEphemeral({ channel: 'C0NOWHERE', user: USER, text: 'x' }))).toBe(
      'channel_not_found',
    );
  });

  it('says in conversations.info and conversations.list whether the app is a member', async () => {
    const info = await client.conversations.info({ channel: PRIVATE });
    expect(info.channel).toMatchObject({ is_private: true, is_member: false });
    const list = await client.conversations.list();
    const byId = Object.fromEntries((list.channels ?? []).map((c) => [c.id, c.is_member]));
    expect(byId).toMatchObject({ [TEAM]: true, [PRIVATE]: false });
  });
});

describe('without strict channels', () => {
  it('creates an undeclared channel with the app in it, so tests may post to any id', async () => {
    const lenient = await startSlackEmulator();
    try {
      expect(lenient.invoke('chat.postMessage', { channel: 'C0ANYWHERE', text: 'hi' }).ok).toBe(true);
      lenient.addChannel({ id: 'C0SECRET', name: 'secret', isPrivate: true, botMember: false });
      expect(lenient.invoke('chat.postMessage', { channel: 'C0SECRET', text: 'hi' })).toEqual({
        ok: false,
        error: 'not_in_channel',
      });
    } finally {
      await lenient.stop();
    }
  });
});
