/**
 * Wording families fixed in batch 36, each asserted with variants and near wordings that must not
 * change:
 *
 * 1. A name printed surname first with a middle initial ("Smith, Robert J.", "SMITH, ROBERT J  MRN …")
 *    keeps its given name and initial (surname-first.ts, patient-mention.ts).
 * 2. A possessive written without its apostrophe before what is owed ("whats priya patels outstanding
 *    PR", "tom bakers balance") names the patient (possessive-unmarked.ts).
 * 3. A question weighing two of our actions ("for a duplicate charge do i write it off or cancel it?",
 *    "… - cancel or w/o?") is help, wherever it starts (actions-weighed.ts).
 * 4. A reason corrected ("bad debt... actually make that collection agency") is the one settled on
 *    (reason-corrected.ts).
 * 5. A write-off said not to be what the text is about ("this isn't a write off, … cancel it") leaves
 *    the cancel (asked-part.ts).
 * 6. A reason ruled out ("don't mark hardship", "do not code it as bad debt") is never chosen, however
 *    else the text tells it; the reason given wins (reason.ts).
 * 7. An amount ruled out ("not the $40 one, the $25 one", "not $50") is not the amount (amount.ts).
 * 8. A write-off said to have gone to the wrong patient asks for it to be undone (write-off-regretted.ts).
 * 9. A charge set aside by its date ("leave the 10/2 visit alone", "except the 9/14 charge") gives no
 *    date of service (date-set-aside.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. a name surname first with a middle initial', () => {
  it.each<Case>([
    [
      'Smith, Robert J. - write off $12.00 small balance',
      { intent: 'write_off', patient: 'Smith, Robert J', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'Smith, Robert J - write off $12.00 small balance',
      { intent: 'write_off', patient: 'Smith, Robert J', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'w/o $20 for Chen, Lee K. bad debt',
      { intent: 'write_off', patient: 'Chen, Lee K', amountCents: 2000, reason: 'bad_debt' },
    ],
    [
      'Patel, Priya R. owes 40, write it off as small balance',
      { intent: 'write_off', patient: 'Patel, Priya R', amountCents: 4000, reason: 'small_balance' },
    ],
    [
      'SMITH, ROBERT J  MRN 1234 w/o $15 small bal',
      { intent: 'write_off', patient: 'SMITH, ROBERT J', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      'Baker, Tom A. 10/12 small balance w/o 30',
      {
        intent: 'write_off',
        patient: 'Baker, Tom A',
        amountCents: 3000,
        reason: 'small_balance',
        dateOfService: '2026-10-12',
      },
    ],
    [
      'refund $10 to Garcia, María L.',
      { intent: 'refund_payment', patient: 'Garcia, María L', amountCents: 1000 },
    ],
    // unchanged: no initial, two people, "I" as a word.
    ['write off $20 for Doe, Jane', { intent: 'write_off', patient: 'Doe, Jane', amountCents: 2000 }],
    ['for Jane, Bob says write off $20', { intent: 'write_off', patient: 'Jane', amountCents: 2000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. a possessive without its apostrophe', () => {
  it.each<Case>([
    ['whats priya patels outstanding PR', { intent: 'balance', patient: 'priya patels' }],
    ['whats tom bakers balance', { intent: 'balance', patient: 'tom bakers' }],
    ['whats bob smiths current balance', { intent: 'balance', patient: 'bob smiths' }],
    ['how much is lee chens balance', { intent: 'balance', patient: 'lee chens' }],
    ["what's Priya Patels balance", { intent: 'balance', patient: 'Priya Patels' }],
    // unchanged: the apostrophe written, and balances of no one.
    ["whats priya patel's outstanding PR", { intent: 'balance', patient: 'priya patel' }],
    ['whats the patients balance', { intent: 'help' }],
    ['how do i check a patients balance', { intent: 'help' }],
    ['whats our total outstanding PR', { intent: 'help' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. two of our actions weighed in a question', () => {
  it.each<Case>([
    ['for a duplicate charge do i write it off or cancel it?', { intent: 'help' }],
    ['for a duplicate charge, write off or cancel?', { intent: 'help' }],
    ['wrong amount on a self pay charge - cancel or w/o?', { intent: 'help' }],
    ['with a duplicate, do we void it or write it off?', { intent: 'help' }],
    ['write off or cancel the duplicate for Jane Doe?', { intent: 'help', patient: 'Jane Doe' }],
    ['do i write off or cancel a duplicate charge?', { intent: 'help' }],
    // unchanged: a request for one action, an amount to act on, no question.
    [
      'cancel the duplicate charge for Jane Doe',
      { intent: 'cancel_pr', patient: 'Jane Doe', cancelReason: 'duplicate' },
    ],
    [
      "do i cancel it? it's a duplicate for Tom Baker",
      { intent: 'cancel_pr', patient: 'Tom Baker', cancelReason: 'duplicate' },
    ],
    ['undo the write off or cancel it for Bob Smith', { intent: 'undo_write_off', patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. a reason corrected', () => {
  it.each<Case>([
    [
      'w/o Lee Chen $25 bad debt... actually make that collection agency',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 2500, reason: 'collection_agency' },
    ],
    [
      'write off $20 for Priya Patel as hardship, actually make it small balance',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 2000, reason: 'small_balance' },
    ],
    [
      'write off $40 for Jane Doe small bal - no wait, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'w/o $30 Tom Baker courtesy, I meant service recovery',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 3000, reason: 'service_recovery' },
    ],
    [
      'w/o $15 for Jane Doe, hardship, correction: prompt pay discount',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1500, reason: 'prompt_pay_discount' },
    ],
    // unchanged: an amount corrected, the reason kept.
    [
      'write off $25 bad debt for Lee Chen, sorry I mean $20',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 2000, reason: 'bad_debt' },
    ],
    [
      "write off $60 for Bob Smith hardship, actually it's $50",
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 5000, reason: 'financial_hardship' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('5. a write-off said not to be what the text is about', () => {
  it.each<Case>([
    [
      "this isn't a write off, the PR on Tom Baker's 10/12 visit was entered in error — cancel it",
      {
        intent: 'cancel_pr',
        patient: 'Tom Baker',
        amountAll: true,
        dateOfService: '2026-10-12',
        cancelReason: 'entered_in_error',
      },
    ],
    [
      "it's not a write-off - Jane Doe's 9/3 PR is a duplicate, void it",
      { intent: 'cancel_pr', patient: 'Jane Doe', dateOfService: '2026-09-03', cancelReason: 'duplicate' },
    ],
    [
      "this is not a w/o, cancel Bob Smith's placeholder from 11/2",
      { intent: 'cancel_pr', patient: 'Bob Smith', dateOfService: '2026-11-02' },
    ],
    [
      "that's not a refund, cancel the PR for Lee Chen, wrong patient",
      { intent: 'cancel_pr', patient: 'Lee Chen', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    // unchanged: the write-off undone.
    ['cancel the write-off on Tom Baker', { intent: 'undo_write_off', patient: 'Tom Baker' }],
    [
      'undo the write off on Tom Baker, it was entered in error',
      { intent: 'undo_write_off', patient: 'Tom Baker' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('6. a reason ruled out is never chosen', () => {
  it.each<Case>([
    [
      "pt says she can't afford it but we haven't verified, so don't mark hardship — just write off the $25 as small balance for Priya Patel",
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 2500, reason: 'small_balance' },
    ],
    [
      "don't mark it as hardship, write off $25 for Jane Doe as small balance",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2500, reason: 'small_balance' },
    ],
    [
      'do not code it as bad debt - w/o $40 Lee Chen collection agency',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 4000, reason: 'collection_agency' },
    ],
    [
      "write off $20 for Bob Smith as courtesy, don't use service recovery",
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 2000, reason: 'professional_courtesy' },
    ],
    [
      "she lost her job but don't use hardship, w/o $20 for Lee Chen as small balance",
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 2000, reason: 'small_balance' },
    ],
    // unchanged: a reason told, a negation of something else.
    [
      "write off $40 for Jane Doe, she can't afford it",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      "write off $12 for Lee Chen, I can't collect it",
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1200, reason: 'bad_debt' },
    ],
    [
      "w/o $15 for Jane Doe, this isn't hardship, it's a small balance",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1500, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('7. an amount ruled out is not the amount', () => {
  it.each<Case>([
    [
      'undo the write off on Bob Smith — not the $40 one, the $25 one',
      { intent: 'undo_write_off', patient: 'Bob Smith', amountCents: 2500 },
    ],
    ['refund $15 to Lee Chen, not $50', { intent: 'refund_payment', patient: 'Lee Chen', amountCents: 1500 }],
    [
      'undo the w/o for Tom Baker (the $30 one not the $60)',
      { intent: 'undo_write_off', patient: 'Tom Baker', amountCents: 3000 },
    ],
    [
      'write off $20 for Priya Patel, not $200',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 2000 },
    ],
    [
      'write off the rest for Bob Smith, not just $40',
      { intent: 'write_off', patient: 'Bob Smith', amountAll: true },
    ],
    // unchanged: one amount, a negation of something else.
    [
      "reverse Jane Doe's $25 write-off, not the $40 one",
      { intent: 'undo_write_off', patient: 'Jane Doe', amountCents: 2500 },
    ],
    [
      'she does not owe $40, write off $25 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2500 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('8. a write-off gone to the wrong patient is undone', () => {
  it.each<Case>([
    ['wrong patient on my last write-off', { intent: 'undo_write_off' }],
    ['I put that w/o on the wrong account', { intent: 'undo_write_off' }],
    ['the write-off for Jane Doe went to the wrong pt', { intent: 'undo_write_off', patient: 'Jane Doe' }],
    ['my last write off was on the wrong patient, pls fix', { intent: 'undo_write_off' }],
    ['wrong patient on the $40 write-off', { intent: 'undo_write_off', amountCents: 4000 }],
    // unchanged: who was meant, a PR billed wrong, a statement sent wrong.
    [
      'wrong patient on my last write-off, I meant Jane Roe not Jane Doe',
      { intent: 'unknown', patient: 'Jane Roe' },
    ],
    [
      'write off $20 for Jane Doe, the PR was billed to the wrong patient',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
    [
      'write off $40 for Bob Smith, his last statement went to the wrong address',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 4000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('9. a charge set aside by its date is no date of service', () => {
  it.each<Case>([
    [
      'write off everything except the 9/14 charge for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe' },
    ],
    [
      'undo the write off for Bob Smith, not the 10/2 one, the 10/5 one',
      { intent: 'undo_write_off', patient: 'Bob Smith', dateOfService: '2026-10-05' },
    ],
    [
      "don't touch the Oct 3 visit, w/o the rest for Tom Baker",
      { intent: 'write_off', patient: 'Tom Baker', amountAll: true },
    ],
    [
      'skip the 10/2 visit and write off the 10/9 one for Priya Patel',
      { intent: 'write_off', patient: 'Priya Patel', dateOfService: '2026-10-09' },
    ],
    // unchanged: the date of service written.
    [
      'write off $20 for Jane Doe from 10/2',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-10-02' },
    ],
    [
      'write off $20 for Jane Doe, DOS 10/2 not 10/3',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-10-02' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it('leave the 10/2 visit alone and write off the remainder', () => {
    expectFrame('leave the 10/2 visit alone and write off the remainder', { intent: 'write_off' });
  });
});
