/**
 * Wording families fixed in batch 40, each asserted with variants and near wordings that must not
 * change:
 *
 * 1. A Capitalised scale word that starts a name right after an amount ("/writeoff $40 Hundred Ames
 *    small balance", "$40 Thousand Oaks") is the name's, not the amount's: $40, never $4,000 or
 *    $40,000. Scaled amounts in lower case, or in capitals in a text in capitals, stay
 *    (scale-word-names.ts).
 * 2. A threshold bounding one named patient's balances ("write off everything under $10 for Jane
 *    Doe") is no practice-wide batch: the write-off is hers, its amount asked by the form
 *    (threshold-explained.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. a Capitalised scale word that starts a name is no part of the amount', () => {
  it.each<Case>([
    [
      '/writeoff $40 Hundred Ames small balance',
      { intent: 'write_off', patient: 'Hundred Ames', amountCents: 4000, reason: 'small_balance' },
    ],
    [
      'write off $40 Hundred Ames small balance',
      { intent: 'write_off', patient: 'Hundred Ames', amountCents: 4000, reason: 'small_balance' },
    ],
    [
      '/writeoff $40 Thousand Oaks hardship',
      { intent: 'write_off', patient: 'Thousand Oaks', amountCents: 4000, reason: 'financial_hardship' },
    ],
    ['write off forty Thousand Oaks', { intent: 'write_off', patient: 'Thousand Oaks', amountCents: 4000 }],
    ['write off $3 Grand Ames', { intent: 'write_off', patient: 'Grand Ames', amountCents: 300 }],
    ['write off $40 for Hundred Ames', { intent: 'write_off', patient: 'Hundred Ames', amountCents: 4000 }],
    // unchanged: a scale in lower case, in capitals in a text in capitals, or before a word of ours.
    ['write off $2 thousand for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 200000 }],
    ['write off two grand for Bob Smith', { intent: 'write_off', patient: 'Bob Smith', amountCents: 200000 }],
    ['WRITE OFF $2 THOUSAND FOR JANE DOE', { intent: 'write_off', patient: 'JANE DOE', amountCents: 200000 }],
    ['Write Off $2 Thousand For Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 200000 }],
    ['write off 40 hundred for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 400000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe("2. a threshold on one named patient's balances is no batch", () => {
  it.each<Case>([
    ['write off everything under $10 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
    ['write off balances under $10 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
    ["write off Jane Doe's balances under $10", { intent: 'write_off', patient: 'Jane Doe' }],
    ['w/o all her balances under $5 for pt Tom Baker', { intent: 'write_off', patient: 'Tom Baker' }],
    // unchanged: a batch across the practice, said so, or a name that is not whose balances.
    [
      'write off everything under $10',
      { intent: 'small_balance_batch', amountCents: 1000, reason: 'small_balance' },
    ],
    [
      'write off all balances under $5 for all patients',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'small balance batch under $5',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'clear out every account below $3',
      { intent: 'small_balance_batch', amountCents: 300, reason: 'small_balance' },
    ],
    [
      'per Dana, write off everything under $5',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'write off everything under $10 for everyone except Jane Doe',
      { intent: 'small_balance_batch', amountCents: 1000, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
