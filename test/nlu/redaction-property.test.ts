/**
 * Issue 9 item 2, as a property: over a generated directory of 50,000 patients, requests written
 * every way billers write names (lowercase, possessive, "Last, First", initials, typos) with a
 * date of birth in words or digits, a short MRN, an e-mail and a phone number. Whatever the
 * request path or the help path sends to the (fake) model carries no name token of the directory
 * in the typed text, none of the patient's own name tokens or typed spellings anywhere in the
 * body, and no date of birth in any form.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { createAnswerPhraser } from '../../src/help/model-answer.ts';
import { defaultHelpDesk } from '../../src/help/search.ts';
import { bootstrapAdmins } from '../../src/ledger/index.ts';
import { nameTokens } from '../../src/nlu/name-index.ts';
import { createModelParser } from '../../src/nlu/openai-parser.ts';
import { answerHelp, understand } from '../../src/workflow/index.ts';
import { openTestDatabase } from '../support/databases.ts';
import { type GeneratedPatient, generateDirectory, insertDirectory } from '../support/generated-directory.ts';
import { grantTeam } from '../support/team.ts';
import { type FakeOpenAI, startFakeOpenAI } from './fake-openai-server.ts';

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
const TODAY = '2026-11-27';
const VIEWER = 'UPROPVIEW1';

const people = generateDirectory(50_000);
const directoryTokens = new Set(
  people.flatMap((p) => [...nameTokens(p.firstName), ...nameTokens(p.lastName)]),
);

let handle: DatabaseHandle;
let fake: FakeOpenAI;

beforeAll(async () => {
  handle = await openTestDatabase('pglite');
  await insertDirectory(handle.db, people);
  await bootstrapAdmins(handle.db, ['UPROPADMIN']);
  await grantTeam(handle, [{ userId: VIEWER, role: 'viewer' }], 'UPROPADMIN');
  fake = await startFakeOpenAI();
  fake.reply = { content: '{"not":"a valid answer"}' };
}, 120_000);

afterAll(async () => {
  await fake?.close();
  await handle?.close();
});

/** One edit: swap two neighbours, drop or double a letter. */
function typo(word: string, at: number, how: number): string {
  const i = Math.min(Math.max(1, at % word.length), word.length - 1);
  if (how === 0) return word.slice(0, i - 1) + (word[i] ?? '') + (word[i - 1] ?? '') + word.slice(i + 1);
  if (how === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + (word[i] ?? '') + word.slice(i);
}

function dobForms(p: GeneratedPatient) {
  const [y = '', m = '', d = ''] = p.dateOfBirth.split('-');
  const month = MONTHS[Number(m) - 1] ?? '';
  return {
    words: `${month} ${Number(d)} ${y}`,
    ordinal: `${Number(d)}th of ${month}, ${y}`,
    slashes: `${Number(m)}/${Number(d)}/${y}`,
    iso: p.dateOfBirth,
    year: y,
    monthDay: `${month} ${Number(d)}`,
  };
}

const requestCase = fc.record({
  index: fc.nat({ max: people.length - 1 }),
  template: fc.nat({ max: 7 }),
  typoAt: fc.nat({ max: 20 }),
  typoHow: fc.nat({ max: 2 }),
  shortMrn: fc.integer({ min: 1_000, max: 99_999 }),
});

/** The request, and every piece of it that is the patient's data. */
type RequestCase = typeof requestCase extends fc.Arbitrary<infer T> ? T : never;

function writeRequest(c: RequestCase, help: boolean) {
  const p = people[c.index] as GeneratedPatient;
  const first = p.firstName;
  const last = p.lastName;
  const dob = dobForms(p);
  const typoFirst = typo(first, c.typoAt, c.typoHow);
  const typoLast = typo(last, c.typoAt + 1, c.typoHow);
  const bodies = [
    `pls zap what ${first.toLowerCase()} ${last.toLowerCase()} still has on file, dob ${dob.words}`,
    `${last}'s stuff, DOB ${dob.ordinal}, the agency has it`,
    `${last}, ${first} (dob ${dob.slashes}) - agency took it`,
    `${first[0]}. ${last} born ${dob.iso}, mrn ${c.shortMrn}, agency stuff`,
    `${typoFirst} ${typoLast} dob ${dob.words}, agency has it`,
    `mrs ${last.toLowerCase()} ${c.shortMrn} - ${first.toLowerCase()}.${last.toLowerCase()}@mail.example / (555) 201-${String(c.shortMrn).slice(-4).padStart(4, '0')}`,
    `the ${last.toLowerCase()} thing, ${first}'s birthday ${dob.monthDay}, agency`,
    `${first.toUpperCase()} ${last.toUpperCase()} ${dob.year}, collections took it`,
  ];
  const text = `${help ? 'how do I write off a balance, like this one: ' : ''}${bodies[c.template]}`;
  const secrets = [
    ...nameTokens(first),
    ...nameTokens(last),
    typoFirst.toLowerCase(),
    typoLast.toLowerCase(),
  ];
  return { p, text, secrets, dob };
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function lastUserContent(body: string): string {
  const messages = (JSON.parse(body) as { messages: { role: string; content: string }[] }).messages;
  return messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
}

function expectNothingLeft(body: string, request: ReturnType<typeof writeRequest>) {
  const typed = wordsOf(lastUserContent(body));
  expect(typed.filter((w) => directoryTokens.has(w))).toEqual([]);
  const everything = new Set(wordsOf(body));
  // The patient's own data, in any form, anywhere in the body (the common-word names are in the
  // prompts as ordinary words: for them the typed-text check above is the one that applies).
  if (!request.p.commonWords) expect(request.secrets.filter((s) => everything.has(s))).toEqual([]);
  const flat = body.toLowerCase();
  for (const form of [request.dob.iso, request.dob.slashes, request.dob.monthDay.toLowerCase()])
    expect(flat).not.toContain(form.toLowerCase());
  expect(everything.has(request.dob.year)).toBe(false);
}

describe('nothing of the directory reaches the model', () => {
  it('on the request path', async () => {
    const modelParser = createModelParser({ apiKey: 'test', baseURL: fake.baseURL, timeoutMs: 2_000 });
    await fc.assert(
      fc.asyncProperty(requestCase, async (c) => {
        const request = writeRequest(c, false);
        fake.requestBodies.length = 0;
        await understand(handle.db, request.text, { today: TODAY, modelParser });
        // Every template is vague enough that the rules ask the model: the check below ran.
        expect(fake.requestBodies).toHaveLength(1);
        expectNothingLeft(fake.requestBodies[0] ?? '', request);
      }),
      { numRuns: 300, seed: 42 },
    );
  }, 120_000);

  it('on the help path', async () => {
    const phraser = createAnswerPhraser({ apiKey: 'test', baseURL: fake.baseURL, timeoutMs: 2_000 });
    await fc.assert(
      fc.asyncProperty(requestCase, async (c) => {
        const request = writeRequest(c, true);
        fake.requestBodies.length = 0;
        await answerHelp(handle.db, {
          question: request.text,
          actorId: VIEWER,
          today: TODAY,
          desk: defaultHelpDesk(),
          phraser,
        });
        expect(fake.requestBodies).toHaveLength(1);
        expectNothingLeft(fake.requestBodies[0] ?? '', request);
      }),
      { numRuns: 150, seed: 43 },
    );
  }, 120_000);
});
