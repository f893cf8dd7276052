import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AppClient,
  createAppClient,
  createManualClock,
  type ManualClock,
  type SlackEmulator,
  startSlackEmulator,
} from '../../src/slack-emulator/index.ts';
import { SIGNING_SECRET, startTinyBoltApp } from './tiny-bolt-app.ts';

const USER = 'U0BILLER1';
const CHANNEL = 'C0BILLING';

let clock: ManualClock;
let emulator: SlackEmulator;
let tinyApp: Awaited<ReturnType<typeof startTinyBoltApp>>;
let slack: AppClient;

beforeEach(async () => {
  clock = createManualClock();
  emulator = await startSlackEmulator({
    clock,
    users: [{ id: USER, name: 'dana', realName: 'Dana Biller' }],
    channels: [{ id: CHANNEL, name: 'billing' }],
  });
  tinyApp = await startTinyBoltApp(emulator);
  slack = createAppClient({ appUrl: tinyApp.appUrl, signingSecret: SIGNING_SECRET, emulator });
});

afterEach(async () => {
  await tinyApp.stop();
  await emulator.stop();
});

const adjust = (text = 'ok') =>
  slack.slashCommand({ command: '/adjust', text, userId: USER, channelId: CHANNEL });

describe('a signed slash command reaches Bolt and its modal reaches the emulator', () => {
  it('opens the modal for the user who typed the command', async () => {
    const response = await adjust();
    expect(response.status).toBe(200);
    await expect.poll(() => emulator.views.top(USER)).toBeDefined();
    const modal = emulator.views.top(USER);
    expect(modal?.view.callback_id).toBe('adjustment_modal');
    expect(emulator.lastCall('auth.test')?.response.ok).toBe(true);
  });

  it('refuses a second views.open with the same trigger_id', async () => {
    const { triggerId } = await adjust();
    await expect.poll(() => emulator.views.top(USER)).toBeDefined();
    const reused = emulator.invoke('views.open', {
      trigger_id: triggerId,
      view: emulator.views.top(USER)?.view,
    });
    expect(reused).toEqual({ ok: false, error: 'exchanged_trigger_id' });
  });

  it('refuses a trigger_id used after 3 seconds of slow work', async () => {
    tinyApp.recorder.beforeOpen = async () => clock.advance(3_001);
    await adjust();
    await expect.poll(() => tinyApp.recorder.apiErrors.length).toBeGreaterThan(0);
    expect(tinyApp.recorder.apiErrors).toEqual(['expired_trigger_id']);
    expect(emulator.views.top(USER)).toBeUndefined();
  });

  it.each([
    ['long-title', '[ERROR] must be less than 25 characters [json-pointer:/view/title/text]'],
    ['101-blocks', '[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]'],
    ['big-metadata', '[ERROR] must be less than 3001 characters [json-pointer:/view/private_metadata]'],
  ])('refuses a modal with %s as invalid_arguments', async (variant, message) => {
    await adjust(variant);
    await expect.poll(() => tinyApp.recorder.apiErrors.length).toBeGreaterThan(0);
    expect(tinyApp.recorder.apiErrors).toEqual(['invalid_arguments']);
    expect(emulator.violations).toContainEqual(
      expect.objectContaining({ method: 'views.open', error: 'invalid_arguments', messages: [message] }),
    );
  });
});

describe('request signatures', () => {
  it('answers 401 to a forged signature and never runs the listener', async () => {
    const response = await slack.slashCommand(
      { command: '/adjust', userId: USER, channelId: CHANNEL },
      { forgeSignature: true },
    );
    expect(response.status).toBe(401);
    expect(tinyApp.recorder.commandRuns).toBe(0);
  });

  it('answers 401 to a timestamp older than 5 minutes', async () => {
    const response = await slack.slashCommand(
      { command: '/adjust', userId: USER, channelId: CHANNEL },
      { staleTimestamp: true },
    );
    expect(response.status).toBe(401);
    expect(tinyApp.recorder.commandRuns).toBe(0);
  });

  it('answers url_verification with the challenge', async () => {
    const response = await slack.urlVerification('abc123');
    expect(response).toEqual({ status: 200, body: { challenge: 'abc123' } });
  });
});

describe('events', () => {
  it('delivers a retried app_mention with context.retryNum and the ephemeral reply lands', async () => {
    const response = await slack.event(
      {
        type: 'app_mention',
        user: USER,
        channel: CHANNEL,
        text: `<@${emulator.workspace.botUserId}> hi`,
        ts: '1.000001',
      },
      { retryNum: 1, retryReason: 'http_timeout' },
    );
    expect(response.status).toBe(200);
    await expect.poll(() => emulator.callsTo('chat.postEphemeral').length).toBe(1);
    expect(tinyApp.recorder.retryNums).toEqual([1]);
    const [ephemeral] = emulator.messages.inChannel(CHANNEL, USER);
    expect(ephemeral).toMatchObject({ text: 'Only you can see this.', ephemeralTo: USER });
    expect(emulator.messages.inChannel(CHANNEL, 'U0SOMEONEELSE')).toEqual([]);
  });

  it('delivers a user message mentioning the bot as a message and as an app_mention', async () => {
    const { responses } = await slack.userMessage({
      userId: USER,
      channelId: CHANNEL,
      text: `<@${emulator.workspace.botUserId}> balance for Bob?`,
    });
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(new Set(responses.map((r) => r.eventId)).size).toBe(2);
    await expect.poll(() => emulator.callsTo('chat.postEphemeral').length).toBe(1);
  });
});

describe('fillAndSubmit', () => {
  async function openModal() {
    await adjust();
    await expect.poll(() => emulator.views.top(USER)).toBeDefined();
    const modal = emulator.views.top(USER);
    if (!modal) throw new Error('no modal');
    return modal;
  }

  it('shows the errors the app acks under the named block and keeps the modal open', async () => {
    const modal = await openModal();
    const result = await slack.fillAndSubmit(USER, modal.id, {
      amount_block: '40',
      reason_block: 'financial_hardship',
    });
    expect(result.body).toEqual({
      response_action: 'errors',
      errors: { amount_block: 'Write-offs above $25 need a supervisor.' },
    });
    expect(emulator.views.top(USER)?.errors).toEqual({
      amount_block: 'Write-offs above $25 need a supervisor.',
    });
    expect(tinyApp.recorder.submissions[0]).toMatchObject({
      amount_block: { amount: { type: 'number_input', value: '40' } },
      reason_block: { reason: { selected_option: { value: 'financial_hardship' } } },
    });
  });

  it('closes the modal when the app acks with no body', async () => {
    const modal = await openModal();
    const result = await slack.fillAndSubmit(USER, modal.id, {
      amount_block: '10',
      reason_block: 'small_balance',
    });
    expect(result.status).toBe(200);
    expect(emulator.views.stack(USER)).toEqual([]);
  });

  it('does not send a form with a required field left empty, as Slack’s client would not', async () => {
    const modal = await openModal();
    const result = await slack.fillAndSubmit(USER, modal.id, { amount_block: '10' });
    expect(result).toMatchObject({ sent: false, clientErrors: { reason_block: expect.any(String) } });
    expect(tinyApp.recorder.submissions).toEqual([]);
  });
});
