/**
 * Request signatures (Slack's v0 HMAC of timestamp and raw body): a confirm that would write
 * off $10 is sent with headers missing, signed with the wrong secret, replayed after more than
 * 5 minutes, and changed after signing. Each gets 401 and writes nothing; the genuine request
 * afterwards writes its one entry, so the refusals were about the signature alone.
 */
import { stringify } from 'node:querystring';
import { beforeAll, describe, expect, it } from 'vitest';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { buildStateValues, SIGNATURE_MAX_AGE_SEC, slackSignature } from '../../src/slack-emulator/index.ts';
import { viewSubmissionPayload } from '../../src/slack-emulator/payloads.ts';
import {
  GENERAL,
  ledgerOf,
  MANAGER,
  SIGNING_SECRET,
  useHarness,
  waitForModal,
} from '../slack/support/harness.ts';
import { createCharge } from '../support/fixtures.ts';

const h = useHarness();
let appUrl: string;
let chargeId: number;
let rawBody: string;

beforeAll(async () => {
  ({ chargeId } = await createCharge(h.db, { firstName: 'Sig', lastName: 'Nature', assessedCents: 5_000 }));
  await h.client.slashCommand({
    command: '/writeoff',
    text: '$10 Sig Nature small balance',
    userId: MANAGER,
    channelId: GENERAL,
  });
  const modal = await waitForModal(h, MANAGER, WRITE_OFF_CALLBACK, (v) => Boolean(v.view.private_metadata));
  const view = { ...modal.view, state: { values: buildStateValues(modal.view, {}) } };
  const payload = viewSubmissionPayload(MANAGER, h.emulator.workspace, view, 'trigger-signature-test');
  rawBody = stringify({ payload: JSON.stringify(payload) });
  appUrl = h.appUrl;
});

const nowSec = () => Math.floor(Date.now() / 1000);

function post(headers: Record<string, string>, body = rawBody) {
  return fetch(appUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

function signed(secret: string, timestampSec: number, body = rawBody): Record<string, string> {
  return {
    'x-slack-request-timestamp': String(timestampSec),
    'x-slack-signature': slackSignature(secret, timestampSec, body),
  };
}

describe('a confirm with a bad signature', () => {
  const cases: [string, () => Promise<Response>][] = [
    ['no signature headers at all', () => post({})],
    ['no signature header', () => post({ 'x-slack-request-timestamp': String(nowSec()) })],
    [
      'no timestamp header',
      () => post({ 'x-slack-signature': signed(SIGNING_SECRET, nowSec())['x-slack-signature'] ?? '' }),
    ],
    ['a wrong signing secret', () => post(signed('not-the-signing-secret', nowSec()))],
    [
      'a genuine request replayed after more than 5 minutes',
      () => post(signed(SIGNING_SECRET, nowSec() - SIGNATURE_MAX_AGE_SEC - 30)),
    ],
    [
      'a body changed after signing ($10 -> $49)',
      () => post(signed(SIGNING_SECRET, nowSec()), rawBody.replace('10.00', '49.00')),
    ],
    [
      'a timestamp that is not a number',
      () => post({ ...signed(SIGNING_SECRET, nowSec()), 'x-slack-request-timestamp': 'soon' }),
    ],
  ];

  it.each(cases)('%s: 401, and nothing is written', async (_, send) => {
    expect(rawBody).toContain('10.00'); // so the changed body really differs
    const response = await send();
    expect(response.status).toBe(401);
    const ledger = await ledgerOf(h.db, chargeId);
    expect(ledger.count('write_off')).toBe(0);
    expect(ledger.outstandingCents).toBe(5_000);
  });

  it('the genuine request, signed now, writes its one entry', async () => {
    const response = await post(signed(SIGNING_SECRET, nowSec()));
    expect(response.status).toBe(200);
    const ledger = await ledgerOf(h.db, chargeId);
    expect(ledger.count('write_off')).toBe(1);
    expect(ledger.outstandingCents).toBe(4_000);
  });
});

describe('a correctly signed body that is no object', () => {
  // Slack never sends these; whoever holds the secret could. Read as an object, JSON `null` threw
  // outside every handler in Bolt's receiver and the process exited.
  const bodies: [string, string, string][] = [
    ['JSON null', 'application/json', 'null'],
    ['a form whose payload is null', 'application/x-www-form-urlencoded', stringify({ payload: 'null' })],
    ['JSON 5', 'application/json', '5'],
    ['a JSON string', 'application/json', '"str"'],
  ];

  it.each(bodies)('%s: 400, the app stays up and still answers', async (_, type, body) => {
    const response = await fetch(appUrl, {
      method: 'POST',
      headers: { 'content-type': type, ...signed(SIGNING_SECRET, nowSec(), body) },
      body,
    });
    expect(response.status).toBe(400);
    // Still serving: a signed url_verification gets its challenge back.
    const challenge = JSON.stringify({ type: 'url_verification', challenge: 'still-here' });
    const alive = await fetch(appUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signed(SIGNING_SECRET, nowSec(), challenge) },
      body: challenge,
    });
    expect(alive.status).toBe(200);
    expect(await alive.text()).toContain('still-here');
  });
});
