/** checkPosting on pure figures: the rule behind payments and assessed PR from imports and staff. */
import { describe, expect, it } from 'vitest';
import { checkPosting } from '../../src/domain/index.ts';

const codes = (kind: 'payment' | 'pr_assessed', amountCents: number, outstandingCents: number) =>
  checkPosting(kind, amountCents, outstandingCents).map((b) => b.code);

describe('checkPosting', () => {
  it('lets a payment up to the outstanding through, and refuses one cent more', () => {
    expect(codes('payment', 5_000, 5_000)).toEqual([]);
    expect(codes('payment', 5_001, 5_000)).toEqual(['AMOUNT_EXCEEDS_OUTSTANDING']);
    const [over] = checkPosting('payment', 5_001, 5_000);
    expect(over).toMatchObject({ nextAction: 'fix_amount', field: 'amount' });
    expect(over?.message).toBe('A payment of $50.01 is more than the $50.00 outstanding.');
  });

  it('assesses PR whatever is outstanding (it adds to it)', () => {
    expect(codes('pr_assessed', 12_345, 0)).toEqual([]);
  });

  it.each([
    [0, /more than \$0\.00/],
    [-1, /negative/],
    [0.5, /decimal/],
    [Number.NaN, /number/],
    [100_000_001, /\$1,000,000\.00 limit/],
  ])('refuses %s cents as AMOUNT_INVALID on both kinds', (cents, message) => {
    for (const kind of ['payment', 'pr_assessed'] as const) {
      const blockers = checkPosting(kind, cents, 10_000);
      expect(blockers.map((b) => b.code)).toEqual(['AMOUNT_INVALID']);
      expect(blockers[0]?.message).toMatch(message);
    }
  });
});
