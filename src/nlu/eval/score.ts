/**
 * Scores parser output against labelled examples, with the comparison rules of
 * shared/eval/README.md: only keys present in `expect` are compared; `patient` ignores case, a
 * possessive "'s", honorifics and surrounding punctuation; `intentNot` and `amountCentsNot` list
 * what must not be produced, and any amount produced must be positive and at most the limit.
 */
import { z } from 'zod';
import { MAX_AMOUNT_CENTS } from '../../domain/money.ts';

export const EvalCaseSchema = z.object({
  text: z.string(),
  expect: z.record(z.string(), z.unknown()),
});

export type EvalCase = z.infer<typeof EvalCaseSchema>;

/** One case per non-blank line; a malformed line is an error naming the line. */
export function parseCasesJsonl(jsonl: string): EvalCase[] {
  return jsonl
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const result = EvalCaseSchema.safeParse(JSON.parse(line));
      if (!result.success) throw new Error(`line ${number}: ${result.error.message}`);
      return result.data;
    });
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr)\.?\s+/;
const SURROUNDING_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
const POSSESSIVE = /(?:['’]s|['’])$/;

export function comparablePatient(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const trimmed = name.toLowerCase().replace(SURROUNDING_PUNCTUATION, '');
  const withoutHonorific = trimmed.replace(HONORIFIC, '');
  return withoutHonorific.replace(POSSESSIVE, '').replace(SURROUNDING_PUNCTUATION, '');
}

function isAllowedAmount(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_AMOUNT_CENTS;
}

/** Does the parser's output satisfy the expectation for one key? */
export function keyMatches(key: string, expected: unknown, actual: Record<string, unknown>): boolean {
  switch (key) {
    case 'patient':
      return comparablePatient(actual.patient) === comparablePatient(expected);
    case 'intentNot':
      return Array.isArray(expected) && !expected.includes(actual.intent);
    case 'amountCentsNot':
      return (
        Array.isArray(expected) &&
        !expected.includes(actual.amountCents) &&
        isAllowedAmount(actual.amountCents)
      );
    default:
      return (actual[key] ?? null) === expected;
  }
}

export interface Tally {
  correct: number;
  total: number;
}

export interface CaseFailure {
  readonly text: string;
  readonly wrongKeys: string[];
  readonly expect: Record<string, unknown>;
  readonly actual: Record<string, unknown>;
}

export interface ScoreReport {
  readonly cases: number;
  readonly intent: Tally;
  readonly slots: Record<string, Tally>;
  readonly exactFrames: Tally;
  readonly failures: CaseFailure[];
}

function slotTally(report: ScoreReport, key: string): Tally {
  const existing = report.slots[key];
  if (existing) return existing;
  const created = { correct: 0, total: 0 };
  report.slots[key] = created;
  return created;
}

export function scoreCases(
  cases: readonly EvalCase[],
  parse: (text: string) => Record<string, unknown>,
): ScoreReport {
  const report: ScoreReport = {
    cases: cases.length,
    intent: { correct: 0, total: 0 },
    slots: {},
    exactFrames: { correct: 0, total: 0 },
    failures: [],
  };
  for (const testCase of cases) {
    const actual = parse(testCase.text);
    const wrongKeys: string[] = [];
    for (const [key, expected] of Object.entries(testCase.expect)) {
      const ok = keyMatches(key, expected, actual);
      const tally = key === 'intent' ? report.intent : slotTally(report, key);
      tally.total += 1;
      if (ok) tally.correct += 1;
      else wrongKeys.push(key);
    }
    report.exactFrames.total += 1;
    if (wrongKeys.length === 0) report.exactFrames.correct += 1;
    else report.failures.push({ text: testCase.text, wrongKeys, expect: testCase.expect, actual });
  }
  return report;
}

export function rate(tally: Tally): number {
  return tally.total === 0 ? 1 : tally.correct / tally.total;
}

function line(label: string, tally: Tally): string {
  return `${label.padEnd(18)} ${(rate(tally) * 100).toFixed(1).padStart(5)}%  (${tally.correct}/${tally.total})`;
}

/** A readable report: intent accuracy, per-slot accuracy, exact-frame rate, then the misses. */
export function formatReport(report: ScoreReport, maxFailures = 50): string {
  const lines = [
    `cases              ${report.cases}`,
    line('intent', report.intent),
    ...Object.entries(report.slots).map(([key, tally]) => line(key, tally)),
    line('exact frame', report.exactFrames),
  ];
  for (const failure of report.failures.slice(0, maxFailures)) {
    const got = Object.fromEntries(failure.wrongKeys.map((k) => [k, failure.actual[k.replace(/Not$/, '')]]));
    lines.push(
      `MISS ${JSON.stringify(failure.text)} wrong ${failure.wrongKeys.join(',')} got ${JSON.stringify(got)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
