/**
 * The twelfth batch of fresh wording (today 2026-11-27). Each misreading is tested with the
 * sentence as written and with variants of our own, and with counter-examples that must keep
 * their reading, so that each fix is a rule for the family of wordings, not for one sentence.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. a doctor is never the patient when another name is there', () => {
  it.each<Case>([
    [
      "<@U02K7QXPL> Priya Patel is one of Dr. Nguyen's nurses, please write off the $120 from her Sept 30 visit as professional courtesy :heart:",
      {
        intent: 'write_off',
        patient: 'Priya Patel',
        amountCents: 12000,
        reason: 'professional_courtesy',
        dateOfService: '2026-09-30',
      },
    ],
    [
      "Jane Doe is one of Dr. Lin's patients, write off her $50, courtesy",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 5000, reason: 'professional_courtesy' },
    ],
    [
      "Bob Smith is Dr. Adeyemi's nurse, please write off the $80 as professional courtesy",
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 8000, reason: 'professional_courtesy' },
    ],
    [
      "Dr. Patel's receptionist Tom Baker needs his $30 written off, courtesy",
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 3000, reason: 'professional_courtesy' },
    ],
    // Counter-examples: a doctor named alone is the patient.
    [
      'write off $75 for Dr. Ruth Adler, professional courtesy',
      { intent: 'write_off', patient: 'Ruth Adler', amountCents: 7500, reason: 'professional_courtesy' },
    ],
    ['refund $20 to Dr. Ruth Adler', { intent: 'refund_payment', patient: 'Ruth Adler', amountCents: 2000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. whether something was done, asked, is no request to do it', () => {
  it.each<Case>([
    [
      'quick q: does Jane Doe still owe anything on the 9/9 visit or did that get written off?',
      { intent: 'balance', patient: 'Jane Doe', dateOfService: '2026-09-09' },
    ],
    ['is Jane Doe paid up or was her balance written off?', { intent: 'balance', patient: 'Jane Doe' }],
    [
      'what does Bob Smith owe, or did it get written off already?',
      { intent: 'balance', patient: 'Bob Smith' },
    ],
    [
      "has Priya Patel's $40 been refunded? what's her balance?",
      { intent: 'balance', patient: 'Priya Patel' },
    ],
    // Counter-examples: a request stays one; a question about what was done asks nothing.
    [
      'write off $40 for Jane Doe, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    ["did you write off Jane Doe's $40?", { intent: 'unknown', patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'Lee Chen is on a payment plan, do NOT write off his $80. What does he owe in total?',
      { intent: 'balance', patient: 'Lee Chen' },
    ],
    [
      "Tom Baker is on a payment plan, don't refund his $20. What's his balance?",
      { intent: 'balance', patient: 'Tom Baker' },
    ],
    [
      'Jane Doe has monthly payments set up. How much does she owe?',
      { intent: 'balance', patient: 'Jane Doe' },
    ],
    // Counter-example: a payment plan asked for is still work the app does not do.
    [
      'Jane Doe is on a payment plan, please set up monthly payments',
      { intent: 'unknown', patient: 'Jane Doe' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      "Hi! New biller here :wave: what reason should I pick when a patient's account has already gone to an outside collection agency?",
      { intent: 'help' },
    ],
    ['Hey team, new biller here - which reason do I use for a deceased patient?', { intent: 'help' }],
    ["hi! I'm new here, how do I undo a write-off?", { intent: 'help' }],
    ['Hello, new biller here. what reason code is for a bankruptcy?', { intent: 'help' }],
    // Counter-example: a greeting before a request leaves the request.
    [
      'hi! write off $40 for Jane Doe, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. words that are not the name stay out of it', () => {
  it.each<Case>([
    [
      'Hi! Jose Nunez filed Chapter 7, case no. 26-bk-04411. Please write off the remaining balance on all his charges, reason bankruptcy.',
      { intent: 'write_off', patient: 'Jose Nunez', amountAll: true, reason: 'bankruptcy' },
    ],
    [
      'Bob Smith filed Chapter 13, case #26-bk-1234, write off the rest, bankruptcy',
      { intent: 'write_off', patient: 'Bob Smith', amountAll: true, reason: 'bankruptcy' },
    ],
    [
      'Priya Patel, claim no. 5521, write off $40 small balance',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 4000, reason: 'small_balance' },
    ],
    [
      'Hi! Maria Garcia passed away last month, please write off her $200, deceased',
      { intent: 'write_off', patient: 'Maria Garcia', amountCents: 20000, reason: 'deceased' },
    ],
  ])('a labelled number and a greeting: %s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      "wo $45 samuel o'neil svc recovery long wait",
      { intent: 'write_off', patient: "samuel o'neil", amountCents: 4500, reason: 'service_recovery' },
    ],
    [
      'wo $30 tom baker svc recovery long wait',
      { intent: 'write_off', patient: 'tom baker', amountCents: 3000, reason: 'service_recovery' },
    ],
    [
      'w/o $20 lee chen sm bal',
      { intent: 'write_off', patient: 'lee chen', amountCents: 2000, reason: 'small_balance' },
    ],
    ['wo $12 kim lee adj', { intent: 'write_off', patient: 'kim lee', amountCents: 1200 }],
  ])('a reason abbreviation ends the name: %s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'refund $15 priya patel keep the other $45',
      { intent: 'refund_payment', patient: 'priya patel', amountCents: 1500 },
    ],
    [
      'refund $10 jane doe keep the rest',
      { intent: 'refund_payment', patient: 'jane doe', amountCents: 1000 },
    ],
    [
      'refund $20 bob smith wants it on his card',
      { intent: 'refund_payment', patient: 'bob smith', amountCents: 2000 },
    ],
    [
      'jane doe wants to pay her $120 today if we take 10% off for paying in full — go ahead and write off $12, prompt pay',
      { intent: 'write_off', patient: 'jane doe', amountCents: 1200, reason: 'prompt_pay_discount' },
    ],
    [
      'bob smith wants to pay today if we take 10% off, write off $15, prompt pay',
      { intent: 'write_off', patient: 'bob smith', amountCents: 1500, reason: 'prompt_pay_discount' },
    ],
    [
      'lee chen called and asked us to write off the $25, service recovery',
      { intent: 'write_off', patient: 'lee chen', amountCents: 2500, reason: 'service_recovery' },
    ],
  ])('a verb ends a lower-case name: %s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['can u fax bob smith records to ortho', { patient: 'bob smith' }],
    ['can you print jane doe records for the lawyer', { patient: 'jane doe' }],
    ['pull up jane doe account', { intent: 'balance', patient: 'jane doe' }],
  ])('a record after a lower-case name: %s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'w/o 35 garcia, maria 9/9 hardship',
      {
        intent: 'write_off',
        patient: 'garcia, maria',
        amountCents: 3500,
        reason: 'financial_hardship',
        dateOfService: '2026-09-09',
      },
    ],
    [
      'w/o 40 doe, jane 9/14 hardship',
      {
        intent: 'write_off',
        patient: 'doe, jane',
        amountCents: 4000,
        reason: 'financial_hardship',
        dateOfService: '2026-09-14',
      },
    ],
    [
      'wo 25 chen, lee small bal',
      { intent: 'write_off', patient: 'chen, lee', amountCents: 2500, reason: 'small_balance' },
    ],
    // Counter-example: nothing after the second name, which may be a second person.
    ['refund jane, bob', { intent: 'refund_payment', patient: 'jane' }],
  ])('lower-case "last, first": %s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['undo my wo on bill rose', { intent: 'undo_write_off', patient: 'bill rose' }],
    ['cancel the pr on bill rose', { intent: 'cancel_pr', patient: 'bill rose', amountAll: true }],
    ['undo my wo on frank grace', { intent: 'undo_write_off', patient: 'frank grace' }],
    // Counter-example: a month after the cue is a date.
    ['the wo on may 3', { intent: 'write_off', dateOfService: '2026-05-03' }],
  ])('a given name that is a word: %s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'wo 75 cents jane doe small bal',
      { intent: 'write_off', patient: 'jane doe', amountCents: 75, reason: 'small_balance' },
    ],
    [
      'wo 90 cents priya patel small bal',
      { intent: 'write_off', patient: 'priya patel', amountCents: 90, reason: 'small_balance' },
    ],
    ['refund 50 cents tom baker', { intent: 'refund_payment', patient: 'tom baker', amountCents: 50 }],
  ])('an amount in cents before the name: %s', (text, expected) => expectFrame(text, expected));
});

describe('4. small balances under a threshold are a batch', () => {
  it.each<Case>([
    ['sm bal w/o under 2.50', { intent: 'small_balance_batch', amountCents: 250, reason: 'small_balance' }],
    ['sm bal wo below 3', { intent: 'small_balance_batch', amountCents: 300, reason: 'small_balance' }],
    ['small bal w/o under $5', { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' }],
    // Counter-example: one patient's small balance is a write-off.
    [
      'write off $3 for jane doe, small bal',
      { intent: 'write_off', patient: 'jane doe', amountCents: 300, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('5. the day something else happened is not the date of service', () => {
  it.each<Case>([
    [
      "Anne-Marie Dubois' account was turned over to Acme Collections yesterday, so go ahead and write off the full $640 — collection agency",
      { intent: 'write_off', patient: 'Anne-Marie Dubois', amountCents: 64000, reason: 'collection_agency' },
    ],
    [
      'please write off $1.5k for Ahmed Al-Sayed, hardship (sliding scale app approved 11/20)',
      { intent: 'write_off', patient: 'Ahmed Al-Sayed', amountCents: 150000, reason: 'financial_hardship' },
    ],
    [
      'the $300 write off on Bob Smith yesterday was a mistake, can you reverse it',
      { intent: 'undo_write_off', patient: 'Bob Smith', amountCents: 30000 },
    ],
    [
      "Tom Baker's account was sent to collections on Monday, write off $90, collection agency",
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 9000, reason: 'collection_agency' },
    ],
    [
      'write off $200 for Lee Chen, hardship, charity application approved yesterday',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 20000, reason: 'financial_hardship' },
    ],
    [
      'the $50 write off on Priya Patel last Monday was wrong, please undo it',
      { intent: 'undo_write_off', patient: 'Priya Patel', amountCents: 5000 },
    ],
    // Counter-examples: the visit's own day stays.
    [
      'write off $40 for Jane Doe for her visit yesterday',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, dateOfService: '2026-11-26' },
    ],
    [
      "write off Jane Doe's monday visit, hardship",
      { intent: 'write_off', patient: 'Jane Doe', reason: 'financial_hardship', dateOfService: '2026-11-23' },
    ],
    [
      'refund $20 to Bob Smith for the 11/20 visit, payment applied 11/22',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000, dateOfService: '2026-11-20' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
