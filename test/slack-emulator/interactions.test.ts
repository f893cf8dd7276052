import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AppClient,
  createAppClient,
  type SlackEmulator,
  startSlackEmulator,
} from '../../src/slack-emulator/index.ts';
import { SIGNING_SECRET, startTinyBoltApp } from './tiny-bolt-app.ts';

const USER = 'U0BILLER1';
const CHANNEL = 'C0BILLING';

let emulator: SlackEmulator;
let tinyApp: Awaited<ReturnType<typeof startTinyBoltApp>>;
let slack: AppClient;

beforeEach(async () => {
  emulator = await startSlackEmulator();
  tinyApp = await startTinyBoltApp(emulator);
  slack = createAppClient({ appUrl: tinyApp.appUrl, signingSecret: SIGNING_SECRET, emulator });
});

afterEach(async () => {
  await tinyApp.stop();
  await emulator.stop();
});

describe('block_actions on a message', () => {
  it('lets the app replace the message through its response_url', async () => {
    const posted = emulator.invoke('chat.postMessage', {
      channel: CHANNEL,
      text: 'Approve write-off of $12?',
    });
    const message = emulator.messages.find(CHANNEL, String(posted.ts));
    if (!message) throw new Error('message not stored');
    const response = await slack.blockAction({
      userId: USER,
      message,
      actions: [{ action_id: 'approve_button', block_id: 'approval', value: 'yes' }],
    });
    expect(response.status).toBe(200);
    await expect.poll(() => emulator.responseUrlPosts.length).toBe(1);
    expect(emulator.responseUrlPosts).toEqual([expect.objectContaining({ accepted: true })]);
    expect(emulator.messages.find(CHANNEL, message.ts)?.text).toBe('Approved');
  });
});

describe('block_suggestion', () => {
  it('returns the options the app acks for an external_select', async () => {
    const opened = emulator.invoke('views.open', {
      trigger_id: emulator.issueTriggerId(USER),
      view: { type: 'modal', title: { type: 'plain_text', text: 'Find payer' }, blocks: [] },
    });
    const viewId = String((opened.view as { id: string }).id);
    const response = await slack.blockSuggestion({
      userId: USER,
      view: viewId,
      actionId: 'payer_lookup',
      blockId: 'payer_block',
      value: 'Aet',
    });
    expect(response.body).toEqual({
      options: [{ text: { type: 'plain_text', text: 'Payer matching Aet' }, value: 'payer_1' }],
    });
  });
});

describe('response_url limits', () => {
  it('accepts 5 posts and refuses the sixth with used_url', async () => {
    const url = emulator.issueResponseUrl({ userId: USER, channelId: CHANNEL });
    const statuses: number[] = [];
    for (let post = 0; post < 6; post++) {
      const response = await fetch(url, { method: 'POST', body: JSON.stringify({ text: `post ${post}` }) });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 404]);
    expect(emulator.messages.inChannel(CHANNEL, USER)).toHaveLength(5);
    expect(emulator.messages.inChannel(CHANNEL)).toEqual([]);
  });
});
