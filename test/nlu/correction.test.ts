/** What a follow-up in a request's thread changes (thread corrections): amounts, "all", reasons. */
import { describe, expect, it } from 'vitest';
import { readCorrection } from '../../src/nlu/correction.ts';

describe('readCorrection', () => {
  it.each([
    ['actually make it $25', { amountCents: 2_500 }],
    ['sorry, $25 not $15', { amountCents: 2_500 }],
    ['25 not 15', { amountCents: 2_500 }],
    ['not $15, $25', { amountCents: 2_500 }],
    ['make that 25', { amountCents: 2_500 }],
    ['$25', { amountCents: 2_500 }],
    ['small balance please', { reason: 'small_balance' }],
    ['reason should be bad debt, 3 letters sent', { reason: 'bad_debt' }],
    ['actually the whole balance', { amountAll: true }],
    ['actually make it $25, hardship', { amountCents: 2_500, reason: 'financial_hardship' }],
  ])('"%s" changes %j', (text, expected) => {
    expect(readCorrection(text)).toEqual(expected);
  });

  it.each(['she paid $15 at the desk', 'thanks!', 'ok', 'she called again about 3 visits', ''])(
    '"%s" changes nothing',
    (text) => {
      expect(readCorrection(text)).toBeNull();
    },
  );
});
