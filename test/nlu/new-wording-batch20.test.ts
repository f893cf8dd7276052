/**
 * An outside tester's misses. A range of dollars said of one patient was read as a small-balance
 * batch; "some of Jane Doe's balance" as all of it; "10% prompt pay disc … $14" lost the $14 to the
 * percent; a misspelt "smal balance", "paying cash upfront", "she's on staff here" and "we
 * double-billed him by mistake" gave no reason; the name a PR "was supposed to go on" was taken for
 * the one to cancel; and "a patient's family" named a patient "family". Each rule is asserted with
 * near variants that must not change.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { expectFrame, type Frame, TODAY } from './support/frame.ts';

type Case = [string, Partial<Frame>];

/** The frame, and that the amount is said to be unclear rather than silently left out. */
function expectUnclearAmount(text: string, expected: Partial<Frame>, problem: RegExp): void {
  expectFrame(text, expected);
  expect(parseRequest(text, { today: TODAY }).amountProblem).toMatch(problem);
}

describe('a range of dollars for one patient is an amount not yet chosen, not a batch', () => {
  it.each<Case>([
    [
      'write off somewhere between $40 and $50 for Tom Baker, small balance',
      { intent: 'write_off', patient: 'Tom Baker', reason: 'small_balance' },
    ],
    ['w/o between $20 and $30 for Priya Patel', { intent: 'write_off', patient: 'Priya Patel' }],
    ['can you write off anywhere from $10 to $15 for Lee Chen', { intent: 'write_off', patient: 'Lee Chen' }],
    ['refund Bob Smith somewhere in the $5 to $8 range', { intent: 'refund_payment', patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectUnclearAmount(text, expected, /range/));

  it.each<Case>([
    // Many balances: the top of the range is the batch's threshold (batch 15).
    [
      'write off all balances between $1 and $5',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'run the small-balance write-offs for anything in the $1–$5 range',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a part of no stated size is neither all of it nor the whole written', () => {
  it.each<Case>([
    ["write off some of Jane Doe's balance", { intent: 'write_off', patient: 'Jane Doe' }],
    ["write off part of Bob Smith's balance", { intent: 'write_off', patient: 'Bob Smith' }],
    ['w/o a bit of the rest for Lee Chen', { intent: 'write_off', patient: 'Lee Chen' }],
    ["can you waive a portion of Tom Baker's copay", { intent: 'write_off', patient: 'Tom Baker' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['write off some of the $80 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
    ["write off part of Bob Smith's $45 copay", { intent: 'write_off', patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectUnclearAmount(text, expected, /part of \$/));

  it.each<Case>([
    // Told, not asked: what she paid part of leaves the rest, all of it.
    [
      'she paid some of her balance, write off the rest for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
    [
      'she paid some of the $80, write off $20 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_000 },
    ],
    [
      "write off 10% of Jane Doe's $80 balance",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 800 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a percent that names the discount leaves the dollars written beside it', () => {
  it.each<Case>([
    [
      'w/o 10% prompt pay disc for Lee Chen, $14',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1_400, reason: 'prompt_pay_discount' },
    ],
    [
      'w/o 5% cash discount for Bob Smith $9.50',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 950, reason: 'prompt_pay_discount' },
    ],
    [
      'write off 15% courtesy discount for Jane Doe, $30',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3_000, reason: 'professional_courtesy' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // A share asked of a balance not written: the form asks how much.
    ['write off 10% for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a reason misspelt or told in other words is read as its reason', () => {
  it.each<Case>([
    // "small" with one slip, before a balance.
    [
      'please writ off $25 for Lee Chen, smal balance',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 2_500, reason: 'small_balance' },
    ],
    [
      'w/o $12 for Bob Smith, smll balance',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1_200, reason: 'small_balance' },
    ],
    [
      'writeoff $8 jane roe smal bal',
      { intent: 'write_off', patient: 'jane roe', amountCents: 800, reason: 'small_balance' },
    ],
    // Paid ahead, with how it was paid in between.
    [
      'writeoff $20 bob smith, discount for paying cash upfront',
      { intent: 'write_off', patient: 'bob smith', amountCents: 2_000, reason: 'prompt_pay_discount' },
    ],
    [
      'write off $30 for Priya Patel, discount for paying in full upfront',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 3_000, reason: 'prompt_pay_discount' },
    ],
    [
      'w/o $15 Jane Roe - she paid the whole bill in advance',
      { intent: 'write_off', patient: 'Jane Roe', amountCents: 1_500, reason: 'prompt_pay_discount' },
    ],
    // The patient is on the practice's staff.
    [
      "write off Janet Doe's $35 copay, she's on staff here (front desk)",
      { intent: 'write_off', patient: 'Janet Doe', amountCents: 3_500, reason: 'professional_courtesy' },
    ],
    [
      "write off $40 for Lee Chen, he's on our staff",
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 4_000, reason: 'professional_courtesy' },
    ],
    [
      'write off $25 for Bob Smith, he is on staff in billing',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 2_500, reason: 'professional_courtesy' },
    ],
    // We billed twice or too much: our error.
    [
      "write off $80 for Samuel O'Neil, we double-billed him by mistake",
      { intent: 'write_off', patient: "Samuel O'Neil", amountCents: 8_000, reason: 'administrative' },
    ],
    [
      'w/o $45 Tom Baker, I accidentally double charged him',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 4_500, reason: 'administrative' },
    ],
    [
      'write off $60 for Jane Roe, we overcharged her',
      { intent: 'write_off', patient: 'Jane Roe', amountCents: 6_000, reason: 'administrative' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // Paid in cash, not ahead; staff elsewhere; a duplicate PR we posted is still cancelled as one.
    [
      'w/o $10 Lee Chen, she paid in cash today',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1_000 },
    ],
    [
      "write off $30 for Jane Doe, the staff at the hospital said she can't pay",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3_000, reason: 'financial_hardship' },
    ],
    [
      'we double-billed Jane Doe, cancel the duplicate PR',
      { intent: 'cancel_pr', patient: 'Jane Doe', cancelReason: 'duplicate' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('where a charge belongs is not the patient acted on', () => {
  it.each<Case>([
    [
      'cancel the PR for jane roe, it was supposed to go on Jane Doe',
      { intent: 'cancel_pr', patient: 'jane roe', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    [
      'cancel the PR on Janet Doe, it should have been posted to Jane Doe',
      { intent: 'cancel_pr', patient: 'Janet Doe', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    [
      "please cancel bob smith's placeholder, it belongs on Tom Baker's account",
      { intent: 'cancel_pr', patient: 'bob smith' },
    ],
    ['void the charge for priya patel - meant for Lee Chen', { intent: 'cancel_pr', patient: 'priya patel' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // The one acted on named after it; the only name written.
    [
      'the PR was supposed to go on Jane Doe, please cancel it on jane roe',
      { intent: 'cancel_pr', patient: 'jane roe', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    [
      'it was supposed to go on Jane Doe - cancel it',
      { intent: 'cancel_pr', patient: 'Jane Doe', cancelReason: 'entered_in_error' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe("what a patient's possessive owns is no name", () => {
  it.each<Case>([
    ["what reason do I pick when a patient's family says he died?", { intent: 'help' }],
    ["which reason should I use if a patient's wife tells us he passed away?", { intent: 'help' }],
    ["what do I do when the patient's son says she can't pay?", { intent: 'help' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ["what is the patient's balance?", { intent: 'balance' }],
    [
      'write off $20 for patient Jane Doe, small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_000, reason: 'small_balance' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});
