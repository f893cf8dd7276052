/**
 * A blind probe's misses (4 scored, 4 side probes, all from the rules), each fixed by the rule that
 * failed and asserted with variants of its wording family and near wordings that must not change:
 *
 * 1. Whether an action is allowed, asked of a role ("a biller", "managers"), of any charge ("part of
 *    a charge, like $10 of $30", "$50 of a $100 payment") or of the writer's own rights ("myself",
 *    "without approval"), with no patient named, is help: the amount only pictures the rule
 *    (question.ts). A polite request or a patient named stays the request.
 * 2. A reflexive pronoun ("myself", "herself", "ourselves") is never a patient's name (vocabulary.ts).
 * 3. Whether an action named by its noun is done ("was Lee Chen's refund done yet?", "has Bob
 *    Smith's write-off been processed?") is asked about, never asked for (asked-part.ts).
 * 4. "balance" with "ce" written as it sounds or a letter doubled ("balans", "ballence") (typos.ts).
 * 5. A discount given by its percent on a stated amount, with no verb of ours ("Ed Walsh gets 10%
 *    prompt pay on his $400 visit"), writes off that share of the amount (intent.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. whether something is allowed, asked of no patient, is help', () => {
  it.each<Case>([
    ['is it possible to write off just part of a charge, like $10 of $30?', { intent: 'help' }],
    ['can a biller write off $200 without approval?', { intent: 'help' }],
    ['is it possible to refund $50 of a $100 payment?', { intent: 'help' }],
    ['can billers write off $150 on their own?', { intent: 'help' }],
    ['can managers refund $500?', { intent: 'help' }],
    ['could a biller refund $40?', { intent: 'help' }],
    ['is it ok to write off $25 of a copay?', { intent: 'help' }],
    ['is it allowed to write off say $15 of a balance?', { intent: 'help' }],
    ['can I write off $200 without manager approval?', { intent: 'help' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Asked of the app, or of a patient named: the request, as before.
  it.each<Case>([
    ['can you w/o $40 for Jane Doe?', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
    [
      'can you write off $40 for Jane, hardship',
      { intent: 'write_off', patient: 'Jane', amountCents: 4000, reason: 'financial_hardship' },
    ],
    ['can I write off $40 for Jane Doe?', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
    [
      'is it possible to write off $60 for Bob Smith?',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 6000 },
    ],
    [
      'can a biller write off $200 for Jane Doe?',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 20000 },
    ],
    [
      "can you refund $50 of Bob Smith's $100 payment?",
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 5000 },
    ],
    [
      'can we write off every balance under $5?',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    ['how do I write off $40 for Jane Doe?', { intent: 'help', patient: 'Jane Doe' }],
    ['refund Bob Smith $40', { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 4000 }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('2. a reflexive pronoun is never the patient', () => {
  it.each<Case>([
    ["what's the limit for billers — can I write off $150 myself?", { intent: 'help' }],
    ['can I write off $20 for myself?', { intent: 'help' }],
    ['can I refund $30 myself?', { intent: 'help' }],
    ['can we write off $60 ourselves?', { intent: 'help' }],
    ['can I write off $300 myself or does a manager need to approve?', { intent: 'help' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['write off $30 for Jane Doe myself', { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 }],
    [
      'can you write off $20 for me, Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('3. whether an action is done, asked, is no request for it', () => {
  it.each<Case>([
    ["was Lee Chen's refund done yet?", { patient: 'Lee Chen' }],
    ["has Bob Smith's refund been processed?", { patient: 'Bob Smith' }],
    ["did Jane Doe's refund go through?", { patient: 'Jane Doe' }],
    ['is the refund for Tom Baker done?', { patient: 'Tom Baker' }],
    ['has the refund for Priya Patel gone out yet?', { patient: 'Priya Patel' }],
    ['quick q - was the refund for María García processed?', { patient: 'María García' }],
    ["has Bob Smith's write off been processed?", { patient: 'Bob Smith' }],
    ["was Lee Chen's write-off done yet?", { patient: 'Lee Chen' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // What else is asked still decides.
  it.each<Case>([
    ['is the refund for Tom Baker done? also what does he owe', { intent: 'balance', patient: 'Tom Baker' }],
    [
      'was Lee Chen overcharged? refund him $20',
      { intent: 'refund_payment', patient: 'Lee Chen', amountCents: 2000 },
    ],
    ["is Jane Doe's balance paid?", { intent: 'balance', patient: 'Jane Doe' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('4. "balance" misspelled as it sounds', () => {
  it.each<Case>([
    ['balans of Anne-Marie Dubois pls?', { intent: 'balance', patient: 'Anne-Marie Dubois' }],
    ['ballans for Jane Doe', { intent: 'balance', patient: 'Jane Doe' }],
    ["what's the ballence for Bob Smith", { intent: 'balance', patient: 'Bob Smith' }],
    ['Tom Baker balans?', { intent: 'balance', patient: 'Tom Baker' }],
    ['ballance for Priya Patel', { intent: 'balance', patient: 'Priya Patel' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('5. a discount given by its percent on an amount is a write-off of that share', () => {
  it.each<Case>([
    [
      'Ed Walsh gets 10% prompt pay on his $400 visit',
      { intent: 'write_off', patient: 'Ed Walsh', amountCents: 4000, reason: 'prompt_pay_discount' },
    ],
    [
      'Tom Baker gets a 15% courtesy discount on his $200 bill',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 3000, reason: 'professional_courtesy' },
    ],
    [
      'Jane Doe qualifies for 20% hardship on the $150 charge',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, reason: 'financial_hardship' },
    ],
    [
      'Priya Patel receives 5% prompt pay discount off her $300 balance',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 1500, reason: 'prompt_pay_discount' },
    ],
    [
      'Bob Smith should get a 25% professional courtesy discount on the $120 visit',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 3000, reason: 'professional_courtesy' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // No percent, no reason word, no amount, told as done or asked: as before.
  it.each<Case>([
    ['Ed Walsh gets prompt pay on his $400 visit', { patient: 'Ed Walsh' }],
    ['Ed Walsh gets 10% on his $400 visit', { patient: 'Ed Walsh' }],
    ['Ed Walsh gets 10% prompt pay', { patient: 'Ed Walsh' }],
    ['Ed Walsh got 10% prompt pay on his $400 visit last month', { patient: 'Ed Walsh' }],
    ['does Ed Walsh get 10% prompt pay on his $400 visit?', { patient: 'Ed Walsh' }],
    [
      'give Ed Walsh a 10% prompt pay discount on his $400 visit',
      { intent: 'write_off', patient: 'Ed Walsh', amountCents: 4000, reason: 'prompt_pay_discount' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});
