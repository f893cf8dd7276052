/**
 * The thirteenth batch of misreadings, found by an outside probe (today 2026-11-27). Each is tested
 * with the sentence as written and with variants of our own, and with counter-examples that must
 * keep their reading, so that each fix is a rule for the family of wordings, not for one sentence.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. a month that is also a given name, between an amount and a name word, is the name', () => {
  it.each<Case>([
    ['w/o 20 may chen', { intent: 'write_off', patient: 'may chen', amountCents: 2000 }],
    // Variants: capitals, another verb, the amount last or with its sign, a reason, a possessive.
    ['w/o 20 May Chen', { intent: 'write_off', patient: 'May Chen', amountCents: 2000 }],
    ['refund 15 june park', { intent: 'refund_payment', patient: 'june park', amountCents: 1500 }],
    ['20 may chen w/o', { intent: 'write_off', patient: 'may chen', amountCents: 2000 }],
    ['w/o $20 may chen', { intent: 'write_off', patient: 'may chen', amountCents: 2000 }],
    [
      'w/o 20 may chen small bal',
      { intent: 'write_off', patient: 'may chen', amountCents: 2000, reason: 'small_balance' },
    ],
    [
      'writeoff 25 april reyes hardship',
      { intent: 'write_off', patient: 'april reyes', amountCents: 2500, reason: 'financial_hardship' },
    ],
    ["w/o 30 august lee's balance", { intent: 'write_off', patient: 'august lee', amountCents: 3000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a date of service stays one when money is written elsewhere, when a visit, a
  // year or an ordinal follows the month, or when the patient is named after it.
  it.each<Case>([
    [
      'w/o $20 for Lee Chen dos 20 may',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 2000, dateOfService: '2026-05-20' },
    ],
    [
      "write off jane doe's 5 may visit",
      { intent: 'write_off', patient: 'jane doe', dateOfService: '2026-05-05' },
    ],
    ['w/o 20 may for jane doe', { intent: 'write_off', patient: 'jane doe', dateOfService: '2026-05-20' }],
    [
      'w/o 5 may labs for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', dateOfService: '2026-05-05' },
    ],
    [
      'w/o 20 may colonoscopy for jane doe',
      { intent: 'write_off', patient: 'jane doe', dateOfService: '2026-05-20' },
    ],
    [
      'write off the 20th may visit for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', dateOfService: '2026-05-20' },
    ],
    [
      'write off 20 may 2025 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', dateOfService: '2025-05-20' },
    ],
    [
      'refund Bob Smith $20 for his 3 june visit',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000, dateOfService: '2026-06-03' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

// "So Yeon Kim's balance?" still reads "Yeon Kim" (the patient search then finds So Yeon Kim by two
// of her three names). Keeping a capitalised "So" in the name would read "So Jane Doe's balance?" as
// "So Jane Doe", which matches nobody exactly and asks the biller to choose between Jane and Janet.
describe('2. a sentence-opening "So" stays out of the name', () => {
  it.each<Case>([
    ["So Jane Doe's balance?", { intent: 'balance', patient: 'Jane Doe' }],
    ["so jane doe's balance?", { intent: 'balance', patient: 'jane doe' }],
    ["So, Jane Doe's balance", { intent: 'balance', patient: 'Jane Doe' }],
    ['so what does Jane Doe owe', { intent: 'balance', patient: 'Jane Doe' }],
    ["So Patricia Gale's son called, what does she owe?", { intent: 'balance', patient: 'Patricia Gale' }],
    ['So Bob Smith called, what does he owe?', { intent: 'balance', patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. only a write-off has an undo: undoing a refund, a payment or a cancel is no undo_write_off', () => {
  it.each<Case>([
    ["Dana refunded Bob Smith's copay by mistake, can you undo it", { patient: 'Bob Smith' }],
    // Variants: what "it" points back to, told in other words, and the thing named after the verb.
    ['I refunded Jane Doe $40 by mistake, please reverse it', { patient: 'Jane Doe' }],
    ["Karen cancelled Bob Smith's PR by mistake, undo that", { patient: 'Bob Smith' }],
    ['the refund to Tom Baker went to the wrong card, back it out', { patient: 'Tom Baker' }],
    ['undo the refund for Bob Smith', { patient: 'Bob Smith' }],
    ['reverse the $40 refund to Jane Doe', { patient: 'Jane Doe' }],
    ["can you undo the cancellation on Lee Chen's PR", { patient: 'Lee Chen' }],
    ['undo the payment posted to Jane Doe', { patient: 'Jane Doe' }],
    ['roll back the refund batch', {}],
  ])('%s', (text, expected) => expectFrame(text, { intent: 'unknown', ...expected }));

  // Counter-examples: a write-off named, told or batched is still undone; reversing a payment is a refund.
  it.each<Case>([
    ["undo the write-off on Bob Smith's charge", { intent: 'undo_write_off', patient: 'Bob Smith' }],
    ['reverse that w/o for Jane', { intent: 'undo_write_off', patient: 'Jane' }],
    ["Dana wrote off Bob's copay by mistake, undo it", { intent: 'undo_write_off', patient: 'Bob' }],
    [
      "I wrote off Bob Smith's copay and refunded it, undo the write-off",
      { intent: 'undo_write_off', patient: 'Bob Smith' },
    ],
    [
      'I wrote off $40 for Helen Wu by mistake, can you undo it?',
      { intent: 'undo_write_off', patient: 'Helen Wu', amountCents: 4000 },
    ],
    ['the small balance batch this morning was wrong, roll it back', { intent: 'undo_write_off' }],
    ['reverse the payment for Jane Doe', { intent: 'refund_payment', patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
