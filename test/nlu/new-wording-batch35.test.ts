/**
 * Wording families fixed in batch 35, each asserted with variants and near wordings that must not
 * change:
 *
 * 1. A rough or either-or amount ("about $20", "roughly 40 bucks", "~$25", "approx. 60 dollars",
 *    "around 30", "$40 or so", "30 or 40 bucks", "$20-30", "$20 to $30"): no amount, and an
 *    `amountProblem` that asks for the exact one (amount-rough.ts), as "$40ish" is refused.
 * 2. Thousands in words ("two grand", "a grand") as "$2k" is; dollars in words with cents in digits
 *    ("nine dollars 99 cents", "nine dollars 99") or the other way round (amount.ts).
 * 3. A numbered list's markers ("1) w/o 2) … 3) $18", "1. … 2. $18 3. …") are no amounts (amount.ts).
 * 4. Write-offs talked of as a meeting's or a report's topic, and a write-off reported done ("ok, done -
 *    wrote off …", "… already"), ask for none (intent.ts, asked-part.ts).
 * 5. A name after "owes?" and names with a lower-case initial ("r. patel", "tom b") (patient-mention.ts).
 * 6. A reason's word naming a service or a fee ("collection kit", "courtesy-call fee", "hardship letter
 *    fee") is no reason; a reason said outright wins (reason.ts).
 * 7. Key: value forms: "amount: all", a "Why:" label, a reason field that marks a write-off
 *    (labelled-fields.ts).
 * 8. "ref 35 <name>" and "cncl" (intent.ts, amount.ts, typos.ts).
 * 9. "balance de <Name>", "Kim Min-jun", hardship said in Spanish (patient-mention.ts, reason.ts).
 * 10. A payment's posting day is no date of service; a "[EHR]" tag is no patient (date.ts,
 *     patient-mention.ts, surname-first.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { expectFrame, type Frame, TODAY } from './support/frame.ts';

type Case = [string, Partial<Frame>];

function expectRefused(text: string, expected: Partial<Frame>, problem: RegExp): void {
  expectFrame(text, { ...expected, amountCents: null });
  expect(parseRequest(text, { today: TODAY }).amountProblem).toMatch(problem);
}

describe('1. a rough or either-or amount is refused, asking for the exact one', () => {
  it.each<[string, Partial<Frame>]>([
    ['write off about $35 for Tom Baker', { intent: 'write_off', patient: 'Tom Baker' }],
    ['pls refund roughly 45 bucks to Lee Chen', { intent: 'refund_payment', patient: 'Lee Chen' }],
    ['w/o ~$12 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
    ['write off approx. 80 dollars for Bob Smith', { intent: 'write_off', patient: 'Bob Smith' }],
    ['write off around 30 for Priya Patel', { intent: 'write_off', patient: 'Priya Patel' }],
    ['refund $15 or so to Samuel O’Neil', { intent: 'refund_payment', patient: 'Samuel O’Neil' }],
  ])('%s', (text, expected) => expectRefused(text, expected, /approximate.*exact amount/));

  it.each<[string, Partial<Frame>]>([
    ['refund 25 or 35 bucks to Lee Chen', { intent: 'refund_payment', patient: 'Lee Chen' }],
    ['write off $20-30 for Tom Baker', { intent: 'write_off', patient: 'Tom Baker' }],
    ['write off $20 to $30 for Bob Smith', { intent: 'write_off', patient: 'Bob Smith' }],
    ['w/o $10 or $12 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectRefused(text, expected, /more than one amount.*exact amount/));

  it.each<Case>([
    // unchanged: exact amounts, a pasted line's date before an amount, a time, a range for a batch.
    ['write off $35 for Tom Baker', { intent: 'write_off', patient: 'Tom Baker', amountCents: 3500 }],
    [
      'DOS 11/20 - $40 w/o Bob Smith',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 4000, dateOfService: '2026-11-20' },
    ],
    [
      'write off $20 for Jane Doe, she called around 3pm',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
    [
      'write off every balance between $1 and $5',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. thousands in words, and dollars and cents written half in words', () => {
  it.each<Case>([
    [
      'write off three grand for Tom Baker, bankruptcy',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 300000, reason: 'bankruptcy' },
    ],
    ['refund a grand to Lee Chen', { intent: 'refund_payment', patient: 'Lee Chen', amountCents: 100000 }],
    [
      'write off fifteen grand for Bob Smith',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1500000 },
    ],
    [
      'write off seven dollars 25 cents for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 725 },
    ],
    [
      'refund nine dollars 99 to Bob Smith',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 999 },
    ],
    [
      'write off 4 dollars fifty cents for Tom Baker',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 450 },
    ],
    // unchanged: "grand" as an adjective, and a count after the dollars.
    [
      'write off the $40 for Jane Doe, grand total is fine',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      'write off nine dollars 2 visits ago for Lee Chen',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 900 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. a numbered list’s markers are no amounts', () => {
  it.each<Case>([
    [
      '1) w/o 2) Tom Baker 3) $22 4) small bal',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 2200, reason: 'small_balance' },
    ],
    ['1. write off 2. $18 3. Bob Smith', { intent: 'write_off', patient: 'Bob Smith', amountCents: 1800 }],
    ['1) refund 2) 25 3) Lee Chen', { intent: 'refund_payment', patient: 'Lee Chen', amountCents: 2500 }],
    // unchanged: a lone "2." is no list.
    ['write off $30 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. write-offs as small talk, and a write-off reported done, ask for none', () => {
  it.each<Case>([
    ['pizza in the kitchen, grab a slice before the write-off meeting', {}],
    ['team huddle about write-offs at 2', {}],
    ['the w/o report looks weird this month', {}],
    ['ok, done - wrote off the $20 for Lee Chen', { patient: 'Lee Chen' }],
    ['wrote off $12 for Tom Baker already', { patient: 'Tom Baker' }],
    ['all done, refunded $30 to Bob Smith', { patient: 'Bob Smith' }],
    // unchanged: a request beside the meeting, and the past told with an undo asked.
    [
      'write off $20 for Bob Smith before the write-off meeting',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 2000 },
    ],
    [
      'I already wrote off $40 for Jane Doe by mistake, can you undo it?',
      { intent: 'undo_write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      'done with lunch, write off $15 for Lee Chen',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1500 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('5. a name after a question mark, or with a lower-case initial', () => {
  it.each<Case>([
    ['bal? j. doe', { intent: 'balance', patient: 'j. doe' }],
    ['owes? tom baker', { intent: 'balance', patient: 'tom baker' }],
    ['bal for l. chen', { intent: 'balance', patient: 'l. chen' }],
    [
      'w/o $9 b. smith small bal',
      { intent: 'write_off', patient: 'b. smith', amountCents: 900, reason: 'small_balance' },
    ],
    ['undo wo jane d', { intent: 'undo_write_off', patient: 'jane d' }],
    ['refund lee c 20', { intent: 'refund_payment', patient: 'lee c', amountCents: 2000 }],
    // unchanged: a capitalised name, and no name after a question.
    ['bal? Priya Patel', { intent: 'balance', patient: 'Priya Patel' }],
    ['how much does she owe? thanks', { intent: 'balance' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('6. a reason word naming a service is no reason', () => {
  it.each<Case>([
    [
      'write off $14 for the urine collection cup charge for Tom Baker',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 1400 },
    ],
    [
      'write off $9 courtesy call fee for Lee Chen, small balance',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 900, reason: 'small_balance' },
    ],
    [
      "w/o $25 for Bob Smith's hardship letter fee, small bal",
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 2500, reason: 'small_balance' },
    ],
    [
      'write off $30 collection kit charge for Jane Doe, we billed the wrong code',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, reason: 'administrative' },
    ],
    // unchanged: the reason said as a reason, and a service after it.
    [
      'write off $40 for Bob Smith, sent to collections',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 4000, reason: 'collection_agency' },
    ],
    [
      'hardship lab fee 30 jane doe',
      { intent: 'write_off', patient: 'jane doe', amountCents: 3000, reason: 'financial_hardship' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected, TODAY));
});

describe('7. key: value forms', () => {
  it.each<Case>([
    [
      'pt: Tom Baker; action: w/o; amount: all; reason: deceased',
      { intent: 'write_off', patient: 'Tom Baker', amountAll: true, reason: 'deceased' },
    ],
    [
      'w/o Lee Chen amt - all, small bal',
      { intent: 'write_off', patient: 'Lee Chen', amountAll: true, reason: 'small_balance' },
    ],
    [
      'Action: cancel PR / Patient: Jane Doe / Why: entered in error',
      { intent: 'cancel_pr', patient: 'Jane Doe', cancelReason: 'entered_in_error' },
    ],
    [
      'Pt: Bob Smith | Amt: $15 | Reason: small balance',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      'Patient - Priya Patel / Amount - $60 / Reason - bankruptcy',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 6000, reason: 'bankruptcy' },
    ],
    // unchanged: a question that asks why, and a reason field with no write-off reason.
    ['why is the write off button greyed out?', { intent: 'help' }],
    ['Pt: Bob Smith / Amt: $15 / Reason: called twice', { patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('8. short verbs: "ref" with a bare number, "cncl"', () => {
  it.each<Case>([
    ['ref 40 tom baker', { intent: 'refund_payment', patient: 'tom baker', amountCents: 4000 }],
    ['ok, ref 12.50 Lee Chen', { intent: 'refund_payment', patient: 'Lee Chen', amountCents: 1250 }],
    [
      'cncl pr bob smith 11/3 dup',
      { intent: 'cancel_pr', patient: 'bob smith', dateOfService: '2026-11-03', cancelReason: 'duplicate' },
    ],
    ['cncl the PR for Jane Doe', { intent: 'cancel_pr', patient: 'Jane Doe', amountAll: true }],
    // unchanged: a reference number.
    ['ref 99812 jane doe', {}],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('9. names and reasons in other languages’ shapes', () => {
  it.each<Case>([
    ['balance de Jane Doe porfa', { intent: 'balance', patient: 'Jane Doe' }],
    ['saldo? balance de Tom Baker', { intent: 'balance', patient: 'Tom Baker' }],
    ['balance for Park Seo-yeon', { intent: 'balance', patient: 'Park Seo-yeon' }],
    ['refund $20 to Lee Min-ho', { intent: 'refund_payment', patient: 'Lee Min-ho', amountCents: 2000 }],
    [
      'write off $30 para Bob Smith, no tiene dinero',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 3000, reason: 'financial_hardship' },
    ],
    [
      'w/o $25 Lee Chen, la familia es muy pobre',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 2500, reason: 'financial_hardship' },
    ],
    [
      'write off $15 for Tom Baker, no puede pagar',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 1500, reason: 'financial_hardship' },
    ],
    // unchanged: a particle inside a name, and a hyphenated word that is no name.
    [
      'refund Juan de la Cruz $20',
      { intent: 'refund_payment', patient: 'Juan de la Cruz', amountCents: 2000 },
    ],
    ['w/o $40 Jane Doe Follow-up visit', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('10. a payment’s posting day and a system tag', () => {
  it.each<Case>([
    [
      "pmt rec'd 11/20, refund $20 to Bob Smith",
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 },
    ],
    [
      'Payment posted 11/21 $35.00 - pt: Lee Chen - paid twice, refund $35',
      { intent: 'refund_payment', patient: 'Lee Chen', amountCents: 3500 },
    ],
    [
      'check deposited on 11/2 - refund Tom Baker $40',
      { intent: 'refund_payment', patient: 'Tom Baker', amountCents: 4000 },
    ],
    [
      '[EHR] Baker, Tom  DOS 2026-11-11  $40.00 pt resp - prof courtesy w/o',
      {
        intent: 'write_off',
        patient: 'Baker, Tom',
        amountCents: 4000,
        reason: 'professional_courtesy',
        dateOfService: '2026-11-11',
      },
    ],
    ['[PM] refund $30 to Lee Chen', { intent: 'refund_payment', patient: 'Lee Chen', amountCents: 3000 }],
    // unchanged: the visit's day beside the payment's.
    [
      "pmt rec'd 11/20 for the 10/3 visit, refund $20 to Bob Smith",
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000, dateOfService: '2026-10-03' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
