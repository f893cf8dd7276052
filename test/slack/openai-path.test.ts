/**
 * The OpenAI path through the app, against a local server speaking the OpenAI wire format:
 * requests the rules are unsure about go to the model behind a Loading modal; a good answer
 * pre-fills the form; a slow answer, an HTTP 500, malformed JSON and a refusal each fall back to
 * the rules, ending in a form or a clear reply; no patient name from the directory is sent.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HELP_TOPIC_IDS } from '../../src/help/topics.ts';
import { LOADING_CALLBACK, NOTICE_CALLBACK } from '../../src/slack/views/notice-modal-builder.ts';
import {
  AMOUNT_BLOCK,
  EFFECT_BLOCK,
  PATIENT_BLOCK,
  REASON_BLOCK,
} from '../../src/slack/views/shared-blocks.ts';
import { WRITE_OFF_CALLBACK } from '../../src/slack/views/write-off-modal-builder.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../nlu/fake-openai-server.ts';
import { createCharge } from '../support/fixtures.ts';
import {
  BILLER,
  blockById,
  GENERAL,
  type Harness,
  startHarness,
  textOf,
  waitFor,
  waitForModal,
} from './support/harness.ts';
import { askDm, readable } from './support/help-asking.ts';

const BUDGET_MS = 300;
/** The rules cannot read this (intent unknown), so the model is asked. */
const VAGUE = 'pls zap what olga openshaw still has on file, the agency took it';
/** /writeoff reads this as a write-off, but not confidently: the model is asked too. */
const UNSURE_WRITE_OFF = 'olga openshaw stuff, agency has it';
const GOOD_ANSWER = {
  intent: 'write_off',
  patient: '[PATIENT_1]',
  amountCents: null,
  amountAll: true,
  reason: 'collection_agency',
  dateOfService: null,
  cancelReason: null,
};
const DIRECTORY = ['Olga', 'Openshaw', 'Jane', 'Doe', 'Bob', 'Smith'];

let h: Harness;
let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  h = await startHarness({
    env: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.baseURL, OPENAI_TIMEOUT_MS: String(BUDGET_MS) },
  });
  await createCharge(h.db, { firstName: 'Olga', lastName: 'Openshaw', assessedCents: 20_000 });
  await createCharge(h.db, { firstName: 'Jane', lastName: 'Doe', assessedCents: 9_000 });
  await createCharge(h.db, { firstName: 'Bob', lastName: 'Smith', assessedCents: 7_000 });
  // The app loads openai in the background at start (nlu/openai-client.ts); a deployment is long
  // past that by its first request. Waiting for the same modules here keeps the load out of the
  // 300 ms budget these tests give the model.
  await Promise.all([import('openai'), import('openai/helpers/zod')]);
});

afterAll(async () => {
  await h?.stop();
  await fake?.close();
});

beforeEach(async () => {
  fake.requestBodies.length = 0;
  // Each test starts with no modal open, so the one it waits for is its own.
  const top = h.emulator.views.top(BILLER);
  if (top) await h.client.viewClosed({ userId: BILLER, view: top.id, isCleared: true });
});

async function command(name: '/billing' | '/writeoff', text: string) {
  const started = performance.now();
  const response = await h.client.slashCommand({ command: name, text, userId: BILLER, channelId: GENERAL });
  return { response, ackMs: performance.now() - started };
}

/** The first modal the command opened was Loading, before the model answered. */
function openedLoadingFirst(triggerId: string) {
  const open = h.emulator.callsTo('views.open').find((c) => c.body.trigger_id === triggerId);
  const view = typeof open?.body.view === 'string' ? JSON.parse(open.body.view) : open?.body.view;
  return (view as { callback_id?: string } | undefined)?.callback_id === LOADING_CALLBACK;
}

function sentNoDirectoryName() {
  const bodies = fake.requestBodies.join('\n').toLowerCase();
  for (const name of DIRECTORY) expect(bodies).not.toContain(name.toLowerCase());
}

describe('a good model answer', () => {
  it('pre-fills the write-off form from a request the rules could not read, and sends no name', async () => {
    fake.reply = { content: JSON.stringify(GOOD_ANSWER) };
    const { response, ackMs } = await command('/billing', VAGUE);
    expect(response.status).toBe(200);
    expect(ackMs).toBeLessThan(1_000);
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    expect(openedLoadingFirst(response.triggerId)).toBe(true);
    expect(textOf([blockById(modal, PATIENT_BLOCK)])).toContain('Olga Openshaw');
    // "what she still has": all of it, whose figure the effect line shows.
    expect(blockById(modal, AMOUNT_BLOCK)?.element?.initial_value).toBe('all');
    expect(textOf([blockById(modal, EFFECT_BLOCK)])).toContain('Outstanding $200.00 → $0.00');
    expect(blockById(modal, REASON_BLOCK)?.element?.initial_option).toMatchObject({
      value: 'collection_agency',
    });
    expect(fake.requestBodies).toHaveLength(1);
    sentNoDirectoryName();
    expect(fake.requestBodies[0]).toContain('[PATIENT_1]');
  });
});

describe.each([
  ['an answer slower than the budget', { content: JSON.stringify(GOOD_ANSWER), delayMs: BUDGET_MS * 4 }],
  ['an HTTP 500', { status: 500 }],
  ['malformed JSON', { content: '{"intent": "write_off", ' }],
  ['a refusal', { content: null, refusal: 'I cannot help with that.' }],
])('%s', (_, reply) => {
  it('/writeoff still ends in the write-off form, pre-filled by the rules', async () => {
    fake.reply = reply;
    const { response, ackMs } = await command('/writeoff', UNSURE_WRITE_OFF);
    expect(ackMs).toBeLessThan(1_000);
    const modal = await waitForModal(h, BILLER, WRITE_OFF_CALLBACK);
    expect(openedLoadingFirst(response.triggerId)).toBe(true);
    expect(blockById(modal, REASON_BLOCK)?.element?.initial_option).toMatchObject({
      value: 'collection_agency',
    });
    expect(fake.requestBodies.length).toBeGreaterThan(0);
    sentNoDirectoryName();
  });

  it('/billing with text nobody can read ends in a clear "not understood" with examples', async () => {
    fake.reply = reply;
    await command('/billing', VAGUE);
    const modal = await waitForModal(h, BILLER, NOTICE_CALLBACK);
    expect(textOf(modal.view.blocks as unknown[])).toContain('I did not understand that');
  });

  it('a DM with the same text gets a clear reply in its thread', async () => {
    fake.reply = reply;
    const answer = await askDm(h, BILLER, VAGUE);
    expect(readable(answer)).toContain('I did not understand that');
    sentNoDirectoryName();
  });
});

describe('help answers phrased by the model from the articles', () => {
  const PHRASED = {
    answer: 'Open App Home, find the write-off and press *Undo*; the PR is outstanding again.',
    sources: ['undo-write-off'],
  };

  it('uses the phrased answer, names its source article, and sends no patient name', async () => {
    fake.reply = { content: JSON.stringify(PHRASED) };
    const answer = await askDm(h, BILLER, 'how do I undo the write-off I made for Olga Openshaw?');
    const text = readable(answer);
    expect(text).toContain('press *Undo*');
    expect(text).toContain('(undo-write-off)');
    expect(fake.requestBodies).toHaveLength(1);
    sentNoDirectoryName();
    // Only the retrieved articles were given to the model, and it was told to cite them.
    expect(fake.requestBodies[0]).toContain('article id=\\"undo-write-off\\"');
  });

  it.each([
    ['an HTTP 500', { status: 500 }],
    ['an answer slower than the budget', { content: JSON.stringify(PHRASED), delayMs: BUDGET_MS * 4 }],
    ['malformed JSON', { content: '{"answer": ' }],
    ['a refusal', { content: null, refusal: 'No.' }],
  ])('falls back to the article answer on %s', async (_, reply) => {
    fake.reply = reply;
    const answer = await askDm(h, BILLER, 'how do I undo a write-off?');
    const text = readable(answer);
    expect(text).not.toContain('press *Undo*');
    expect(text).toMatch(/From the help article “[^”]+” \(undo-write-off\)/);
  });

  it('falls back to the article answer when the model cites an article it was not given', async () => {
    fake.reply = { content: JSON.stringify(PHRASED) };
    await askDm(h, BILLER, 'how do I undo a write-off?');
    const given = fake.requestBodies.join('');
    const notGiven = HELP_TOPIC_IDS.find((id) => !given.includes(`article id=\\"${id}\\"`));
    if (!notGiven) throw new Error('every article was given');
    fake.reply = { content: JSON.stringify({ ...PHRASED, sources: [notGiven] }) };
    const answer = await askDm(h, BILLER, 'how do I undo a write-off?');
    expect(readable(answer)).not.toContain('press *Undo*');
    expect(readable(answer)).toContain('(undo-write-off)');
  });

  it('/billing help answers through the same path, privately', async () => {
    fake.reply = { content: JSON.stringify(PHRASED) };
    const response = await h.client.slashCommand({
      command: '/billing',
      text: 'help how do I undo a write-off?',
      userId: BILLER,
      channelId: GENERAL,
    });
    expect(response.status).toBe(200);
    const answer = await waitFor(() =>
      h.emulator.messages.inChannel(GENERAL, BILLER).find((m) => m.text?.includes('press *Undo*')),
    );
    expect(answer.ephemeralTo).toBe(BILLER);
  });
});
