/**
 * The fifteenth batch of misreadings, found by an outside probe (today 2026-12-03; here 2026-11-27,
 * a Friday). Each is tested with the sentence as written, variants of our own, and counter-examples
 * that must keep their reading, so that each fix is a rule for the family of wordings.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { expectFrame, type Frame, TODAY } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. a place named for a saint is no patient; "his patient X" names the patient', () => {
  it.each<Case>([
    [
      "Hi! Dr. Okonkwo asked us to write off the copay for his patient Ben Adeyemi, $30, professional courtesy (Ben's a nurse at St Luke's)",
      { intent: 'write_off', patient: 'Ben Adeyemi', amountCents: 3000, reason: 'professional_courtesy' },
    ],
    // Variants: "St." with its point, "Saint" in full, a hospital after the possessive.
    [
      "write off $40 for Ana Ruiz, she works at St. Mary's",
      { intent: 'write_off', patient: 'Ana Ruiz', amountCents: 4000 },
    ],
    [
      "refund $25 to Tom Baker (seen at Saint Jude's Hospital)",
      { intent: 'refund_payment', patient: 'Tom Baker', amountCents: 2500 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a surname with "St." stays a name, owned balance and all.
  it.each<Case>([
    [
      'write off $20 for Ethan St. Pierre',
      { intent: 'write_off', patient: 'Ethan St. Pierre', amountCents: 2000 },
    ],
    ["w/o St. Pierre's balance", { intent: 'write_off', patient: 'St. Pierre', amountAll: true }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. a name after "NOT" is not the patient; "OV" is a charge', () => {
  it.each<Case>([
    [
      'Jane Roe, NOT Jane Doe: w/o $96 from 5/11 OV, bad debt',
      {
        intent: 'write_off',
        patient: 'Jane Roe',
        amountCents: 9600,
        reason: 'bad_debt',
        dateOfService: '2026-05-11',
      },
    ],
    [
      'refund $20 to Bob Smith not Bob Smyth',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 },
    ],
    [
      'w/o $15 for Lee Chen from the 6/2 OV',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1500, dateOfService: '2026-06-02' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. the date of the charge the request names again wins over the story’s dates', () => {
  it.each<Case>([
    [
      'Jane Doe owes $185 on the 9/14 visit and $70 on the 8/21 xray. Write off $70 on the xray only, account went to collections',
      {
        intent: 'write_off',
        patient: 'Jane Doe',
        amountCents: 7000,
        reason: 'collection_agency',
        dateOfService: '2026-08-21',
      },
    ],
    [
      'Bob Smith has $40 on the Oct 3 labs and $25 on the Sep 9 visit; w/o the $25 for the visit',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 2500, dateOfService: '2026-09-09' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: one dated charge, or two of the same kind, keep the first date.
  it.each<Case>([
    [
      'write off $70 for Jane Doe on the 8/21 xray',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 7000, dateOfService: '2026-08-21' },
    ],
    [
      'Jane Doe has the 9/14 visit and the 8/21 visit open, w/o $70 on the visit',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 7000, dateOfService: '2026-09-14' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. a condition then a command is the request; a day in the condition is no date of service', () => {
  it.each<Case>([
    [
      "she hasn't paid a cent since March — if Gwen Tanaka's $95 is still open on Friday, w/o as bad debt",
      { intent: 'write_off', patient: 'Gwen Tanaka', amountCents: 9500, reason: 'bad_debt' },
    ],
    [
      'if Bob Smith has not paid by Monday, write off $40 as bad debt',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 4000, reason: 'bad_debt' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a question after the condition is still help.
  it.each<Case>([
    ['if I write off $20 by accident, can I undo it?', { intent: 'help' }],
    ['if a patient dies, which reason do I use?', { intent: 'help' }],
  ])('%s', (text, expected) => expect(parseRequest(text, { today: TODAY }).intent).toBe(expected.intent));
});

describe('5. a range’s upper bound is the batch threshold; a fiver is $5', () => {
  it.each<Case>([
    [
      'run the small-balance write-offs for anything in the $1–$5 range',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'write off all balances between $1 and $5',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'clear every balance from $2 to $10',
      { intent: 'small_balance_batch', amountCents: 1000, reason: 'small_balance' },
    ],
    [
      'month end: can we clear all the small balances below a fiver please',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'write off every balance under a tenner',
      { intent: 'small_balance_batch', amountCents: 1000, reason: 'small_balance' },
    ],
    ['sb batch <$3', { intent: 'small_balance_batch', amountCents: 300, reason: 'small_balance' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-example: an amount less another is no range.
  it('refund her $50 payment - $5 fee to Jane Doe stays one amount', () => {
    expect(
      parseRequest('refund her $50 payment less the $5 fee to Jane Doe', { today: TODAY }),
    ).toMatchObject({
      intent: 'refund_payment',
      amountCents: 4500,
    });
  });
});

describe('6. an MRN written with its letters is kept whole as the patient', () => {
  it.each<Case>([
    ['how much is outstanding for DEMO-0007?', { intent: 'balance', patient: 'DEMO-0007' }],
    [
      'w/o $20 for QZ-40917 small bal',
      { intent: 'write_off', patient: 'QZ-40917', amountCents: 2000, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-example: a name written beside it is the patient the look-up checks it against.
  it('Jane Doe DEMO-0001 keeps the name', () => {
    expect(parseRequest('balance for Jane Doe DEMO-0001', { today: TODAY }).patient).toBe('Jane Doe');
  });
});

describe('7. names: reason shorthand ends them, surname first before a dated charge, nicknames, initials', () => {
  it.each<Case>([
    [
      'writeoff 8 zoe kowalski smallbal',
      { intent: 'write_off', patient: 'zoe kowalski', amountCents: 800, reason: 'small_balance' },
    ],
    ['w/o 12 lee chen bd', { intent: 'write_off', patient: 'lee chen', amountCents: 1200 }],
    [
      'Could you write off the balance for Kowalski, Zoë from the 4/28 counselling session? Staff courtesy',
      {
        intent: 'write_off',
        patient: 'Kowalski, Zoë',
        amountAll: true,
        reason: 'professional_courtesy',
        dateOfService: '2026-04-28',
      },
    ],
    [
      'w/o $10 for Garcia, María on 9/9',
      { intent: 'write_off', patient: 'Garcia, María', amountCents: 1000, dateOfService: '2026-09-09' },
    ],
    [
      "write off 1k for Bartholomew 'Bart' Higgins, bankruptcy ch.7 filed 9/30",
      { intent: 'write_off', patient: 'Bartholomew Higgins', amountCents: 100000, reason: 'bankruptcy' },
    ],
    [
      'refund $20 to Robert (Bob) Smith',
      { intent: 'refund_payment', patient: 'Robert Smith', amountCents: 2000 },
    ],
    [
      "back out yesterday's write off for Zoe K, she's paying after all",
      { intent: 'undo_write_off', patient: 'Zoe K' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: "I" after a name is no initial; an initial before a point goes on to the surname.
  it.each<Case>([
    ['write off $20 for Bob I think', { intent: 'write_off', patient: 'Bob', amountCents: 2000 }],
    [
      'write off $20 for Jane Q. Public',
      { intent: 'write_off', patient: 'Jane Q. Public', amountCents: 2000 },
    ],
  ])('%s', (text, expected) => expect(parseRequest(text, { today: TODAY }).patient).toBe(expected.patient));
});

describe('8. intents: "adj off", "ref", a negated write-off before a refund, a discount asked', () => {
  it.each<Case>([
    [
      'adj off $18 for Mei-Ling Zhao, sb',
      { intent: 'write_off', patient: 'Mei-Ling Zhao', amountCents: 1800, reason: 'small_balance' },
    ],
    [
      'pls ref $42 to Jane Doe - labs 6/3 were covered after all',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 4200, dateOfService: '2026-06-03' },
    ],
    ['ref $20 to Bob Smith', { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 }],
    [
      'Don’t write it off — Lee Chen paid $68 and then insurance paid too, so refund him the $68',
      { intent: 'refund_payment', patient: 'Lee Chen', amountCents: 6800 },
    ],
    [
      'need a prompt pay discount for Lee Chen — 10% off his $20, so $2',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 200, reason: 'prompt_pay_discount' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: "ref" as a reference, a negated write-off alone: no refund.
  it.each(['what is ref #4411 for Jane Doe about?', "don't write off anything for Lee Chen yet"])(
    '%s',
    (text) => expect(parseRequest(text, { today: TODAY }).intent).not.toBe('refund_payment'),
  );
});

describe('9. fields: the full bal, a custom reason, day-first dates, another currency', () => {
  it.each<Case>([
    [
      "we're sending Gareth Llewellyn to collections, w/o the full bal pls",
      { intent: 'write_off', patient: 'Gareth Llewellyn', amountAll: true, reason: 'collection_agency' },
    ],
    [
      'write off $33.33 for ken watanabe, reason: settlement agreed with his attorney',
      { intent: 'write_off', patient: 'ken watanabe', amountCents: 3333, reason: 'other' },
    ],
    [
      'w/o $10 for Jane Doe from 14/03/2026',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1000, dateOfService: '2026-03-14' },
    ],
    [
      'w/o $10 for Jane Doe from 25/10',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1000, dateOfService: '2026-10-25' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it('the custom reason is the note', () => {
    const parsed = parseRequest(
      'write off $33.33 for Ken Watanabe, reason: settlement agreed with his attorney',
      {
        today: TODAY,
      },
    );
    expect(parsed.note).toBe('settlement agreed with his attorney');
  });

  // Counter-examples: a code after the label is that code; a reason left open is none; 10/3 is Oct 3.
  it.each<Case>([
    [
      'write off $20 for Jane Doe, reason: hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'financial_hardship' },
    ],
    [
      'write off $20 for Jane Doe, reason: tbd',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
    [
      'w/o $10 for Jane Doe from 10/3',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1000, dateOfService: '2026-10-03' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Money in another currency is refused with its reason, never read as dollars.
  it.each([
    'Could you w/o the £25 copay for Siobhán Ní Bhriain?',
    'refund €40 to Bob Smith',
    'write off 25 quid for Jane Doe',
  ])('%s', (text) => {
    const parsed = parseRequest(text, { today: TODAY });
    expect(parsed.amountCents).toBeNull();
    expect(parsed.amountProblem).toContain('not in dollars');
  });
});

describe('10. whether a write-off needs approval, asked beside it, is help', () => {
  it.each([
    'can I write off $70 for Jane Doe or does it need approval?',
    'can I w/o $300 for Bob Smith or is manager approval required?',
  ])('%s', (text) => expect(parseRequest(text, { today: TODAY }).intent).toBe('help'));

  // Counter-examples: asked of the app, it is the request.
  it.each<Case>([
    ['can you write off $70 for Jane Doe?', { intent: 'write_off', patient: 'Jane Doe', amountCents: 7000 }],
    [
      'can you write off $70 for Jane Doe or does it need approval?',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 7000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
