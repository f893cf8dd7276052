/**
 * Requests Slack never sends, signed correctly: a slash command without `user_id` or without
 * `response_url`, a patient search whose `value` is not text. Each used to fail in a listener,
 * logged as "listener failed", and time out in Slack as a 404 after 3 s. Now each is answered at
 * once: the command with a plain refusal, the search with no options; the log names ids only.
 */
import { stringify } from 'node:querystring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATIENT_ACTION, PATIENT_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { slackSignature } from '../../src/slack-emulator/index.ts';
import { BILLER, GENERAL, type Harness, SIGNING_SECRET, startHarness } from './support/harness.ts';

/** Well under Slack's 3 s: the answer must not wait for anything. */
const QUICK_MS = 1_500;

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

/** A signed slash command with exactly these fields. */
async function rawCommand(fields: Record<string, string>) {
  const timestampSec = Math.floor(Date.now() / 1000);
  const rawBody = stringify(fields);
  const started = Date.now();
  const response = await fetch(h.appUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestampSec),
      'x-slack-signature': slackSignature(SIGNING_SECRET, timestampSec, rawBody),
    },
    body: rawBody,
  });
  const text = await response.text();
  return { status: response.status, tookMs: Date.now() - started, body: text ? JSON.parse(text) : null };
}

function commandFields() {
  return {
    token: 'verification-token',
    team_id: h.emulator.workspace.teamId,
    channel_id: GENERAL,
    user_id: BILLER,
    command: '/writeoff',
    text: '$5 Jane Doe small balance',
    api_app_id: h.emulator.workspace.appId,
    response_url: h.emulator.issueResponseUrl({ userId: BILLER, channelId: GENERAL }),
    trigger_id: h.emulator.issueTriggerId(BILLER),
  };
}

describe('a slash command without what every reply needs', () => {
  it.each([
    ['user_id', '/writeoff'],
    ['user_id', '/billing'],
    ['response_url', '/billing'],
    ['response_url', '/writeoff'],
  ])('without %s (%s): answered at once with a plain refusal; nothing fails', async (missing, command) => {
    h.logs.length = 0;
    const fields: Record<string, string> = { ...commandFields(), command, text: 'balance Jane Doe' };
    delete fields[missing];

    const response = await rawCommand(fields);

    expect(response.status).toBe(200);
    expect(response.tookMs).toBeLessThan(QUICK_MS);
    expect(response.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('This request could not be read, so nothing was done.'),
    });
    expect(h.logs.filter((l) => l.includes('listener failed'))).toEqual([]);
    const logged = h.logs.find((l) => l.includes('command refused: not as Slack sends it'));
    expect(logged).toContain(missing);
    // The text typed is not logged: it may name a patient.
    expect(h.logs.join('\n')).not.toContain('Jane Doe');
  });

  it('the same command with every field still works', async () => {
    const response = await rawCommand({ ...commandFields(), command: '/billing', text: 'help' });
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).not.toContain('could not be read');
  });
});

describe('a patient search whose value is not text', () => {
  function suggestion(value: unknown) {
    return {
      type: 'block_suggestion',
      user: { id: BILLER, team_id: h.emulator.workspace.teamId },
      team: { id: h.emulator.workspace.teamId },
      api_app_id: h.emulator.workspace.appId,
      token: 'verification-token',
      action_id: PATIENT_ACTION,
      block_id: PATIENT_BLOCK,
      value,
      view: { id: 'VSUGGEST01', type: 'modal', callback_id: WRITE_OFF_CALLBACK, private_metadata: '' },
    };
  }

  it.each([
    ['a number', 5],
    ['an object', { name: 'Jane Doe' }],
  ])('%s: no options, at once; only ids logged', async (_, value) => {
    h.logs.length = 0;
    const started = Date.now();
    const response = await h.client.rawInteraction(suggestion(value));
    expect(Date.now() - started).toBeLessThan(QUICK_MS);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ options: [] });
    expect(h.logs.filter((l) => l.includes('listener failed'))).toEqual([]);
    expect(h.logs.find((l) => l.includes('patient search refused'))).toContain(BILLER);
    expect(h.logs.join('\n')).not.toContain('Jane Doe');
  });
});
