/** "All of it" means the same in the CLI's --amount as in a modal's amount field. */
import { describe, expect, it } from 'vitest';
import { parseAmountFlag } from '../../src/cli/amount-arg.ts';
import { BadInputError } from '../../src/cli/command.ts';
import { ALL_AMOUNT_WORDS, isAllAmount } from '../../src/domain/index.ts';

describe('--amount and "all of it"', () => {
  it.each(['everything', 'all of it', 'All', ' the rest ', 'remaining'])(
    '--amount "%s" means all',
    (text) => {
      expect(parseAmountFlag(text)).toBe('all');
      expect(isAllAmount(text)).toBe(true);
    },
  );

  it('accepts every word the modal accepts', () => {
    for (const word of ALL_AMOUNT_WORDS) expect(parseAmountFlag(word)).toBe('all');
  });

  it('money is cents, and anything else is still bad input', () => {
    expect(parseAmountFlag('40.50')).toBe(4_050);
    expect(() => parseAmountFlag('most of it')).toThrow(BadInputError);
    expect(isAllAmount('most of it')).toBe(false);
  });
});
