/**
 * A blind probe's misses (19, all from the rules), each fixed by the rule that failed and asserted
 * with variants of its wording family and near wordings that must not change:
 *
 * 1. An undo in other words: "retract" / "rescind" a write-off; a written-off balance put back on
 *    the account with a possessive name between (intent.ts). Read as a write-off, money was at stake.
 * 2. "The rest" asked, with a background amount: "after her $50 payment" is money paid, never the
 *    amount (amount-story.ts); "the rest" asked before a paid-of-owed story is all that is left
 *    (parse.ts), while a story told first still works the rest out.
 * 3. The patient is whom the action is for, not who asked for it ("Dr. Feldman asked me to …",
 *    not-the-patient.ts); billing shorthand (dbl, stmt, ovpmt) is never part of a name
 *    (vocabulary.ts); "smaller then $3" is a threshold (amount.ts).
 * 4. The write-off verb with a slip or two ("writte", "whrite", "wirte") and the dollar with one
 *    ("dolar", "dollers") read as meant (typos.ts); a request phrased as a question or an imperative
 *    by a non-native writer ("is possible write off 60$ from …?", "Do the write off 20$ for …") is the
 *    request, while a how-to question stays help (question.ts, asked-part.ts).
 * 5. Money that has to go back to the patient is a refund, with no refund verb (intent.ts).
 * 6. "adj off 19.95" is the amount after the command; "whole bal" is all of it (amount.ts).
 * 7. Reasons implied or misspelled: "billing err", "we have make error with code", "very poor
 *    family", "bad det", "he die in october" (reason.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { expectFrame, type Frame, TODAY } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. an undo in other words is never a new write-off', () => {
  it.each<Case>([
    ['retract my writeoff on Lee Chen from this morning', { intent: 'undo_write_off', patient: 'Lee Chen' }],
    [
      'please retract the $40 write-off on Jane Doe',
      { intent: 'undo_write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      'rescind the write off I did for Bob Smith yesterday',
      { intent: 'undo_write_off', patient: 'Bob Smith' },
    ],
    [
      "put Jane Doe's written-off balance back on her account",
      { intent: 'undo_write_off', patient: 'Jane Doe' },
    ],
    [
      "put Mary Ann Lee's written off amount back on her balance",
      { intent: 'undo_write_off', patient: 'Mary Ann Lee' },
    ],
    [
      "bring Tom Baker's written-off balance back onto his account",
      { intent: 'undo_write_off', patient: 'Tom Baker' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. "the rest" asked beside a background amount is all that is left', () => {
  it.each<Case>([
    [
      "write off whatever is left on Priya Patel's account after her $50 payment, hardship",
      { intent: 'write_off', patient: 'Priya Patel', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'write off whatever is left for Tom Baker after his $20 payment',
      { intent: 'write_off', patient: 'Tom Baker', amountAll: true },
    ],
    [
      'write off the remaining balance for Lee Chen, his $15 pmt came in',
      { intent: 'write_off', patient: 'Lee Chen', amountAll: true },
    ],
    [
      'write off the rest for Carmen Hope - she paid $100 of the $130, collections has the remainder',
      { intent: 'write_off', patient: 'Carmen Hope', amountAll: true, reason: 'collection_agency' },
    ],
    [
      'write off the rest for Jane Doe - she paid $50 of the $80',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // A story told first works the rest out; an amount asked stands; a payment refunded is its amount.
  it.each<Case>([
    [
      'Jane Doe paid $50 of the $80, write off the rest',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, amountAll: true },
    ],
    [
      'write off the remaining $30 for Jane Doe, she paid $50 of the $80',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, amountAll: false },
    ],
    [
      'refund her $50 payment to Jane Doe',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 5000 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('3. the patient is whom the action is for', () => {
  it.each<Case>([
    [
      'Dr. Feldman asked me to write off $120 for his colleague Dr. Amelia Stone as a professional courtesy',
      {
        intent: 'write_off',
        patient: 'Amelia Stone',
        amountCents: 12000,
        reason: 'professional_courtesy',
      },
    ],
    [
      'Dr. Patel asked us to write off $75 for her mother Ruth Adler, professional courtesy',
      { intent: 'write_off', patient: 'Ruth Adler', amountCents: 7500, reason: 'professional_courtesy' },
    ],
    [
      'Karen Lowe wants me to refund $30 to Eli Lowe',
      { intent: 'refund_payment', patient: 'Eli Lowe', amountCents: 3000 },
    ],
    [
      'per Dr. Shah, write off $40 for Ana Ruiz, courtesy',
      { intent: 'write_off', patient: 'Ana Ruiz', amountCents: 4000, reason: 'professional_courtesy' },
    ],
    ['refnd 45 to nate cole dbl pmt', { intent: 'refund_payment', patient: 'nate cole', amountCents: 4500 }],
    ['refund 20 to bob smith ovpmt', { intent: 'refund_payment', patient: 'bob smith', amountCents: 2000 }],
    ['wo 12 jane doe stmt returned', { intent: 'write_off', patient: 'jane doe', amountCents: 1200 }],
    [
      'all balance smaller then 3 dollar make write off please',
      { intent: 'small_balance_batch', amountCents: 300, reason: 'small_balance' },
    ],
    [
      'write off every balance less then 5 dollar',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'all balances lower then $2 write off',
      { intent: 'small_balance_batch', amountCents: 200, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // The one who asked is still the patient when no one else is named; a doctor alone is too.
  it.each<Case>([
    [
      'Jane Doe asked us to write off her balance, she lost her job',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'write off $60 for Dr. Ruth Adler, professional courtesy',
      { intent: 'write_off', patient: 'Ruth Adler', amountCents: 6000, reason: 'professional_courtesy' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('4. a misspelled write-off, or one asked as a question, is the request', () => {
  it.each<Case>([
    [
      'pls writte off 30 dolar for Ahmed Farouk, he has no money for pay',
      { intent: 'write_off', patient: 'Ahmed Farouk', amountCents: 3000, reason: 'financial_hardship' },
    ],
    [
      'whrite off 27 dolars for Nguyen Thi Lan, she wait to long time in clinic and was angry',
      { intent: 'write_off', patient: 'Nguyen Thi Lan', amountCents: 2700, reason: 'service_recovery' },
    ],
    [
      'Make the wrtie off 100 dollar for Fatima Zahra, she is very poor family',
      { intent: 'write_off', patient: 'Fatima Zahra', amountCents: 10000, reason: 'financial_hardship' },
    ],
    [
      'wirte off $25 for Jane Doe small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2500, reason: 'small_balance' },
    ],
    [
      'Writte-off 40 dollers for Bob Smith, bad debt',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 4000, reason: 'bad_debt' },
    ],
    ['pls wrie off 15 dolars Lee Chen', { intent: 'write_off', patient: 'Lee Chen', amountCents: 1500 }],
    [
      'is possible write off 60$ from Hamid Rezaei? collection agancy have the account now',
      { intent: 'write_off', patient: 'Hamid Rezaei', amountCents: 6000, reason: 'collection_agency' },
    ],
    [
      'is possible to write off 60$ for Jane Doe?',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 6000 },
    ],
    [
      'is it possible write off 45 dollar for Bob Smith',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 4500 },
    ],
    [
      'Do the write off 20$ for Lee Chen discount because she pay fast',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 2000, reason: 'prompt_pay_discount' },
    ],
    [
      'do the writeoff 30 for Jane Doe please',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // How-to questions, naming nothing to act on, stay help.
  it.each<Case>([
    ['is possible write off without a note?', { intent: 'help' }],
    ['is ok write off without reason?', { intent: 'help' }],
    ['Do the write offs need manager approval?', { intent: 'help' }],
    ['does the write off show on her statement?', { intent: 'help' }],
    ['is it possible to undo a write-off?', { intent: 'help' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));

  // Words before "off" that are no slip of "write".
  it.each([
    'the patient wrist off work note',
    'can I get help with off-cycle billing',
    'white off-brand envelopes for statements',
  ])('not a write-off: %s', (text) => {
    expect(parseRequest(text, { today: TODAY }).intent).not.toBe('write_off');
  });
});

describe('5. money that has to go back to the patient is a refund', () => {
  it.each<Case>([
    [
      'the copay we collected from Omar Haddad needs to go back to him, insurance paid in full',
      { intent: 'refund_payment', patient: 'Omar Haddad' },
    ],
    [
      'the $40 deposit we took from Jane Doe should be sent back to her',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      "Bob Smith's payment needs to go back to him, he paid twice",
      { intent: 'refund_payment', patient: 'Bob Smith' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it('not back to the patient: no refund', () => {
    const parsed = parseRequest('the balance for Jane Doe needs to go back to collections', { today: TODAY });
    expect(parsed.intent).not.toBe('refund_payment');
  });
});

describe('6. the amount after "adj off", and "whole bal"', () => {
  it.each<Case>([
    [
      'adj off 19.95 pt kwame boateng bad debt, 3 stmts sent',
      { intent: 'write_off', patient: 'kwame boateng', amountCents: 1995, reason: 'bad_debt' },
    ],
    [
      'adj off $12 pt jane doe small bal',
      { intent: 'write_off', patient: 'jane doe', amountCents: 1200, reason: 'small_balance' },
    ],
    ['adj off 40 bob smith', { intent: 'write_off', patient: 'bob smith', amountCents: 4000 }],
    [
      'w/o whole bal for teodor marek, pt expired 11/2',
      { intent: 'write_off', patient: 'teodor marek', amountAll: true, reason: 'deceased' },
    ],
    ['w/o entire bal for jane doe', { intent: 'write_off', patient: 'jane doe', amountAll: true }],
    ['write off the whole bal for Bob Smith', { intent: 'write_off', patient: 'Bob Smith', amountAll: true }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('7. reasons implied or misspelled', () => {
  it.each<Case>([
    [
      'wo 33.10 hana sato billing err',
      { intent: 'write_off', patient: 'hana sato', amountCents: 3310, reason: 'administrative' },
    ],
    [
      'w/o 20 jane doe coding err',
      { intent: 'write_off', patient: 'jane doe', amountCents: 2000, reason: 'administrative' },
    ],
    [
      'we have make error with code on Yuki Tanaka bill, pls write off 80',
      { intent: 'write_off', patient: 'Yuki Tanaka', amountCents: 8000, reason: 'administrative' },
    ],
    [
      'write off 20 for Jane Doe, we made mistake in the billing',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'administrative' },
    ],
    [
      'write off 20 for Jane Doe, error with the coding',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'administrative' },
    ],
    [
      'write off 20 for Jane Doe, she is very poor',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'financial_hardship' },
    ],
    [
      'write off 20 for Jane Doe, poor family no insurance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'financial_hardship' },
    ],
    [
      'I am write off 35 dollar Jane Doe bad det, we send 3 letter no answer',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3500, reason: 'bad_debt' },
    ],
    [
      'write off 20 for Jane Doe bad dept',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'bad_debt' },
    ],
    [
      'pleace writeoff all the rest for Emeka Nwosu, he die in october',
      { intent: 'write_off', patient: 'Emeka Nwosu', amountAll: true, reason: 'deceased' },
    ],
    [
      'write off 20 for Jane Doe, she die last month',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'deceased' },
    ],
    [
      'write off 20 for Jane Doe, he pass away',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'deceased' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // A poor visit is still service recovery.
  it.each<Case>([
    [
      'write off 20 for Jane Doe, she had a poor experience at check-in',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'service_recovery' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});
