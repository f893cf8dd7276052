/** files.uploadV2 through the real Web API client, and the history methods the sandbox page reads. */
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackEmulator, startSlackEmulator } from '../../src/slack-emulator/index.ts';

const CHANNEL = 'C0REPORTS';
let emulator: SlackEmulator;
let client: webApi.WebClient;

/** The first bytes of every PNG file, then a little more: enough to check bytes survive intact. */
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0x00]);

beforeAll(async () => {
  emulator = await startSlackEmulator({
    users: [{ id: 'U0MANAGER1', name: 'maria', realName: 'Maria Manager', title: 'Billing manager' }],
    channels: [{ id: CHANNEL, name: 'billing-reports' }],
    strictChannels: true,
  });
  client = new webApi.WebClient(emulator.botToken, {
    slackApiUrl: emulator.url,
    retryConfig: { retries: 0 },
    logLevel: webApi.LogLevel.ERROR,
  });
});

afterAll(() => emulator.stop());

describe('files.uploadV2', () => {
  it('stores a CSV and a PNG byte for byte and shares them in one message with the comment', async () => {
    const csv = 'reason,count,total\nsmall_balance,3,$12.00\n';
    await client.filesUploadV2({
      channel_id: CHANNEL,
      initial_comment: 'Write-offs for November',
      file_uploads: [
        { content: csv, filename: 'write-offs.csv' },
        { file: PNG_BYTES, filename: 'by-reason.png', alt_text: 'Write-offs by reason' },
      ],
    });
    const [message] = emulator.messages.inChannel(CHANNEL);
    expect(message?.text).toBe('Write-offs for November');
    expect(message?.files?.map((f) => [f.name, f.mimetype])).toEqual([
      ['write-offs.csv', 'text/csv'],
      ['by-reason.png', 'image/png'],
    ]);
    const stored = emulator.files.all();
    expect(stored.map((f) => f.bytes?.toString('utf8'))[0]).toBe(csv);
    expect(stored[1]?.bytes?.equals(PNG_BYTES)).toBe(true);
    expect(stored[1]).toMatchObject({ altText: 'Write-offs by reason', channel: CHANNEL });
  });

  it('refuses to share a file whose bytes never arrived, and bytes that do not match the length', async () => {
    const reserved = await client.files.getUploadURLExternal({ filename: 'late.csv', length: 5 });
    const refused = await client.files
      .completeUploadExternal({ files: [{ id: String(reserved.file_id) }], channel_id: CHANNEL })
      .catch((error: { data: { error: string } }) => error.data.error);
    expect(refused).toBe('file_not_found');
    const upload = await fetch(String(reserved.upload_url), { method: 'POST', body: 'too long for five' });
    expect(upload.status).toBe(400);
    expect(emulator.violations.at(-1)).toMatchObject({ method: 'files.upload', error: 'size_mismatch' });
  });
});

describe('history and directory', () => {
  it('lists channels and people with their titles, and reads a thread', async () => {
    const parent = await client.chat.postMessage({ channel: CHANNEL, text: 'Month-end report' });
    await client.chat.postMessage({ channel: CHANNEL, text: 'Reply one', thread_ts: parent.ts });
    await client.chat.postEphemeral({ channel: CHANNEL, user: 'U0MANAGER1', text: 'Only for Maria' });

    const channels = await client.conversations.list();
    expect(channels.channels?.map((c) => c.name)).toEqual(['billing-reports']);
    const people = await client.users.list({});
    expect(people.members?.[0]?.profile?.title).toBe('Billing manager');

    const history = await client.conversations.history({ channel: CHANNEL });
    const texts = history.messages?.map((m) => m.text);
    expect(texts?.[0]).toBe('Month-end report');
    expect(texts).not.toContain('Only for Maria');
    expect(texts).not.toContain('Reply one');
    expect(history.messages?.[0]?.reply_count).toBe(1);

    const replies = await client.conversations.replies({ channel: CHANNEL, ts: String(parent.ts) });
    expect(replies.messages?.map((m) => m.text)).toEqual(['Month-end report', 'Reply one']);
  });
});
