/**
 * The patient is the name as written (DOMAIN section 6): a typographic apostrophe or a Unicode
 * hyphen, as phones and word processors type them, stays in the name `cli parse` returns, while
 * reading the text treats them as the plain marks (so "Anne‑Marie" is one name, not "Anne").
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('marks in a name are kept as typed', () => {
  it.each<Case>([
    [
      'write off $20 for samuel o’neil, small balance',
      { intent: 'write_off', patient: 'samuel o’neil', amountCents: 2_000, reason: 'small_balance' },
    ],
    [
      'write off $12 for Sean O’Connor, small balance',
      { intent: 'write_off', patient: 'Sean O’Connor', amountCents: 1_200, reason: 'small_balance' },
    ],
    [
      'write off $20 for Anne‑Marie Dubois, hardship',
      { intent: 'write_off', patient: 'Anne‑Marie Dubois', amountCents: 2_000, reason: 'financial_hardship' },
    ],
    [
      'write off $40 for O’Brien‑Smith, Mary hardship',
      {
        intent: 'write_off',
        patient: 'O’Brien‑Smith, Mary',
        amountCents: 4_000,
        reason: 'financial_hardship',
      },
    ],
    [
      "write off $20 for Samuel O'Neil",
      { intent: 'write_off', patient: "Samuel O'Neil", amountCents: 2_000 },
    ],
    // Spacing is not a mark: a name typed with runs of spaces comes back with single ones.
    ['write off 40 for  jane   doe', { intent: 'write_off', patient: 'jane doe', amountCents: 4_000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
