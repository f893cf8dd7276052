/**
 * An outside probe's misses (the twenty-fourth), each rule asserted with variants of our own and
 * with near wordings that must not change:
 *
 * A. A name with a word that is also a reason's ("Charity Nolan", "Rebecca Small", "Grace Bad") lost
 *    that word, and the word then gave the reason (reason-word-names.ts).
 * B. A name written surname first with a lower-case particle ("van Houten, Milhouse", "de la Cruz,
 *    Maria") lost the given name after the comma (surname-first.ts).
 * C. The Irish "Ó" or "O" written as a word of its own ("Seán Ó Briain") ended the name before it
 *    (name-tokens.ts).
 * D. A reason said not to be one ("this isn't hardship", "not a hardship case") was read as the
 *    reason (reason.ts).
 * E. A count of write-offs after the command ("undo 2 write-offs") was read as $2: after a number
 *    they now stay plural (normalize.ts) and are a count (amount.ts). "twelve dollars five" stays
 *    $12.05, as "twelve dollars and five cents" is.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('A. a reason word inside a capitalised name is part of the name', () => {
  it.each<Case>([
    [
      'write off $15 for Charity Nolan, small balance',
      { intent: 'write_off', patient: 'Charity Nolan', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      'write off $40 for Rebecca Small, hardship',
      { intent: 'write_off', patient: 'Rebecca Small', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'w/o 25 dollars for Grace Bad - courtesy',
      { intent: 'write_off', patient: 'Grace Bad', amountCents: 2500, reason: 'professional_courtesy' },
    ],
    [
      'please write off $9 for Courtesy Jones as a small balance',
      { intent: 'write_off', patient: 'Courtesy Jones', amountCents: 900, reason: 'small_balance' },
    ],
    [
      'write off $8 for Faith Small, she passed away',
      { intent: 'write_off', patient: 'Faith Small', amountCents: 800, reason: 'deceased' },
    ],
    [
      'write off $10 for Dana Early, prompt pay',
      { intent: 'write_off', patient: 'Dana Early', amountCents: 1000, reason: 'prompt_pay_discount' },
    ],
    [
      'Charity Nolan owes $15, write it off as a small balance',
      { intent: 'write_off', patient: 'Charity Nolan', amountCents: 1500, reason: 'small_balance' },
    ],
    ['balance for Charity Nolan', { intent: 'balance', patient: 'Charity Nolan' }],
    ['refund $10 to Mia Small', { intent: 'refund_payment', patient: 'Mia Small', amountCents: 1000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $40 for Jane, hardship',
      { intent: 'write_off', patient: 'Jane', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'write off jane doe small balance $5',
      { intent: 'write_off', patient: 'jane doe', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'write off $10 for Jane Doe Small Balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1000, reason: 'small_balance' },
    ],
    [
      'write off $40 for Jane Small bal',
      { intent: 'write_off', patient: 'Jane', amountCents: 4000, reason: 'small_balance' },
    ],
    [
      'write off $40 for Bob Bad Debt',
      { intent: 'write_off', patient: 'Bob', amountCents: 4000, reason: 'bad_debt' },
    ],
    [
      'write off $12 for Nolan, charity care',
      { intent: 'write_off', patient: 'Nolan', amountCents: 1200, reason: 'financial_hardship' },
    ],
    [
      'Courtesy Jane Doe $25',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2500, reason: 'professional_courtesy' },
    ],
    [
      'w/o $25 Courtesy Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2500, reason: 'professional_courtesy' },
    ],
    [
      'Charity care for Jane Doe $40',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'write off $20 charity Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'financial_hardship' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('B. a surname with a lower-case particle, written first', () => {
  it.each<Case>([
    [
      'write off $16 for van Houten, Milhouse small bal',
      { intent: 'write_off', patient: 'van Houten, Milhouse', amountCents: 1600, reason: 'small_balance' },
    ],
    [
      'cancel PR on de la Cruz, Maria 11/1',
      { intent: 'cancel_pr', patient: 'de la Cruz, Maria', dateOfService: '2026-11-01' },
    ],
    [
      'write off $20 for von Trapp, Maria, hardship',
      { intent: 'write_off', patient: 'von Trapp, Maria', amountCents: 2000, reason: 'financial_hardship' },
    ],
    ['balance for van der Berg, Anna', { intent: 'balance', patient: 'van der Berg, Anna' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $16 for Doe, Jane small bal',
      { intent: 'write_off', patient: 'Doe, Jane', amountCents: 1600, reason: 'small_balance' },
    ],
    [
      'write off $16 for Van Houten, Milhouse small bal',
      { intent: 'write_off', patient: 'Van Houten, Milhouse', amountCents: 1600, reason: 'small_balance' },
    ],
    [
      'write off $16 for van Houten small bal',
      { intent: 'write_off', patient: 'van Houten', amountCents: 1600, reason: 'small_balance' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('C. the Irish "Ó" as a word of its own', () => {
  it.each<Case>([
    ['does Seán Ó Briain have an open balance', { intent: 'balance', patient: 'Seán Ó Briain' }],
    ['does Sean O Briain have an open balance', { intent: 'balance', patient: 'Sean O Briain' }],
    [
      'write off $20 for Máire Ó Súilleabháin, hardship',
      {
        intent: 'write_off',
        patient: 'Máire Ó Súilleabháin',
        amountCents: 2000,
        reason: 'financial_hardship',
      },
    ],
    ['balance for Ó Briain', { intent: 'balance', patient: 'Ó Briain' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ["does Sean O'Brien have an open balance", { intent: 'balance', patient: "Sean O'Brien" }],
    ["balance for O'Brien", { intent: 'balance', patient: "O'Brien" }],
    ['write off $20 for jane doe o', { intent: 'write_off', patient: 'jane doe', amountCents: 2000 }],
    [
      'W/O Jane Doe $40 small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'small_balance' },
    ],
    [
      'write off $5 for Jane O small balance',
      { intent: 'write_off', patient: 'Jane', amountCents: 500, reason: 'small_balance' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('D. a reason said not to be one gives no reason', () => {
  it.each<Case>([
    [
      "this isn't hardship, it's just a small balance: write off $8 for Nina Brandt",
      { intent: 'write_off', patient: 'Nina Brandt', amountCents: 800, reason: 'small_balance' },
    ],
    [
      'write off $8 for Nina Brandt, not hardship, small balance',
      { intent: 'write_off', patient: 'Nina Brandt', amountCents: 800, reason: 'small_balance' },
    ],
    [
      'write off $8 for Nina Brandt, not a hardship case',
      { intent: 'write_off', patient: 'Nina Brandt', amountCents: 800 },
    ],
    [
      'write off $30 for Lee Chen, no courtesy here, it is bad debt',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 3000, reason: 'bad_debt' },
    ],
    [
      'write off $30 for Lee Chen - she is not deceased, she filed bankruptcy',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 3000, reason: 'bankruptcy' },
    ],
    ['not a hardship case', { intent: 'unknown' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $8 for Nina Brandt, hardship not small balance',
      { intent: 'write_off', patient: 'Nina Brandt', amountCents: 800, reason: 'financial_hardship' },
    ],
    [
      'write off $8 for Nina Brandt, she has no insurance',
      { intent: 'write_off', patient: 'Nina Brandt', amountCents: 800, reason: 'financial_hardship' },
    ],
    [
      'write off $8 for Nina Brandt, she is not able to pay',
      { intent: 'write_off', patient: 'Nina Brandt', amountCents: 800, reason: 'financial_hardship' },
    ],
    [
      'write off $8 for Nina Brandt, never pays',
      { intent: 'write_off', patient: 'Nina Brandt', amountCents: 800, reason: 'bad_debt' },
    ],
    [
      'write off $8 for Nina Brandt, no, hardship',
      { intent: 'write_off', patient: 'Nina Brandt', amountCents: 800, reason: 'financial_hardship' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('E. a count of write-offs is no amount', () => {
  it.each<Case>([
    ['undo 2 write-offs for Jane Doe', { intent: 'undo_write_off', patient: 'Jane Doe' }],
    ['undo the last 2 write-offs', { intent: 'undo_write_off' }],
    ['reverse the 3 writeoffs for Bob Smith', { intent: 'undo_write_off', patient: 'Bob Smith' }],
    ['undo 2 write offs, Lee Chen', { intent: 'undo_write_off', patient: 'Lee Chen' }],
    ['undo two write-offs for Jane Doe', { intent: 'undo_write_off', patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'undo the $2 write-off for Jane Doe',
      { intent: 'undo_write_off', patient: 'Jane Doe', amountCents: 200 },
    ],
    ['undo write-off of 2 for Jane Doe', { intent: 'undo_write_off', patient: 'Jane Doe', amountCents: 200 }],
    ['undo 40 for jane doe', { intent: 'undo_write_off', patient: 'jane doe', amountCents: 4000 }],
    [
      'undo the 40 write-off for Jane Doe',
      { intent: 'undo_write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    ['jane doe 40 wo', { intent: 'write_off', patient: 'jane doe', amountCents: 4000 }],
    [
      'write off twelve dollars five for jane doe',
      { intent: 'write_off', patient: 'jane doe', amountCents: 1205 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});
