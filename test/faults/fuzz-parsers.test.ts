/**
 * Fuzzing the request parser and the money parser with fast-check: random, malformed, huge and
 * oddly encoded text never throws, and whatever comes out keeps the contract (a closed intent,
 * amounts in whole cents within range, calendar dates). Money written the usual ways reads back
 * to the same cents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents, parseAmount } from '../../src/domain/money.ts';
import { parseRequest } from '../../src/nlu/parse.ts';

const MAX_CENTS = 100_000_000;
const INTENTS = [
  'write_off',
  'undo_write_off',
  'cancel_pr',
  'refund_payment',
  'balance',
  'small_balance_batch',
  'help',
  'unknown',
];

/** Words the parser listens for, so random text often looks almost like a request. */
const BILLING_WORDS = [
  'write off',
  'writeoff',
  'undo',
  'refund',
  'cancel',
  'balance',
  'all',
  'the rest',
  'hardship',
  'bad debt',
  'deceased',
  'for',
  'Jane',
  'Doe',
  "O'Neil",
  'María',
  'on',
  'Oct 3',
  '2026-10-01',
  '$',
  '$40',
  '1,234.50',
  '1k',
  'forty dollars',
  '40 bucks',
  '-5',
  '0.001',
  '1e9',
  '$1,000,000.01',
];

const ODD_TEXT = [
  '\u0000',
  '\u202e$40 rof ffo etirw',
  '\ufeff$40',
  '＄４０',
  '٤٠$',
  '𝟒𝟎 dollars',
  'Z̸̢̛a̶l̷g̸o̴',
  '👨‍👩‍👧‍👦',
  '\ud800',
  '$'.repeat(3_000),
  '9'.repeat(400),
  'write off '.repeat(500),
];

const oddText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.array(fc.constantFrom(...BILLING_WORDS), { maxLength: 12 }).map((words) => words.join(' ')),
  fc
    .tuple(fc.constantFrom(...BILLING_WORDS), fc.string({ unit: 'grapheme', maxLength: 20 }))
    .map(([word, noise]) => `${word}${noise}${word}`),
  fc.constantFrom(...ODD_TEXT),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
);

const today = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('the request parser, fuzzed', () => {
  it('never throws, and keeps the contract for any text', () => {
    fc.assert(
      fc.property(oddText, today, fc.boolean(), (text, day, asWriteOff) => {
        const parsed = parseRequest(text, {
          today: day,
          ...(asWriteOff ? { defaultIntent: 'write_off' } : {}),
        });
        expect(INTENTS).toContain(parsed.intent);
        if (parsed.amountCents !== null) {
          expect(Number.isSafeInteger(parsed.amountCents)).toBe(true);
          expect(parsed.amountCents).toBeGreaterThan(0);
          expect(parsed.amountCents).toBeLessThanOrEqual(MAX_CENTS);
        }
        if (parsed.dateOfService !== null) {
          // A real calendar day (an explicit year may be after today; only a year-less date is not).
          const date = new Date(`${parsed.dateOfService}T00:00:00Z`);
          expect(date.toISOString().slice(0, 10)).toBe(parsed.dateOfService);
        }
        expect(typeof parsed.amountAll).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it('a wrong `today` or a non-string never throws either: the request is not understood', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string({ maxLength: 20 }), (text, day) => {
        const parsed = parseRequest(text as string, { today: day });
        expect(INTENTS).toContain(parsed.intent);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the money parser, fuzzed', () => {
  it('never throws; an accepted amount is whole cents from 1 cent to $1,000,000', () => {
    fc.assert(
      fc.property(oddText, (text) => {
        const result = parseAmount(text);
        if (result.ok) {
          expect(Number.isSafeInteger(result.cents)).toBe(true);
          expect(result.cents).toBeGreaterThan(0);
          expect(result.cents).toBeLessThanOrEqual(MAX_CENTS);
        } else {
          expect(result.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads back every amount written as $1,234.56, 1234.56 or 1234.5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_CENTS }), (cents) => {
        const dollars = Math.floor(cents / 100);
        const rest = String(cents % 100).padStart(2, '0');
        expect(parseAmount(formatCents(cents))).toEqual({ ok: true, cents });
        expect(parseAmount(`${dollars}.${rest}`)).toEqual({ ok: true, cents });
        if (rest.endsWith('0')) expect(parseAmount(`${dollars}.${rest[0]}`)).toEqual({ ok: true, cents });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses more than two decimals, negatives, zero and amounts over $1,000,000', () => {
    const refused = fc.oneof(
      fc.tuple(fc.nat(99_999), fc.integer({ min: 1, max: 9 })).map(([d, x]) => `${d}.12${x}`),
      fc.integer({ min: 1, max: MAX_CENTS }).map((c) => `-${formatCents(c)}`),
      fc.constantFrom('0', '$0.00', '0.0'),
      fc.integer({ min: MAX_CENTS + 1, max: Number.MAX_SAFE_INTEGER }).map((c) => formatCents(c)),
    );
    fc.assert(
      fc.property(refused, (text) => {
        expect(parseAmount(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
