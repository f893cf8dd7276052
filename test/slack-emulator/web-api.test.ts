import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackEmulator, startSlackEmulator } from '../../src/slack-emulator/index.ts';

const USER = 'U0BILLER1';
let emulator: SlackEmulator;
let client: webApi.WebClient;

const modal = (overrides: Record<string, unknown> = {}) => ({
  type: 'modal',
  title: { type: 'plain_text', text: 'Write off' },
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Hello' } }],
  ...overrides,
});

/** The real Web API client, so requests are encoded exactly as an app's would be. */
async function slackError(call: Promise<unknown>): Promise<{ error: string; messages?: string[] }> {
  try {
    await call;
  } catch (error) {
    const data = (error as { data: { error: string; response_metadata?: { messages: string[] } } }).data;
    return { error: data.error, messages: data.response_metadata?.messages };
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  emulator = await startSlackEmulator({
    users: [{ id: USER, name: 'dana', realName: 'Dana Biller', isAdmin: true }],
    channels: [{ id: 'C0BILLING', name: 'billing' }],
  });
  client = new webApi.WebClient(emulator.botToken, {
    slackApiUrl: emulator.url,
    retryConfig: { retries: 0 },
    logLevel: webApi.LogLevel.ERROR,
    logger: {
      debug() {},
      info() {},
      warn() {},
      error() {},
      setLevel() {},
      getLevel: () => webApi.LogLevel.ERROR,
      setName() {},
    },
  });
});

afterAll(() => emulator.stop());

describe('authentication and directory', () => {
  it('answers invalid_auth to a wrong token and unknown_method to a made-up method', async () => {
    const stranger = new webApi.WebClient('xoxb-wrong', {
      slackApiUrl: emulator.url,
      retryConfig: { retries: 0 },
    });
    expect(await slackError(stranger.auth.test())).toEqual({ error: 'invalid_auth' });
    expect(await slackError(client.apiCall('billing.magic'))).toEqual({ error: 'unknown_method' });
  });

  it('describes users and channels, and opens one DM per user', async () => {
    const { user } = await client.users.info({ user: USER });
    expect(user).toMatchObject({ id: USER, real_name: 'Dana Biller', is_admin: true });
    // Without strictChannels anyone with a user id's shape is a person; the bot user is a bot.
    expect((await client.users.info({ user: 'U0NOBODY' })).user).toMatchObject({
      id: 'U0NOBODY',
      is_bot: false,
    });
    const bot = emulator.workspace.botUserId;
    expect((await client.users.info({ user: bot })).user).toMatchObject({ id: bot, is_bot: true });
    expect(await slackError(client.users.info({ user: 'not-an-id' }))).toEqual({ error: 'user_not_found' });
    const first = await client.conversations.open({ users: USER });
    const second = await client.conversations.open({ users: USER });
    expect(first.channel?.id).toMatch(/^D/);
    expect(second.channel?.id).toBe(first.channel?.id);
    const info = await client.conversations.info({ channel: first.channel?.id ?? '' });
    expect(info.channel).toMatchObject({ is_im: true });
  });
});

describe('views', () => {
  it('decodes the form-encoded view and records the call', async () => {
    await client.views.open({ trigger_id: emulator.issueTriggerId(USER), view: modal() as never });
    expect(emulator.lastCall('views.open')?.body.view).toMatchObject({ title: { text: 'Write off' } });
    expect(emulator.views.top(USER)?.view.title).toEqual({ type: 'plain_text', text: 'Write off' });
  });

  it('refuses an unknown trigger_id and a view that is not a modal', async () => {
    expect(await slackError(client.views.open({ trigger_id: '1.2.3', view: modal() as never }))).toEqual({
      error: 'invalid_trigger_id',
    });
    const home = { type: 'home', blocks: [] } as never;
    const refused = await slackError(
      client.views.open({ trigger_id: emulator.issueTriggerId(USER), view: home }),
    );
    expect(refused.error).toBe('invalid_arguments');
  });

  it('updates by view_id or external_id, and refuses a stale hash with hash_conflict', async () => {
    const opened = await client.views.open({
      trigger_id: emulator.issueTriggerId(USER),
      view: modal({ external_id: 'loading-1' }) as never,
    });
    const staleHash = opened.view?.hash ?? '';
    await client.views.update({ external_id: 'loading-1', hash: staleHash, view: modal() as never });
    const conflict = client.views.update({
      view_id: opened.view?.id ?? '',
      hash: staleHash,
      view: modal() as never,
    });
    expect(await slackError(conflict)).toEqual({ error: 'hash_conflict' });
  });

  it('stacks at most 3 modals', async () => {
    await client.views.open({ trigger_id: emulator.issueTriggerId(USER), view: modal() as never });
    for (const _ of [1, 2])
      await client.views.push({ trigger_id: emulator.issueTriggerId(USER), view: modal() as never });
    const fourth = client.views.push({ trigger_id: emulator.issueTriggerId(USER), view: modal() as never });
    expect(await slackError(fourth)).toEqual({ error: 'push_limit_reached' });
    expect(emulator.views.stack(USER)).toHaveLength(3);
  });

  it('publishes one App Home per user', async () => {
    await client.views.publish({ user_id: USER, view: { type: 'home', blocks: [] } });
    const again = await client.views.publish({
      user_id: USER,
      view: { type: 'home', blocks: [{ type: 'divider' }] },
    });
    expect(emulator.views.home(USER)?.id).toBe(again.view?.id);
    expect(emulator.views.home(USER)?.view.blocks).toEqual([{ type: 'divider' }]);
  });

  it.each([
    [
      'an option text over 75 characters',
      { type: 'static_select', action_id: 'a', options: [opt('x'.repeat(76))] },
    ],
    [
      '101 options',
      { type: 'static_select', action_id: 'a', options: Array.from({ length: 101 }, () => opt('x')) },
    ],
    ['an action_id over 255 characters', { type: 'button', action_id: 'a'.repeat(256), text: opt('x').text }],
  ])('refuses a modal with %s', async (_name, element) => {
    const view = modal({ blocks: [{ type: 'actions', block_id: 'b', elements: [element] }] });
    const refused = await slackError(
      client.views.open({ trigger_id: emulator.issueTriggerId(USER), view: view as never }),
    );
    expect(refused.error).toBe('invalid_arguments');
  });
});

function opt(text: string) {
  return { text: { type: 'plain_text', text }, value: 'v' };
}

describe('chat', () => {
  it('posts, updates and deletes messages, and refuses more than 50 blocks', async () => {
    const posted = await client.chat.postMessage({ channel: 'C0BILLING', text: 'Balance: $12.00' });
    await client.chat.update({ channel: 'C0BILLING', ts: posted.ts ?? '', text: 'Balance: $0.00' });
    expect(emulator.messages.find('C0BILLING', posted.ts ?? '')?.text).toBe('Balance: $0.00');
    await client.chat.delete({ channel: 'C0BILLING', ts: posted.ts ?? '' });
    expect(emulator.messages.inChannel('C0BILLING')).toEqual([]);
    const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' as const }));
    const refused = await slackError(client.chat.postMessage({ channel: 'C0BILLING', text: 'x', blocks }));
    expect(refused.error).toBe('invalid_blocks');
    const tooLong = await slackError(
      client.chat.postMessage({ channel: 'C0BILLING', text: 'x'.repeat(40_001) }),
    );
    expect(tooLong.error).toBe('msg_too_long');
  });

  it('posts to a user id in their DM', async () => {
    const posted = await client.chat.postMessage({ channel: USER, text: 'Hi Dana' });
    expect(posted.channel).toMatch(/^D/);
  });
});

describe('assistant threads', () => {
  it('keeps status, title and at most 4 suggested prompts per thread', async () => {
    const thread = { channel_id: 'D1', thread_ts: '1.000001' };
    await client.assistant.threads.setStatus({ ...thread, status: 'is thinking…' });
    await client.assistant.threads.setTitle({ ...thread, title: 'Write-off for Bob' });
    const prompt = { title: 'Balance', message: 'What is the balance?' };
    await client.assistant.threads.setSuggestedPrompts({ ...thread, prompts: [prompt] });
    expect(emulator.assistantThread('D1', '1.000001')).toMatchObject({
      status: 'is thinking…',
      title: 'Write-off for Bob',
      prompts: [prompt],
    });
    const five = Array.from({ length: 5 }, () => prompt) as [typeof prompt];
    const refused = await slackError(
      client.assistant.threads.setSuggestedPrompts({ ...thread, prompts: five }),
    );
    expect(refused.error).toBe('invalid_arguments');
  });
});
