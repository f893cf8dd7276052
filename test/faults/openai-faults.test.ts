/**
 * The OpenAI endpoint misbehaves at the socket level: it accepts the request and never answers,
 * answers with HTML or random bytes, cuts the body short, or sends well-formed JSON of the wrong
 * shape. Each time /writeoff is acknowledged at once and the form the rules pre-filled replaces
 * the Loading modal within the model budget plus a little, as if no model were configured.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REASON_BLOCK } from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import {
  BILLER,
  blockById,
  GENERAL,
  type Harness,
  startHarness,
  waitForModal,
} from '../slack/support/harness.ts';
import { createCharge } from '../support/fixtures.ts';

const BUDGET_MS = 500;
/** Slack's limit for the acknowledgement. */
const ACK_LIMIT_MS = 3_000;
/** /writeoff reads this as a write-off to a collection agency, without confidence: the model is asked. */
const UNSURE_WRITE_OFF = 'olga openshaw stuff, agency has it';

type Misbehaviour = 'hang' | 'html' | 'random bytes' | 'cut short' | 'wrong shape';

let mode: Misbehaviour = 'hang';
let requests = 0;
let server: Server;
let h: Harness;
const open = new Set<ServerResponse>();

function misbehave(response: ServerResponse): void {
  open.add(response);
  response.on('close', () => open.delete(response));
  if (mode === 'hang') return; // the socket stays open, with no answer
  if (mode === 'html') {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Bad gateway</body></html>');
  } else if (mode === 'random bytes') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(randomBytes(512));
  } else if (mode === 'cut short') {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': '4000' });
    response.write('{"id":"chatcmpl-1","choices":[{"message":{"content":"{\\"intent');
    setTimeout(() => response.destroy(), 50);
  } else {
    const content = JSON.stringify({ intent: 'launch', patient: 42, amountCents: 'lots' });
    const body = {
      id: 'x',
      object: 'chat.completion',
      created: 0,
      model: 'm',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests += 1;
    request.resume();
    request.on('end', () => misbehave(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  h = await startHarness({
    env: {
      OPENAI_API_KEY: 'test',
      OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
      OPENAI_TIMEOUT_MS: String(BUDGET_MS),
    },
  });
  await createCharge(h.db, { firstName: 'Olga', lastName: 'Openshaw', assessedCents: 20_000 });
  // The process's first request loads and compiles what the listeners use; time the rest only.
  mode = 'wrong shape';
  await h.client.slashCommand({
    command: '/writeoff',
    text: UNSURE_WRITE_OFF,
    userId: BILLER,
    channelId: GENERAL,
  });
  await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
});

afterAll(async () => {
  for (const response of open) response.destroy();
  await h?.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(async () => {
  requests = 0;
  const top = h.emulator.views.top(BILLER);
  if (top) await h.client.viewClosed({ userId: BILLER, view: top.id, isCleared: true });
});

describe.each<Misbehaviour>(['hang', 'html', 'random bytes', 'cut short', 'wrong shape'])(
  'the OpenAI endpoint: %s',
  (misbehaviour) => {
    it('acknowledges at once and shows the rules-filled form within the budget', async () => {
      mode = misbehaviour;
      const started = performance.now();
      const response = await h.client.slashCommand({
        command: '/writeoff',
        text: UNSURE_WRITE_OFF,
        userId: BILLER,
        channelId: GENERAL,
      });
      const ackMs = performance.now() - started;
      expect(response.status).toBe(200);
      expect(ackMs).toBeLessThan(ACK_LIMIT_MS);
      const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
      const shownMs = performance.now() - started;
      console.info(
        `${misbehaviour}: ack ${Math.round(ackMs)} ms, form shown after ${Math.round(shownMs)} ms`,
      );
      // The model budget, then the rules' answer; well inside the trigger's life, which Loading used.
      expect(shownMs).toBeLessThan(BUDGET_MS + ACK_LIMIT_MS);
      expect(blockById(modal, REASON_BLOCK)?.element?.initial_option).toMatchObject({
        value: 'collection_agency',
      });
      expect(requests).toBeGreaterThan(0);
    });
  },
);
