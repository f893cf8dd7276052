import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  comparablePatient,
  formatReport,
  keyMatches,
  parseCasesJsonl,
  rate,
  scoreCases,
} from '../../src/nlu/eval/score.ts';
import { parseRequest } from '../../src/nlu/parse.ts';
import { evalSetPath } from '../support/eval-sets.ts';

const EVAL_TODAY = '2026-11-27';
const OWN_CASES = new URL('./cases.jsonl', import.meta.url);
const HELD_OUT = new URL('./holdout.jsonl', import.meta.url);
const DEV_SET = evalSetPath('nlu-dev.jsonl');
const parse = (text: string) => parseRequest(text, { today: EVAL_TODAY });
const HAS_DEV_SET = existsSync(DEV_SET);
/** In CI the dev set must be there: a figure README states may not turn into a silent skip. */
const RUN_DEV_SET = HAS_DEV_SET || process.env.CI === 'true';
// A skipped test is easy to miss in a green run: say in the output that the dev set was not used.
if (!RUN_DEV_SET) console.info(`nlu dev set not found at ${DEV_SET}: its tests are skipped`);

/** README: "Exact frame 100% on the shared dev set and on our own cases". */
const README_EXACT_FRAME_RATE = 1;

describe('exact-frame rate', () => {
  it('is 100% on our own labelled cases (150 or more), as README says', () => {
    const cases = parseCasesJsonl(readFileSync(OWN_CASES, 'utf8'));
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const report = scoreCases(cases, parse);
    expect(rate(report.exactFrames), formatReport(report)).toBe(README_EXACT_FRAME_RATE);
  });

  it.skipIf(!RUN_DEV_SET)(
    'is 100% on the shared dev set, as README says (and the set is there in CI)',
    () => {
      expect(HAS_DEV_SET, `the nlu dev set is missing at ${DEV_SET}`).toBe(true);
      const report = scoreCases(parseCasesJsonl(readFileSync(DEV_SET, 'utf8')), parse);
      expect(rate(report.exactFrames), formatReport(report)).toBe(README_EXACT_FRAME_RATE);
    },
  );

  it('is at least 95% on the held-out batch in new wording (120 or more)', () => {
    const cases = parseCasesJsonl(readFileSync(HELD_OUT, 'utf8'));
    expect(cases.length).toBeGreaterThanOrEqual(120);
    const report = scoreCases(cases, parse);
    expect(rate(report.exactFrames), formatReport(report)).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(!RUN_DEV_SET)('keeps our cases apart from the dev set', () => {
    expect(HAS_DEV_SET, `the nlu dev set is missing at ${DEV_SET}`).toBe(true);
    const dev = new Set(parseCasesJsonl(readFileSync(DEV_SET, 'utf8')).map((c) => c.text));
    const own = parseCasesJsonl(readFileSync(OWN_CASES, 'utf8'));
    expect(own.filter((c) => dev.has(c.text))).toEqual([]);
  });
});

describe('scorer follows shared/eval/README.md', () => {
  it('compares patients ignoring case, possessive, honorifics and punctuation', () => {
    expect(comparablePatient("Dr. Ruth Adler's,")).toBe('ruth adler');
    expect(keyMatches('patient', 'Helen Wu', { patient: "helen wu's" })).toBe(true);
    expect(keyMatches('patient', null, { patient: null })).toBe(true);
    expect(keyMatches('patient', null, { patient: 'Jane' })).toBe(false);
  });

  it('checks intentNot and amountCentsNot, including the positivity and limit rule', () => {
    expect(keyMatches('intentNot', ['small_balance_batch'], { intent: 'small_balance_batch' })).toBe(false);
    expect(keyMatches('intentNot', ['small_balance_batch'], { intent: 'write_off' })).toBe(true);
    expect(keyMatches('amountCentsNot', [1234], { amountCents: 1234 })).toBe(false);
    expect(keyMatches('amountCentsNot', [1234], { amountCents: -5 })).toBe(false);
    expect(keyMatches('amountCentsNot', [1234], { amountCents: 100_000_001 })).toBe(false);
    expect(keyMatches('amountCentsNot', [1234], { amountCents: null })).toBe(true);
  });

  it('compares only the keys in expect and tallies intent, slots and frames', () => {
    const report = scoreCases(
      [
        { text: 'a', expect: { intent: 'help' } },
        { text: 'b', expect: { intent: 'balance', patient: 'Jane' } },
      ],
      (text) => (text === 'a' ? { intent: 'help', patient: 'X' } : { intent: 'balance', patient: 'Bob' }),
    );
    expect(report.intent).toEqual({ correct: 2, total: 2 });
    expect(report.slots.patient).toEqual({ correct: 0, total: 1 });
    expect(report.exactFrames).toEqual({ correct: 1, total: 2 });
  });
});
