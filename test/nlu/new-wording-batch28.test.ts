/**
 * A blind tester's misses (batch 28), each fixed by the rule that failed and asserted with a variant
 * of its wording family and near wordings that must not change:
 *
 * 1. An ask someone else made, quoted or reported, and turned down ("Karen asked 'can we write off
 *    …?' and the answer is no") is told, not made: no action (asked-part.ts). A balance only named
 *    in a report with nothing asked ("Just so everyone knows, Tom Baker's balance was written off by
 *    Karen") is no look-up (intent.ts), and "just so everyone knows" tells as "fyi" does.
 * 2. Who approved or was consulted ("Talked to Karen (manager)", "ran it by Karen", "Karen approved")
 *    ranks below the patient named after (not-the-patient.ts, patient-mention.ts).
 * 3. Reasons told, not named (plain-reasons.ts, reason.ts): paid within the prompt-pay terms or the
 *    same day with a percent off; laid off, on food stamps; not worth sending a bill; the doctor ran
 *    late; the wait was awful.
 * 4. An account placed with a collector by the firm's name ("assigned to Midland Credit") is a
 *    collection agency; collections notices a patient got are no placement (reason.ts).
 * 5. "what Anne-Marie Dubois still has open" asks a balance (intent.ts).
 * 6. "$7 and 25 cents" is $7.25 (amount.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. an ask turned down, or a report with nothing asked, is no action', () => {
  it.each<Case>([
    [
      "Karen asked 'can we write off Samuel O'Neil's balance?' and the answer is no, he's on a payment plan. Just letting everyone know.",
      { intent: 'unknown', patient: "Samuel O'Neil" },
    ],
    [
      "Bob Smith asked 'could you waive my $30 copay?' and we said no, he has the means. fyi",
      { intent: 'unknown', patient: 'Bob Smith' },
    ],
    [
      'Priya Patel asked whether we could write off her balance and Karen declined it. Just so everyone knows.',
      { intent: 'unknown', patient: 'Priya Patel' },
    ],
    [
      "Just so everyone knows, Tom Baker's balance was written off by Karen last week.",
      { intent: 'unknown', patient: 'Tom Baker' },
    ],
    ["heads up, Bob Smith's balance got written off yesterday", { intent: 'unknown', patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      "Karen asked 'can we write off Samuel O'Neil's balance?' and the answer is yes, go ahead",
      { intent: 'write_off', patient: "Samuel O'Neil", amountAll: true },
    ],
    [
      'Jane Doe asked if we can write off her $20 copay, please do it',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
    [
      'Karen asked me to write off $40 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    ["fyi I refunded Jane Doe $20, what's her balance now?", { intent: 'balance', patient: 'Jane Doe' }],
    ["Just so everyone knows, what is Tom Baker's balance?", { intent: 'balance', patient: 'Tom Baker' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('2. who approved or was consulted is not the patient', () => {
  it.each<Case>([
    [
      'Talked to Karen (manager) and she agreed. Tom Baker has 3 dollars and 12 cents left over from the Sept visit, not worth a statement, write it off.',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 312, reason: 'small_balance' },
    ],
    [
      "Spoke with Dana (supervisor), she's fine with it. Lee Chen owes $2.40 from October, write it off, small balance",
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 240, reason: 'small_balance' },
    ],
    [
      'ran it by Karen: write off $15 for Bob Smith, courtesy',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1500, reason: 'professional_courtesy' },
    ],
    [
      'Karen approved, write off $20 for Jane Doe small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'Jane Doe agreed to a payment plan, write off $10',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1000 },
    ],
    [
      'Jane Doe called, write off $5 for her, small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 500, reason: 'small_balance' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('3. reasons told, not named', () => {
  it.each<Case>([
    [
      'Jane Doe paid her whole balance the same day we mailed the statement. We give 10% off for that, so write off $14 on her account.',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1400, reason: 'prompt_pay_discount' },
    ],
    [
      'Bob Smith paid the full bill the same day, give him 5% off: write off $6',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 600, reason: 'prompt_pay_discount' },
    ],
    [
      'write off $12 for Anne-Marie Dubois, she paid her balance within 10 days',
      { intent: 'write_off', patient: 'Anne-Marie Dubois', amountCents: 1200, reason: 'prompt_pay_discount' },
    ],
    [
      'write off $10 for Lee Chen, he paid within 2 weeks of the statement',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1000, reason: 'prompt_pay_discount' },
    ],
    [
      "Karen signed off on this one. Priya Patel's husband was laid off and they're on food stamps now. Write off her full balance.",
      { intent: 'write_off', patient: 'Priya Patel', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'Tom Baker got laid off last month, write off his balance',
      { intent: 'write_off', patient: 'Tom Baker', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      "write off $50 for Jane Doe, she's on food stamps",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 5000, reason: 'financial_hardship' },
    ],
    [
      "write off Samuel O'Neil's 87 cents, not worth sending a bill",
      { intent: 'write_off', patient: "Samuel O'Neil", amountCents: 87, reason: 'small_balance' },
    ],
    [
      'write off 60 cents for Lee Chen, not worth mailing a bill',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 60, reason: 'small_balance' },
    ],
    [
      'write off $35 for Priya Patel, the doctor ran 90 minutes late and she missed work',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 3500, reason: 'service_recovery' },
    ],
    [
      'write off $20 for Jane Doe, Dr. Patel was running an hour behind',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'service_recovery' },
    ],
    [
      'can you write off $35 for Jane Doe? She said the wait was awful and the doctor never explained anything.',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3500, reason: 'service_recovery' },
    ],
    [
      'write off $20 for Jane Doe, the visit was a nightmare',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'service_recovery' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      "write off $10 for Bob Smith, he hasn't paid within 90 days, bad debt",
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1000, reason: 'bad_debt' },
    ],
    [
      'write off $8 for Lee Chen, she paid right away, small balance left',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 800, reason: 'small_balance' },
    ],
    [
      'write off $20 for Jane Doe, she ran late to her appointment',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: null },
    ],
    [
      'write off $20 for Jane Doe, her bill was awful',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: null },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('4. placed with a collector by name; collections notices are no placement', () => {
  it.each<Case>([
    [
      "Janet Doe's account got assigned to Midland Credit last week. Go ahead and write off the full balance on our side.",
      { intent: 'write_off', patient: 'Janet Doe', amountAll: true, reason: 'collection_agency' },
    ],
    [
      "Bob Smith's balance was placed with Portfolio Recovery in June, write off the rest",
      { intent: 'write_off', patient: 'Bob Smith', amountAll: true, reason: 'collection_agency' },
    ],
    [
      'write off all for Lee Chen, account turned over to ABC Financial',
      { intent: 'write_off', patient: 'Lee Chen', amountAll: true, reason: 'collection_agency' },
    ],
    [
      'write off $40 for Janet Doe, our staff posted her payment to the wrong account and she got sent to collections notices',
      { intent: 'write_off', patient: 'Janet Doe', amountCents: 4000, reason: 'administrative' },
    ],
    [
      'write off $30 for Bob Smith, he got collection letters after we billed the wrong insurance',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 3000, reason: 'administrative' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $30 for Bob Smith, sent to collections in May',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 3000, reason: 'collection_agency' },
    ],
    [
      'write off $25 for Jane Doe, mistake on our side',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2500, reason: 'administrative' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('5. what a patient still has open is their balance', () => {
  it.each<Case>([
    [
      'can you check what Anne-Marie Dubois still has open',
      { intent: 'balance', patient: 'Anne-Marie Dubois' },
    ],
    ['what does Tom Baker still have open?', { intent: 'balance', patient: 'Tom Baker' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([['Jane Doe has open heart surgery next week', { intent: 'unknown', patient: 'Jane Doe' }]])(
    'unchanged: %s',
    (text, expected) => expectFrame(text, expected),
  );
});

describe('6. dollars with their sign and cents in words', () => {
  it.each<Case>([
    [
      'write off $7 and 25 cents for Bob Smith small balance',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 725, reason: 'small_balance' },
    ],
    [
      'write off $12 and 5 cents for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1205 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off 7 dollars and 25 cents for Bob Smith',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 725 },
    ],
    [
      'write off $7 for Bob Smith and 25 for Jane Doe',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 700 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});
