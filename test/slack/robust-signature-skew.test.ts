/**
 * A request whose signature timestamp is more than 5 minutes away from now is refused with 401,
 * in the future as in the past: correctly signed, a request dated 10 minutes ahead could
 * otherwise be held back and replayed later. Bolt itself refuses only old ones.
 */
import { stringify } from 'node:querystring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackSignature } from '../../src/slack-emulator/signing.ts';
import { BILLER, GENERAL, type Harness, SIGNING_SECRET, startHarness } from './support/harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

/** `/billing help`, correctly signed, dated `offsetSec` from now. */
async function signedCommand(offsetSec: number) {
  const timestampSec = Math.floor(Date.now() / 1000) + offsetSec;
  const rawBody = stringify({
    token: 'verification-token',
    team_id: h.emulator.workspace.teamId,
    channel_id: GENERAL,
    user_id: BILLER,
    command: '/billing',
    text: 'help',
    api_app_id: h.emulator.workspace.appId,
    response_url: h.emulator.issueResponseUrl({ userId: BILLER, channelId: GENERAL }),
    trigger_id: h.emulator.issueTriggerId(BILLER),
  });
  const response = await fetch(h.appUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestampSec),
      'x-slack-signature': slackSignature(SIGNING_SECRET, timestampSec, rawBody),
    },
    body: rawBody,
  });
  return { status: response.status, body: await response.text() };
}

describe('the signature timestamp', () => {
  it('10 minutes in the future: 401, and the command is not run', async () => {
    const response = await signedCommand(10 * 60);
    expect(response.status).toBe(401);
    expect(response.body).toBe('');
    expect(h.logs.some((l) => l.includes('more than 5 minutes ahead'))).toBe(true);
  });

  it('10 minutes in the past: 401, as before', async () => {
    expect((await signedCommand(-10 * 60)).status).toBe(401);
  });

  it('4 minutes either way is within the window: answered', async () => {
    expect((await signedCommand(4 * 60)).status).toBe(200);
    expect((await signedCommand(-4 * 60)).status).toBe(200);
  });
});
