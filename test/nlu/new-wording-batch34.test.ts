/**
 * Wording families fixed in batch 34, each asserted with variants and near wordings that must not
 * change:
 *
 * 1. An undo that points back at a write-off ("reverse the one on Jane Doe", "back out the one for Bob
 *    Smith"), after "I meant A, not B" or a write-off told as done ("wrong patient on my last
 *    write-off"): an undo of the write-off on that patient, never a new write-off for the other one
 *    (undo-object.ts, first-request.ts). "I meant A, not B" alone asks nothing (patient-corrected.ts).
 * 2. An adjustment said not to have happened, with an undo asked ("the adjustment on Bill Payne
 *    shouldn't have happened, reverse it"): an undo, as a write-off said wrong is
 *    (write-off-regretted.ts). Not an insurer's adjustment, nor one said wrong with no undo asked.
 * 3. A surname that is an ordinary word ("Mark Down", "Jenny Fine", "Sam Down-Holt"), capitalised
 *    right after a capitalised given name: the whole name (word-surnames.ts). In lower case the word
 *    stays the word it is.
 * 4. A given name alone that repeats the first word of a full name written before it ("talked to Rose
 *    Bud's daughter, Rose lost her husband"): the full name (patient-mention.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. an undo of "the one on <name>" is an undo of that write-off', () => {
  it.each<Case>([
    [
      'Wrong person on my last write-off. I meant Priya Patel, not Lee Chen. Undo the one on Lee Chen pls',
      { intent: 'undo_write_off', patient: 'Lee Chen' },
    ],
    [
      'my write-off this morning went to the wrong account - I meant Tom Baker, not Bob Smith. please back out the one for Bob Smith',
      { intent: 'undo_write_off', patient: 'Bob Smith' },
    ],
    [
      'I meant Anne-Marie Dubois not María García, reverse the one on María García',
      { intent: 'undo_write_off', patient: 'María García' },
    ],
    ['can you roll back the one for Samuel O’Neil', { intent: 'undo_write_off', patient: 'Samuel O’Neil' }],
    [
      'the $30 w/o went on the wrong chart, I meant Janet Doe, not Jane Doe. revert the one on Jane Doe',
      { intent: 'undo_write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
    // A correction of who was meant, with nothing asked: never a write-off.
    ['wrong patient on my last write-off, I meant Jane Roe not Jane Doe', { patient: 'Jane Roe' }],
    ['sorry, I meant Lee Chen, not Priya Patel', { patient: 'Lee Chen' }],
    // unchanged: another thing told undone, and two requests of which the first is read.
    ['Dana refunded Bob Smith twice, reverse the one on Friday', { patient: 'Bob Smith' }],
    [
      'write off $40 for Jane Doe and reverse the one on Bob Smith',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    ['undo the write-off for Tom Baker', { intent: 'undo_write_off', patient: 'Tom Baker' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. an adjustment that should not have happened, undo asked', () => {
  it.each<Case>([
    [
      "the adjustment on Lee Chen shouldn't have happened, reverse it",
      { intent: 'undo_write_off', patient: 'Lee Chen' },
    ],
    [
      "the hardship adj for Tom Baker wasn't supposed to happen. undo pls",
      { intent: 'undo_write_off', patient: 'Tom Baker' },
    ],
    [
      'the courtesy adjustment on Priya Patel should never have been made, back it out',
      { intent: 'undo_write_off', patient: 'Priya Patel' },
    ],
    [
      'that writeoff for Bob Smith should not have gone thru, back it out',
      { intent: 'undo_write_off', patient: 'Bob Smith' },
    ],
    [
      "Jane Roe's small bal adjustment shouldn't have happened, she's on a plan - reverse it",
      { intent: 'undo_write_off', patient: 'Jane Roe' },
    ],
    // unchanged: an insurer's adjustment, and an adjustment said wrong with no undo asked.
    ["the contractual adjustment on Lee Chen shouldn't have happened, reverse it", { patient: 'Lee Chen' }],
    ['the adjustment on Lee Chen was wrong', { patient: 'Lee Chen' }],
    [
      "write off $40 for Jane Doe, it shouldn't have been billed",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. a surname that is an ordinary word', () => {
  it.each<Case>([
    [
      'w/o $7 for Ella Down, small bal',
      { intent: 'write_off', patient: 'Ella Down', amountCents: 700, reason: 'small_balance' },
    ],
    ["what's Mark Down's balance", { intent: 'balance', patient: 'Mark Down' }],
    ['refund $15 to Jenny Fine', { intent: 'refund_payment', patient: 'Jenny Fine', amountCents: 1500 }],
    ['balance for Jenny Fine-Smith?', { intent: 'balance', patient: 'Jenny Fine-Smith' }],
    [
      'Sam Down-Holt owes $9, write it off small balance',
      { intent: 'write_off', patient: 'Sam Down-Holt', amountCents: 900, reason: 'small_balance' },
    ],
    ['look up Nora Good', { intent: 'balance', patient: 'Nora Good' }],
    // unchanged: the word in lower case, another capitalised word, a reason's word after the name.
    [
      'Jane Doe is fine, write off $5 small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 500, reason: 'small_balance' },
    ],
    ['Happy New Year everyone, reports are due Monday', {}],
    ['write off $20 for Mark', { intent: 'write_off', patient: 'Mark', amountCents: 2000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. a given name alone after the full name', () => {
  it.each<Case>([
    [
      "spoke with Iris Vane's son, Iris is on disability now. write off $25 of the copay, hardship",
      { intent: 'write_off', patient: 'Iris Vane', amountCents: 2500, reason: 'financial_hardship' },
    ],
    [
      "I talked to Omar Haddad's wife; Omar lost his job last month. please write off $40, hardship",
      { intent: 'write_off', patient: 'Omar Haddad', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      "Lena Park's daughter called - Lena can't afford the $50. write off $50 hardship",
      { intent: 'write_off', patient: 'Lena Park', amountCents: 5000, reason: 'financial_hardship' },
    ],
    [
      'Tom Baker called, Tom asked us to write off $15, small balance',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 1500, reason: 'small_balance' },
    ],
    // unchanged: a first name alone, and another first name after a full one.
    [
      'write off $20 for Rose, hardship',
      { intent: 'write_off', patient: 'Rose', amountCents: 2000, reason: 'financial_hardship' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
