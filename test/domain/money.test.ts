import { describe, expect, it } from 'vitest';
import {
  type AmountProblem,
  formatCents,
  MAX_AMOUNT_CENTS,
  parseAmount,
  validateCents,
} from '../../src/domain/money.ts';

describe('parseAmount accepts what billers type', () => {
  it.each([
    ['$40', 4_000],
    ['40', 4_000],
    ['40.5', 4_050],
    ['40.50', 4_050],
    ['$1,234.50', 123_450],
    ['40 bucks', 4_000],
    ['40 dollars', 4_000],
    ['40 USD', 4_000],
    ['forty dollars', 4_000],
    ['fifty dollars', 5_000],
    ['one hundred twenty-five dollars', 12_500],
    ['$1k', 100_000],
    ['1.5k', 150_000],
    ['$1,000,000', MAX_AMOUNT_CENTS],
    ['1 million', MAX_AMOUNT_CENTS],
    ['$0.5 million', MAX_AMOUNT_CENTS / 2],
    ['1000000.00', MAX_AMOUNT_CENTS],
    ['.5', 50],
    ['0.01', 1],
    ['$ 12.34', 1_234],
    ['  7  ', 700],
  ])('%j is %i cents', (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, cents });
  });
});

describe('numbers in words are read only as a number is said', () => {
  it.each([
    ['twenty five', 2_500],
    ['a hundred and five', 10_500],
    ['two thousand three hundred', 230_000],
    ['ninety nine bucks', 9_900],
  ])('%j is %i cents', (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, cents });
  });

  // Added up word by word these were $62, $80, $6, $51, $10 and $15: sums nobody wrote.
  it.each(['twelve fifty', 'forty forty', 'one two three', 'one fifty', 'five five', 'ten and five'])(
    '%j is not a number',
    (text) => {
      expect(parseAmount(text)).toMatchObject({ ok: false, problem: 'not_a_number' });
    },
  );
});

describe('parseAmount reads pasted amounts carrying invisible characters', () => {
  // Copied from an EHR, a spreadsheet or a web page: the biller sees "40" and means 40.
  it.each([
    ['40\u200B', 4_000],
    ['\u200B$40', 4_000],
    ['4\u200C0', 4_000],
    ['40\u200D', 4_000],
    ['\uFEFF40.50', 4_050],
    ['40\u00A0', 4_000],
    ['$\u00A040', 4_000],
    ['40\u00A0bucks', 4_000],
    ['$1,234.50\u2060', 123_450],
  ])('%j is %i cents', (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, cents });
  });

  it('an amount made of invisible characters only is empty, and a refused one keeps its problem', () => {
    expect(parseAmount('\u200B\u00A0')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseAmount('-40\u200B')).toMatchObject({ ok: false, problem: 'negative' });
    expect(parseAmount('0\u200B')).toMatchObject({ ok: false, problem: 'zero' });
  });
});

describe('parseAmount refuses amounts with a message that names the problem', () => {
  it.each<[string, AmountProblem, RegExp]>([
    ['1.005', 'too_many_decimals', /more than two decimal places/],
    ['$0.001', 'too_many_decimals', /more than two decimal places/],
    ['-5', 'negative', /negative/],
    ['$-20', 'negative', /negative/],
    ['-$20', 'negative', /negative/],
    ['0', 'zero', /more than \$0\.00/],
    ['$0.00', 'zero', /more than \$0\.00/],
    // Zero with a sign is still zero: "cannot be negative" would send the biller looking for a minus.
    ['-0', 'zero', /more than \$0\.00/],
    ['-$0.00', 'zero', /more than \$0\.00/],
    ['$-0', 'zero', /more than \$0\.00/],
    ['zero dollars', 'zero', /more than \$0\.00/],
    ['abc', 'not_a_number', /not a number/],
    ['12abc', 'not_a_number', /not a number/],
    ['1,23', 'not_a_number', /not a number/],
    ['4O', 'not_a_number', /not a number/],
    ['99999999', 'too_large', /over the \$1,000,000\.00 limit/],
    ['$1,000,000.01', 'too_large', /over the \$1,000,000\.00 limit/],
    ['2000k', 'too_large', /over the \$1,000,000\.00 limit/],
    // A million written in words or as "m" is over the limit, never "not a number" nor $2.
    ['two million dollars', 'too_large', /over the \$1,000,000\.00 limit/],
    ['$2 million', 'too_large', /over the \$1,000,000\.00 limit/],
    ['$1.5m', 'too_large', /over the \$1,000,000\.00 limit/],
    ['one billion dollars', 'too_large', /over the \$1,000,000\.00 limit/],
    ['123456789012345678901234', 'too_large', /over the \$1,000,000\.00 limit/],
    ['', 'empty', /Enter an amount/],
    ['   ', 'empty', /Enter an amount/],
  ])('%j is refused as %s', (text, problem, message) => {
    const result = parseAmount(text);
    expect(result).toMatchObject({ ok: false, problem });
    if (result.ok) throw new Error('unreachable');
    expect(result.message).toMatch(message);
  });
});

describe('validateCents checks amounts already in cents', () => {
  it.each([1, 4_000, MAX_AMOUNT_CENTS])('%i cents is accepted', (cents) => {
    expect(validateCents(cents)).toEqual({ ok: true, cents });
  });

  it.each<[number, AmountProblem]>([
    [0, 'zero'],
    [-1, 'negative'],
    [-4_000, 'negative'],
    [12.5, 'too_many_decimals'],
    [Number.NaN, 'not_a_number'],
    [Number.POSITIVE_INFINITY, 'not_a_number'],
    [MAX_AMOUNT_CENTS + 1, 'too_large'],
    [Number.MAX_SAFE_INTEGER + 2, 'too_large'],
  ])('%d cents is refused as %s', (cents, problem) => {
    const result = validateCents(cents);
    expect(result).toMatchObject({ ok: false, problem });
    if (result.ok) throw new Error('unreachable');
    expect(result.message.length).toBeGreaterThan(10);
  });
});

describe('formatCents writes dollars the way billers read them', () => {
  it.each([
    [0, '$0.00'],
    [1, '$0.01'],
    [4_050, '$40.50'],
    [123_456, '$1,234.56'],
    [MAX_AMOUNT_CENTS, '$1,000,000.00'],
    [-500, '-$5.00'],
  ])('%i cents is %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('round-trips through parseAmount', () => {
    for (const cents of [1, 99, 100, 4_050, 123_456, MAX_AMOUNT_CENTS]) {
      expect(parseAmount(formatCents(cents))).toEqual({ ok: true, cents });
    }
  });
});
