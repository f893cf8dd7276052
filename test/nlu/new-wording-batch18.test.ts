/**
 * An outside probe of 120 new requests scored 94. Texts of slots only, as typed after a slash command
 * ("40 jane doe hardship", "reverse jane roe 8/22", "batch under 5"), were no request; struck-out
 * words that a correction follows, "clear out all of X's PR", "25% off his $200 bill", a charge told
 * with a cancel reason's label, "give him his $20 copay back" and "the sweep at five dollars" were not
 * read; an insurer, a name the request is compared with and the original a duplicate copies were the
 * patient; a greeting's weekday and a day to come were dates of service. Each rule is asserted with
 * near variants that must not change.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('a text of slots only is the request its slots make', () => {
  it.each<Case>([
    [
      '40 jane doe hardship',
      { intent: 'write_off', patient: 'jane doe', amountCents: 4_000, reason: 'financial_hardship' },
    ],
    [
      'all bob smith bad debt 3/4',
      {
        intent: 'write_off',
        patient: 'bob smith',
        amountAll: true,
        reason: 'bad_debt',
        dateOfService: '2026-03-04',
      },
    ],
    [
      '12.5 priya patel small bal',
      { intent: 'write_off', patient: 'priya patel', amountCents: 1_250, reason: 'small_balance' },
    ],
    [
      '$0.99 lee chen small balance',
      { intent: 'write_off', patient: 'lee chen', amountCents: 99, reason: 'small_balance' },
    ],
    [
      '1,000.00 tom baker collections',
      { intent: 'write_off', patient: 'tom baker', amountCents: 100_000, reason: 'collection_agency' },
    ],
    [
      'maría garcía 60 hardship 11/3',
      {
        intent: 'write_off',
        patient: 'maría garcía',
        amountCents: 6_000,
        reason: 'financial_hardship',
        dateOfService: '2026-11-03',
      },
    ],
    [
      'remaining janet doe bankruptcy',
      { intent: 'write_off', patient: 'janet doe', amountAll: true, reason: 'bankruptcy' },
    ],
    // "remaining" cues the name after it, as "rest" and "all" do.
    [
      'w/o remaining janet doe bankruptcy',
      { intent: 'write_off', patient: 'janet doe', amountAll: true, reason: 'bankruptcy' },
    ],
    [
      '15 jane doe 12/5 admin error',
      {
        intent: 'write_off',
        patient: 'jane doe',
        amountCents: 1_500,
        reason: 'administrative',
        dateOfService: '2025-12-05',
      },
    ],
    [
      'full bal maria garcia agency',
      { intent: 'write_off', patient: 'maria garcia', amountAll: true, reason: 'collection_agency' },
    ],
    [
      '50 jane doe 12/10 svc recovery',
      {
        intent: 'write_off',
        patient: 'jane doe',
        amountCents: 5_000,
        reason: 'service_recovery',
        dateOfService: '2025-12-10',
      },
    ],
    [
      '25 anne-marie dubois courtesy',
      {
        intent: 'write_off',
        patient: 'anne-marie dubois',
        amountCents: 2_500,
        reason: 'professional_courtesy',
      },
    ],
    // The slots in any order: the name is the run of words no slot takes, the amount wherever it is.
    [
      '$40 hardship Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000, reason: 'financial_hardship' },
    ],
    [
      'jane doe - 40 - hardship',
      { intent: 'write_off', patient: 'jane doe', amountCents: 4_000, reason: 'financial_hardship' },
    ],
    [
      '40 Dr. Ruth Adler courtesy',
      { intent: 'write_off', patient: 'Ruth Adler', amountCents: 4_000, reason: 'professional_courtesy' },
    ],
    ['reverse jane roe 8/22', { intent: 'undo_write_off', patient: 'jane roe', dateOfService: '2026-08-22' }],
    ['rev Jane Roe', { intent: 'undo_write_off', patient: 'Jane Roe' }],
    ['batch under 5', { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' }],
    ['sweep under $3', { intent: 'small_balance_batch', amountCents: 300, reason: 'small_balance' }],
    // A batch undone is no new batch, whichever word names it.
    ['undo the sweep under $5', { intent: 'undo_write_off' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // No reason, a verb, a question, a name split by a slot or a word that is no slot: as before.
    ['40 jane doe', { patient: 'jane doe' }],
    ['full bal maria garcia', { intent: 'balance', patient: 'maria garcia' }],
    ['jane doe owes 40, hardship', { intent: 'balance', patient: 'jane doe' }],
    ['40 jane doe hardship?', { patient: 'jane doe' }],
    ['jane 40 doe hardship', { patient: 'doe' }],
    ['reverse the charge for jane roe', { patient: 'jane roe' }],
    ['undo the batch under $5', { intent: 'undo_write_off' }],
    // A name's own words tell no reason: "Expired" stays the surname.
    [
      '$250 Ezra Expired small balance',
      { intent: 'write_off', patient: 'Ezra Expired', amountCents: 25_000, reason: 'small_balance' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('reason shorthand the vocabulary knows is read as its reason', () => {
  it.each<[string, string]>([
    ['w/o 40 jane doe hrdshp', 'financial_hardship'],
    ['w/o 40 jane doe crtsy', 'professional_courtesy'],
    ['w/o 40 jane doe decd', 'deceased'],
    ['w/o 40 jane doe bkrpt', 'bankruptcy'],
    ['w/o 40 jane doe ppd', 'prompt_pay_discount'],
    ['w/o 40 jane doe smbal', 'small_balance'],
    ['w/o 40 jane doe coll', 'collection_agency'],
  ])('%s', (text, reason) =>
    expectFrame(text, { intent: 'write_off', patient: 'jane doe', amountCents: 4_000, reason }),
  );
});

describe('phrasings of an action without its usual verb', () => {
  it.each<Case>([
    // Struck out, then corrected: the struck words are what the correction corrects.
    [
      '~write off $60 for Lee Chen~ actually make it $50, bad debt, 3 statements sent',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 5_000, reason: 'bad_debt' },
    ],
    [
      '~refund $30 to Bob Smith~ make it $25',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2_500 },
    ],
    [
      "clear out all of Samuel O'Neil's PR as courtesy, he's Dr. Lee's father",
      { intent: 'write_off', patient: "Samuel O'Neil", amountAll: true, reason: 'professional_courtesy' },
    ],
    [
      "clear out Jane Doe's balance, hardship",
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'give Tom Baker 25% off his $200 bill, prompt pay',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 5_000, reason: 'prompt_pay_discount' },
    ],
    [
      "take 10% off Jane Doe's $50 bill, prompt pay",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 500, reason: 'prompt_pay_discount' },
    ],
    [
      "Jane Roe was charged twice for Monday's visit, duplicate charge",
      { intent: 'cancel_pr', patient: 'Jane Roe', dateOfService: '2026-11-23', cancelReason: 'duplicate' },
    ],
    [
      'Bob Smith was billed twice for the 10/3 visit - dupe',
      { intent: 'cancel_pr', patient: 'Bob Smith', dateOfService: '2026-10-03', cancelReason: 'duplicate' },
    ],
    [
      "Lee Chen shouldn't have been billed for the 9/9 visit at all, please fix",
      {
        intent: 'cancel_pr',
        patient: 'Lee Chen',
        dateOfService: '2026-09-09',
        cancelReason: 'entered_in_error',
      },
    ],
    [
      'give Mr. Tom Baker his $20 copay back',
      { intent: 'refund_payment', patient: 'Tom Baker', amountCents: 2_000 },
    ],
    [
      'send Ms. Jane Doe her $40 deposit back',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 4_000 },
    ],
    [
      'run the small balance sweep at five dollars',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    ['small bal batch at $3', { intent: 'small_balance_batch', amountCents: 300, reason: 'small_balance' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // Struck out and taken back, with no correction: nothing is asked.
    ['~w/o $40 for Helen Wu~ nvm, she paid at the desk', {}],
    ['~w/o $40 for Helen Wu~ sorry, wrong patient', {}],
    // With a reason the PR was wrong, clearing it cancels it.
    [
      'clear the PR for Jane Doe, it was a duplicate',
      { intent: 'cancel_pr', patient: 'Jane Doe', amountAll: true, cancelReason: 'duplicate' },
    ],
    // Told without a label, or of a card (money paid, a refund's business): no cancel.
    ['PR for Kwame Mensah was posted twice', { patient: 'Kwame Mensah' }],
    ["Bob Smith's card was charged twice, duplicate", { patient: 'Bob Smith' }],
    ["her card shouldn't have been charged twice", {}],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('who is not the patient: an insurer, a name compared with, the original of a duplicate', () => {
  it.each<Case>([
    [
      "Morning team. Jane Doe called about her statement again. Please write off $75 from her Oct 6 visit as hardship, she's on Medicaid now. Thanks!",
      {
        intent: 'write_off',
        patient: 'Jane Doe',
        amountCents: 7_500,
        reason: 'financial_hardship',
        dateOfService: '2026-10-06',
      },
    ],
    [
      'Blue Cross paid $80 for Jane Doe, write off the rest',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
    [
      'Like we did for Lee Chen last week, please write off $12 for Priya Patel, small balance',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 1_200, reason: 'small_balance' },
    ],
    [
      'write off $10 for Bob Smith, same as Jane Doe',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1_000 },
    ],
    [
      "Janet Doe's 11/2 PR is a duplicate of Jane Doe's, please cancel it",
      { intent: 'cancel_pr', patient: 'Janet Doe', dateOfService: '2026-11-02', cancelReason: 'duplicate' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // A payer's word inside a name, "like" that compares nothing, a compared name alone: kept.
    ['write off $40 for Tom Kaiser', { intent: 'write_off', patient: 'Tom Kaiser', amountCents: 4_000 }],
    [
      "I'd like to write off $40 for Jane Doe",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000 },
    ],
    [
      'like we did for Lee Chen, write off $12 for her',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1_200 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe("a greeting's weekday and a day still to come are no date of service", () => {
  it.each<Case>([
    ['happy friday all :tada: anyone want coffee?', {}],
    [
      "Quick one. Could you check how much Lee Chen still owes? He's coming in Monday.",
      { intent: 'balance', patient: 'Lee Chen' },
    ],
    [
      'Ugh Monday. Can someone reschedule Anne-Marie Dubois to next Thursday? Her ride fell through.',
      { patient: 'Anne-Marie Dubois' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      "write off $20 for Jane Doe's visit Monday",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_000, dateOfService: '2026-11-23' },
    ],
    [
      'Monday. write off $20 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_000, dateOfService: '2026-11-23' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a service abbreviated in capitals is what the charge was for, not whom', () => {
  it.each<Case>([
    [
      'Bob Smith called, he lost his job. Can we write off his $120 MRI balance? financial hardship',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 12_000, reason: 'financial_hardship' },
    ],
    ['write off $40 for Pet Shaw', { intent: 'write_off', patient: 'Pet Shaw', amountCents: 4_000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
