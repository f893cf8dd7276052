import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildNameIndex } from '../../src/nlu/name-index.ts';
import { createModelParser, type ModelParser } from '../../src/nlu/openai-parser.ts';
import { understand } from '../../src/nlu/understand.ts';
import { type FakeOpenAI, startFakeOpenAI } from './fake-openai-server.ts';

const today = '2026-11-27';
const directory = buildNameIndex(['Helen', 'Wu', 'María', 'García']);
// The rules cannot read this wording, so the model is asked.
const VAGUE = 'pls zap what maria garcia still has on file, the agency took it';
const GOOD_ANSWER = {
  intent: 'write_off',
  patient: '[PATIENT_1]',
  amountCents: null,
  amountAll: true,
  reason: 'collection_agency',
  dateOfService: null,
  cancelReason: null,
};
const BUDGET_MS = 300;

let fake: FakeOpenAI;
let modelParser: ModelParser;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  const parser = createModelParser({ apiKey: 'test-key', baseURL: fake.baseURL, timeoutMs: BUDGET_MS });
  if (!parser) throw new Error('a key was given, a parser must exist');
  modelParser = parser;
  // The first request loads the openai package and opens the connection, which the app does in the
  // background at start; the budget below is for a request after that.
  fake.reply = { content: JSON.stringify(GOOD_ANSWER) };
  await modelParser.propose('warm up', today);
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requestBodies.length = 0;
});

const ask = (text = VAGUE) => understand(text, { today, directory, modelParser });

describe('understand with a model configured', () => {
  it('uses a good model answer, restores the patient, and sends no directory name', async () => {
    fake.reply = { content: JSON.stringify(GOOD_ANSWER) };
    const result = await ask();
    expect(result).toMatchObject({
      source: 'model',
      intent: 'write_off',
      patient: 'maria garcia',
      amountAll: true,
      reason: 'collection_agency',
    });
    expect(fake.requestBodies).toHaveLength(1);
    const body = (fake.requestBodies[0] ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    for (const name of ['maria', 'garcia', 'helen', 'wu"']) expect(body).not.toContain(name);
    expect(body).toContain('[patient_1]');
    expect(JSON.parse(fake.requestBodies[0] ?? '{}').response_format.type).toBe('json_schema');
  });

  it('falls back to the rules when the answer is slower than the budget', async () => {
    fake.reply = { content: JSON.stringify(GOOD_ANSWER), delayMs: BUDGET_MS * 4 };
    const started = performance.now();
    const result = await ask();
    expect(performance.now() - started).toBeLessThan(BUDGET_MS + 400);
    expect(result.source).toBe('rules');
  });

  it.each([
    ['an HTTP 500', { status: 500 }],
    ['malformed JSON', { content: '{"intent": "write_off", ' }],
    ['a refusal', { content: null, refusal: 'I cannot help with that.' }],
    ['an answer outside the schema', { content: JSON.stringify({ ...GOOD_ANSWER, reason: 'because' }) }],
  ])('falls back to the rules on %s', async (_, reply) => {
    fake.reply = reply;
    const result = await ask();
    // Exactly what the rules alone make of the request: the model's failure changes nothing.
    expect(result).toEqual(await understand(VAGUE, { today, directory }));
    expect(result).toMatchObject({ source: 'rules', intent: 'unknown' });
  });

  it('does not let the model widen what is allowed', async () => {
    fake.reply = {
      content: JSON.stringify({
        ...GOOD_ANSWER,
        intent: 'small_balance_batch',
        patient: 'Someone Else',
        amountCents: 99_999_999_999,
      }),
    };
    const result = await ask('clear out stuff please');
    expect(result.intent).not.toBe('small_balance_batch');
    expect(result.patient).toBeNull();
    expect(result.amountCents).toBeNull();
  });

  it('clamps an amount the message never wrote', async () => {
    fake.reply = { content: JSON.stringify({ ...GOOD_ANSWER, amountAll: false, amountCents: 5000 }) };
    const result = await ask('zap 20 bucks off maria garcia, agency has it');
    expect(result.amountCents === null || result.amountCents === 2000).toBe(true);
  });

  it('does not ask the model when the rules are confident', async () => {
    fake.reply = { content: JSON.stringify(GOOD_ANSWER) };
    const result = await ask('write off $40 for Helen Wu, hardship');
    expect(result).toMatchObject({ source: 'rules', patient: 'Helen Wu', amountCents: 4000 });
    expect(fake.requestBodies).toHaveLength(0);
  });
});

describe('understand without a model', () => {
  it('builds no client without a key and answers from the rules', async () => {
    expect(createModelParser({ apiKey: undefined })).toBeNull();
    const result = await understand(VAGUE, { today, directory, modelParser: null });
    expect(result.source).toBe('rules');
  });
});
