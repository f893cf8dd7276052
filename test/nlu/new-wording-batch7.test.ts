/**
 * The seventh batch of fresh wording (today 2026-11-27). Each misreading is tested with the
 * sentence as written and with variants of our own, and with counter-examples that must keep
 * their reading, so that each fix is a rule for the family of wordings, not for one sentence.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { expectFrame, type Frame } from './support/frame.ts';

const today = '2026-11-27';

const intentOf = (text: string) => parseRequest(text, { today }).intent;

describe('1. "wo" is the write-off verb wherever it stands', () => {
  it.each<[string, Partial<Frame>]>([
    [
      'wo joy 8 bucks small bal',
      { intent: 'write_off', patient: 'joy', amountCents: 800, reason: 'small_balance' },
    ],
    [
      '75 cents wo grace small bal',
      { intent: 'write_off', patient: 'grace', amountCents: 75, reason: 'small_balance' },
    ],
    [
      'wo the 9/14 visit for Ruth Klein, $120, she passed away 10/30, deceased',
      {
        intent: 'write_off',
        patient: 'Ruth Klein',
        amountCents: 12_000,
        reason: 'deceased',
        dateOfService: '2026-09-14',
      },
    ],
    // Variants: the verb first, in the middle, last; with a name, a number of dollars, "the rest".
    [
      'wo tom baker 15 small bal',
      { intent: 'write_off', patient: 'tom baker', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      'Kim Lee 40 small bal wo',
      { intent: 'write_off', patient: 'Kim Lee', amountCents: 4000, reason: 'small_balance' },
    ],
    ['lee chen $20 wo', { intent: 'write_off', patient: 'lee chen', amountCents: 2000 }],
    [
      'Bob Smith 12 dollars wo small balance',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'pls wo the rest for Priya Patel, hardship',
      { intent: 'write_off', patient: 'Priya Patel', amountAll: true, reason: 'financial_hardship' },
    ],
    ['can you wo $20 for Lee Chen', { intent: 'write_off', patient: 'Lee Chen', amountCents: 2000 }],
    [
      'WO the 10/2 visit for Tom Baker, $35, he died last week',
      {
        intent: 'write_off',
        patient: 'Tom Baker',
        amountCents: 3500,
        reason: 'deceased',
        dateOfService: '2026-10-02',
      },
    ],
    // The undo verbs before it keep their reading.
    ['undo the wo for Tom Baker', { intent: 'undo_write_off', patient: 'Tom Baker' }],
    [
      'rev wo tom baker 7/29',
      { intent: 'undo_write_off', patient: 'tom baker', dateOfService: '2026-07-29' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it('reads a story that ends in "wo the $X" as a write-off to collections', () => {
    const parsed = parseRequest(
      'Called her 3 times, sent 2 statements, nothing. Account went to Apex Recovery last week. wo the $230 as sent to collections',
      { today },
    );
    expect(parsed).toMatchObject({ intent: 'write_off', amountCents: 23_000, reason: 'collection_agency' });
    const variant = parseRequest(
      'she never answered our letters. wo the $95 for Jane Doe, went to collections',
      {
        today,
      },
    );
    expect(variant).toMatchObject({
      intent: 'write_off',
      patient: 'Jane Doe',
      amountCents: 9500,
      reason: 'collection_agency',
    });
  });

  it('reads "wo" last after a lower-case name as the write-off (the name and bare number are the name reader\'s)', () => {
    expect(parseRequest('kim lee 40 small bal wo', { today })).toMatchObject({
      intent: 'write_off',
      reason: 'small_balance',
    });
  });

  it.each<[string, Partial<Frame>]>([
    // A negated "wo" asks nothing; a second request after a "wo" request is not read into it.
    ["don't wo anything for Lee Chen yet", { patient: 'Lee Chen' }],
    [
      'wo $40 for Jane Doe and refund $20 to Bob Smith',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    // A word that only contains the letters is no verb.
    ['what does Bob Smith owe for the wound care visit', { intent: 'balance', patient: 'Bob Smith' }],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe("2. a manager's task names a write-off without asking for one", () => {
  it.each([
    // Deciding a request.
    "approve Dana's $300 write-off",
    "reject the Nguyen write-off request, there's no hardship documentation",
    'approve the $300 write-off for Bob Smith',
    "please approve Dana's write-off request",
    "deny Maria's write off, no documentation",
    'can you approve it? Dana wants to write off $300 for Bob Smith',
    'Dana wants to write off $300 for Bob Smith, approve it',
    // Setting a limit.
    "set Kayla's write off limit to $250",
    'raise my limit to $500',
    "can you set Dana's write-off limit to $300",
    'Kayla needs her write-off limit bumped to $250',
    // Reading the write-offs already made.
    'how much did we write off in October',
    'can you pull write-offs by biller for last month',
    'how much have we written off this month?',
    'how many write-offs did Dana do in October',
    'show me write-offs for last month',
    'total write-offs this month?',
    'write-off totals by reason for October',
    'export write-offs for November',
    'write-off report for October',
  ])('%s is help', (text) => expect(intentOf(text)).toBe('help'));

  it.each<[string, Partial<Frame>]>([
    // A write-off that was approved, or will be, is still the write-off asked for.
    [
      'approved by Karen - write off $300 for Bob Smith, hardship',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 30_000, reason: 'financial_hardship' },
    ],
    [
      'write off $300 for Bob Smith, Karen will approve it',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 30_000 },
    ],
    [
      "write off $90 for Jane Doe, it's under my limit",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 9000 },
    ],
    ['pull write-off $40 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
    ['write off total of $40 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
    // A batch keeps its reading; so does a balance look-up.
    [
      'run the small balance write-off for everything under $5',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    ["show me Jane Doe's balance", { intent: 'balance', patient: 'Jane Doe' }],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe('3. a question or a plan is not a request', () => {
  it.each([
    "should we write off Grace's $80 or send it to collections?",
    'should I write off $40 for Jane Doe?',
    "should we refund Bob Smith's $20 or write it off?",
    'do we write off the $12 for Will Smith or wait for insurance?',
    'is it better to cancel the PR or write it off for Jane Doe?',
    // A question after a lead-in that says a question follows.
    'just checking, can a small balance batch be undone if i ran it by mistake?',
    'quick question, can a biller refund a payment?',
    'just wondering, who approves write-offs over $100?',
    'out of curiosity - can I undo a write-off from last month?',
  ])('%s is help', (text) => expect(intentOf(text)).toBe('help'));

  it.each([
    "I was going to write off Will's $12 but he paid it",
    'we were about to refund Bob Smith $20 but he wants a credit instead',
    'I had planned to write off $30 for Jane Doe, never mind',
    "I'm thinking of writing off the $8 for Jane Doe",
  ])('%s asks nothing', (text) => expect(intentOf(text)).toBe('unknown'));

  it.each<[string, Partial<Frame>]>([
    // Requests asked as questions, or after a lead-in, stay the request.
    ['can you write off $25 for Helen Wu?', { intent: 'write_off', patient: 'Helen Wu', amountCents: 2500 }],
    ['can we write off $25 for Helen Wu?', { intent: 'write_off', patient: 'Helen Wu', amountCents: 2500 }],
    [
      'just checking, can you write off $25 for Helen Wu?',
      { intent: 'write_off', patient: 'Helen Wu', amountCents: 2500 },
    ],
    [
      'sorry to bug you, can you refund Bob Smith $20?',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 },
    ],
    // A plan now is the request; a plan handed over ("can you do it?") too.
    [
      "I'm going to write off $12 for Will Smith, small bal",
      { intent: 'write_off', patient: 'Will Smith', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      "I was going to write off Will Smith's $12 but ran out of time, can you do it?",
      { intent: 'write_off', patient: 'Will Smith', amountCents: 1200 },
    ],
    [
      'I was going to call her but just write off the $40 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    // A name before the comma is no lead-in.
    ['Jane Doe, how much does she owe?', { intent: 'balance', patient: 'Jane Doe' }],
    ['Bob Smith, is there a balance?', { intent: 'balance', patient: 'Bob Smith' }],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});

describe('a story told before the one request is not a request of its own', () => {
  it.each([
    [
      'Gary Holt paid his self-pay balance in full the same day and we give 10% for that. wo $18 prompt pay',
      { intent: 'write_off', patient: 'Gary Holt', amountCents: 1_800, reason: 'prompt_pay_discount' },
    ],
    [
      'Nina Park paid off her balance last week. refund $15 to her, she paid twice',
      { intent: 'refund_payment', patient: 'Nina Park', amountCents: 1_500 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each([
    // A look-up that is asked is the first request; what follows is not read into it.
    [
      "check María García's balance and if it's under $5 write it off",
      { intent: 'balance', patient: 'María García' },
    ],
    ["what's Jane Doe's balance? also refund $20 to Bob Smith", { intent: 'balance', patient: 'Jane Doe' }],
  ])('counter-example: %s', (text, expected) => expectFrame(text, expected));
});
