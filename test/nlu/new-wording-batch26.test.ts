/**
 * A blind probe's misses (round 3), each fixed by the rule that failed and asserted with variants of
 * its wording family and near wordings that must not change:
 *
 * 1. An amount replaced after a slip owned with no "I mean" ("$400 for Curtis Lamb, sorry, $450",
 *    "$55 no, $50 sorry", "oops $45", "err $20") is the one meant (parse.ts). A story or two amounts
 *    for two patients stay as they were.
 * 2. A percent asked after the only amount, which is told as its whole ("paid her whole $120 …, take
 *    the 15% … discount off"), is that share of it (amount-fraction.ts, parse.ts).
 * 3. A percent of a whole named by its owner ("10% … discount on Sheila Grant's $350 balance") or with
 *    the write-off noun ("a 100% write-off of her $365 balance") is worked out; a discount noted in
 *    shorthand with its percent and amount ("ppd 5% on Castillo $180") asks a write-off (intent.ts).
 * 4. A date after "dec'd", "deceased on", "expired on", or of an account handed on ("placed with
 *    Summit Recovery Services on 11/1") is no date of service (date.ts).
 * 5. "BD" in capitals is bad debt; collection attempts told as a story ("did not pay since one year,
 *    we send 4 letters … no answer") are too; "is already die" is a death (reason.ts).
 * 6. "ded", "deduct", "coins", "coinsurance", "copay" are never part of a name (vocabulary.ts).
 * 7. "For those asking, …", "To clarify, …": a lead-in that addresses readers asks nothing, and the
 *    help question after it decides (asked-part.ts).
 * 8. Holidays ("Thanksgiving", "Merry Christmas") and a colleague told as out or covering ("while Deb
 *    is out", "filling in for Maria") are no patients (vocabulary.ts, not-the-patient.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. a correction with no "I mean": the amount after the slip owned replaces the one before it', () => {
  it.each<Case>([
    [
      'write off $400 for Curtis Lamb, sorry, $450 - hardship',
      { intent: 'write_off', patient: 'Curtis Lamb', amountCents: 45000, reason: 'financial_hardship' },
    ],
    [
      'write off for Benigno Soriano $55 no, $50 sorry, hardship',
      { intent: 'write_off', patient: 'Benigno Soriano', amountCents: 5000, reason: 'financial_hardship' },
    ],
    [
      'w/o $40 for Ana Diaz - oops $45 small bal',
      { intent: 'write_off', patient: 'Ana Diaz', amountCents: 4500, reason: 'small_balance' },
    ],
    [
      'write off $60 for Tom Baker, $65 sorry',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 6500 },
    ],
    ['w/o $30 for Jane Doe, make that $35', { intent: 'write_off', patient: 'Jane Doe', amountCents: 3500 }],
    [
      'write off $80 for Bob Smith correction: $70',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 7000 },
    ],
    [
      'write off $25 for Lena Park, err $20',
      { intent: 'write_off', patient: 'Lena Park', amountCents: 2000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'Jane Doe paid $50 of the $80, write off the rest',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, amountAll: true },
    ],
    [
      'write off $40 for Jane Doe and $35 for Bob Smith',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      'write off $25 for Jane Doe, sorry, she had a $40 copay',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2500 },
    ],
    [
      'w/o $20 for Ana Diaz, no $5 fee this time',
      { intent: 'write_off', patient: 'Ana Diaz', amountCents: 2000 },
    ],
    [
      'write off $30 for Jane Doe, sorry for the wait',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, reason: 'service_recovery' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('2. a percent asked after the amount told as its whole is that share of it, never the whole', () => {
  it.each<Case>([
    [
      'Grace Liu paid her whole $120 at checkout today, please take the 15% pay-in-full discount off',
      { intent: 'write_off', patient: 'Grace Liu', amountCents: 1800, reason: 'prompt_pay_discount' },
    ],
    [
      'Tom Baker paid $200 in full today, give him 10% off',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 2000 },
    ],
    [
      "Lee Chen's $300 bill - take the 5% prompt pay discount off",
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1500, reason: 'prompt_pay_discount' },
    ],
    [
      'Ana Diaz paid her whole $80 today, apply a 10% discount',
      { intent: 'write_off', patient: 'Ana Diaz', amountCents: 800 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'w/o 10% prompt pay disc for Lee Chen, $14',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1400, reason: 'prompt_pay_discount' },
    ],
    [
      'prompt pay 10% for Ed Walsh - $400 CT',
      { intent: 'write_off', patient: 'Ed Walsh', reason: 'prompt_pay_discount' },
    ],
    [
      'Jane Doe paid $50 of the $80, write off the rest',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, amountAll: true },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('3. a percent of a stated whole named by its owner or with the write-off noun is worked out', () => {
  it.each<Case>([
    [
      "give a 10% prompt pay discount on Sheila Grant's $350 balance since she's paying in full today",
      { intent: 'write_off', patient: 'Sheila Grant', amountCents: 3500, reason: 'prompt_pay_discount' },
    ],
    [
      "we're approving a 100% write-off of her $365 balance for Lorraine Fisk, hardship",
      { intent: 'write_off', patient: 'Lorraine Fisk', amountCents: 36500, reason: 'financial_hardship' },
    ],
    [
      "write off 50% of Nadia Petrov's $240 balance",
      { intent: 'write_off', patient: 'Nadia Petrov', amountCents: 12000 },
    ],
    [
      "take a 20% courtesy discount off Ben Ash's $150 visit",
      { intent: 'write_off', patient: 'Ben Ash', amountCents: 3000, reason: 'professional_courtesy' },
    ],
    [
      "give 25% off on Mia Cole's $200 charge, prompt pay",
      { intent: 'write_off', patient: 'Mia Cole', amountCents: 5000, reason: 'prompt_pay_discount' },
    ],
    [
      'ppd 5% on Castillo $180 = $9',
      { intent: 'write_off', patient: 'Castillo', amountCents: 900, reason: 'prompt_pay_discount' },
    ],
    [
      'ppd 10% Bob Smith $150',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1500, reason: 'prompt_pay_discount' },
    ],
    [
      "5% ppd on Lee Chen's $200",
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1000, reason: 'prompt_pay_discount' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['what is a ppd 5% on $100?', {}],
    ['write off half writeoff $20 for Jane', { intent: 'write_off', patient: 'Jane', amountCents: 2000 }],
    [
      'w/o $14 for Lee Chen, 10% prompt pay disc',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1400, reason: 'prompt_pay_discount' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('4. a date of death, of placement with collections or of a letter is no date of service', () => {
  it.each<Case>([
    [
      "w/o bal Ramon Ortega dec'd 10/30",
      { intent: 'write_off', patient: 'Ramon Ortega', reason: 'deceased', amountAll: true },
    ],
    [
      "write off Mia Cole's balance, pt deceased on 10/30, estate notified",
      { intent: 'write_off', patient: 'Mia Cole', amountAll: true, reason: 'deceased' },
    ],
    ['write off Mia Cole, expired on 9/12', { intent: 'write_off', patient: 'Mia Cole', reason: 'deceased' }],
    [
      "Graham Whitley's account was placed with Summit Recovery Services on 11/1. Please write off his $520 balance as sent to collections.",
      { intent: 'write_off', patient: 'Graham Whitley', amountCents: 52000, reason: 'collection_agency' },
    ],
    [
      'Lee Chen sent to collections on 10/2, write off the balance',
      { intent: 'write_off', patient: 'Lee Chen', amountAll: true, reason: 'collection_agency' },
    ],
    [
      'write off Bob Ruiz, filed bankruptcy on 10/15',
      { intent: 'write_off', patient: 'Bob Ruiz', reason: 'bankruptcy' },
    ],
    [
      'w/o $40 for Ana Diaz, statement sent on 10/1, no response',
      { intent: 'write_off', patient: 'Ana Diaz', amountCents: 4000, reason: 'bad_debt' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'w/o $40 for Ana Diaz dos 9/14, sent to collections 10/20',
      {
        intent: 'write_off',
        patient: 'Ana Diaz',
        amountCents: 4000,
        reason: 'collection_agency',
        dateOfService: '2026-09-14',
      },
    ],
    [
      'write off $30 for Jane Doe 10/30',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, dateOfService: '2026-10-30' },
    ],
    [
      'w/o $40 for Ana Diaz visit 11/2',
      { intent: 'write_off', patient: 'Ana Diaz', amountCents: 4000, dateOfService: '2026-11-02' },
    ],
    [
      'write off $25 for Jane Doe, seen on 10/30, she passed away last week',
      {
        intent: 'write_off',
        patient: 'Jane Doe',
        amountCents: 2500,
        reason: 'deceased',
        dateOfService: '2026-10-30',
      },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('5. "BD" in capitals, a story of non-payment and "is already die" tell their reasons', () => {
  it.each<Case>([
    [
      'w/o Whitfield dos 3/4/26 BD - 3 stmts + final notice, no pmt',
      { intent: 'write_off', patient: 'Whitfield', reason: 'bad_debt', dateOfService: '2026-03-04' },
    ],
    [
      'w/o 40 Lee Chen BD',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 4000, reason: 'bad_debt' },
    ],
    [
      'write off the balance for Ana Ruiz, BD',
      { intent: 'write_off', patient: 'Ana Ruiz', amountAll: true, reason: 'bad_debt' },
    ],
    [
      'Please write off $200 of Alfredo Torres, he did not pay since one year, we send 4 letters and call him, no answer',
      { intent: 'write_off', patient: 'Alfredo Torres', amountCents: 20000, reason: 'bad_debt' },
    ],
    [
      'write off $90 for Ken Ito, we sent 3 statements and left 2 voicemails',
      { intent: 'write_off', patient: 'Ken Ito', amountCents: 9000, reason: 'bad_debt' },
    ],
    [
      "write off $60 for Omar Haddad, never answered, hasn't paid since March",
      { intent: 'write_off', patient: 'Omar Haddad', amountCents: 6000, reason: 'bad_debt' },
    ],
    [
      'the patient Consuelo Vega is already die, her son tell us. write off all please',
      { intent: 'write_off', patient: 'Consuelo Vega', amountAll: true, reason: 'deceased' },
    ],
    [
      'write off Pedro Luna balance, he was already die in october',
      { intent: 'write_off', patient: 'Pedro Luna', reason: 'deceased' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['w/o 12 lee chen bd', { intent: 'write_off', patient: 'lee chen', amountCents: 1200 }],
    [
      "write off $50 for Ana Ruiz, she didn't pay since march because she lost her job",
      { intent: 'write_off', patient: 'Ana Ruiz', amountCents: 5000, reason: 'financial_hardship' },
    ],
    [
      'write off $20 for Ana Ruiz, she is already paid',
      { intent: 'write_off', patient: 'Ana Ruiz', amountCents: 2000 },
    ],
    [
      'write off $30 for Ana Ruiz, we sent 3 statements, she lost her job',
      { intent: 'write_off', patient: 'Ana Ruiz', amountCents: 3000, reason: 'financial_hardship' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('6. deductible, coinsurance and copay words are never part of a name', () => {
  it.each<Case>([
    [
      'w/o 35 ded Haddad, pt hardship',
      { intent: 'write_off', patient: 'Haddad', amountCents: 3500, reason: 'financial_hardship' },
    ],
    [
      'w/o 20 coins Baker, small bal',
      { intent: 'write_off', patient: 'Baker', amountCents: 2000, reason: 'small_balance' },
    ],
    [
      'write off 15 copay Ruiz small balance',
      { intent: 'write_off', patient: 'Ruiz', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      'w/o $40 deduct Nguyen hardship',
      { intent: 'write_off', patient: 'Nguyen', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'w/o 25 coinsurance Patel small bal',
      { intent: 'write_off', patient: 'Patel', amountCents: 2500, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['write off the $40 copay for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
    [
      'w/o $30 deductible for Bob Smith, hardship',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 3000, reason: 'financial_hardship' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('7. a lead-in addressed to some readers leaves the help question after it', () => {
  it.each<Case>([
    [
      'For those asking, can someone explain when we should cancel PR versus writing it off? I want to make sure the new hires understand.',
      { intent: 'help' },
    ],
    ['For anyone wondering, how do refunds work?', { intent: 'help' }],
    ["for the new billers: what's the difference between cancel and write off?", { intent: 'help' }],
    ["To clarify, can a biller undo someone else's write-off?", { intent: 'help' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'For those asking, write off $40 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      'For Jane Doe, write off $40 small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'small_balance' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('8. holidays and a colleague told as away or covering are no patients', () => {
  it.each<Case>([
    [
      'Reminder: the office will be closed Thursday for Thanksgiving, so please have all your month-end adjustments submitted by Wednesday afternoon. Thanks!',
      {},
    ],
    ['Merry Christmas team! billing closes early today', {}],
    ['Happy New Year everyone, reports are due Monday', {}],
    ['Who is covering the billing inbox Friday while Deb is out? Please let me know by end of day.', {}],
    ['Deb is covering the front desk today', {}],
    ["Sam's on vacation this week fyi", {}],
    ["who's filling in for Maria on Monday?", {}],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['Jane Doe is out of the country, what is her balance?', { intent: 'balance', patient: 'Jane Doe' }],
    [
      'write off $40 for Deb Ross, small balance',
      { intent: 'write_off', patient: 'Deb Ross', amountCents: 4000, reason: 'small_balance' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('the balance as the object of the write-off, with no article, is all of it', () => {
  it.each<Case>([
    [
      'w/o bal lena ortiz charity',
      { intent: 'write_off', patient: 'lena ortiz', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'write off balance for Jane Doe, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'writeoff pr Tom Baker small bal',
      { intent: 'write_off', patient: 'Tom Baker', amountAll: true, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // An amount written, or balances under a threshold, are not the whole balance.
  it.each<Case>([
    [
      'w/o bal $40 Jane Doe hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'w/o bal of $12 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1200, amountAll: false },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
