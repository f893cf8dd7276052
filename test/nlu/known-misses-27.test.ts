/**
 * A fourth blind batch of the thirteenth session (90 requests, 87 right):
 *
 * A. A command typed as one word, as slash commands are named ("/cancelpr", "undowriteoff",
 *    "refundpayment"), is that command (normalize.ts).
 * B. The amount written right before the PR a cancel names ("void the $120 PR", "that $60 fee") is
 *    the request's amount as written; a cancel still takes all that is outstanding. In a story of a
 *    wrong amount, and for a procedure code, there is none (parse.ts, CANCELLED_AMOUNT).
 * C. A balance asked after a dash, beside a payment plan told before it ("she's on a payment plan -
 *    what does she owe?"), is the balance (intent.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('A. a command typed as one word', () => {
  it.each<Case>([
    [
      '/cancelpr Tom Baker duplicate',
      { intent: 'cancel_pr', patient: 'Tom Baker', cancelReason: 'duplicate' },
    ],
    [
      'cancelpr Lena Ortiz 11/20',
      { intent: 'cancel_pr', patient: 'Lena Ortiz', dateOfService: '2026-11-20' },
    ],
    ['/undowriteoff Tom Baker', { intent: 'undo_write_off', patient: 'Tom Baker' }],
    ['/refundpayment Bob Smith $20', { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2_000 }],
    // Unchanged: the hyphenated command.
    [
      '/cancel-pr Tom Baker duplicate',
      { intent: 'cancel_pr', patient: 'Tom Baker', cancelReason: 'duplicate' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('B. the amount of the PR a cancel names', () => {
  it.each<Case>([
    [
      'void the $120 PR on Victor Hale, we entered it twice',
      { intent: 'cancel_pr', patient: 'Victor Hale', amountCents: 12_000, cancelReason: 'duplicate' },
    ],
    [
      "cancel the $75 estimate on Samuel O'Neil's Nov 12 visit, entered in error",
      {
        intent: 'cancel_pr',
        patient: "Samuel O'Neil",
        amountCents: 7_500,
        dateOfService: '2026-11-12',
        cancelReason: 'entered_in_error',
      },
    ],
    [
      "Esther Klein's $40 placeholder copay shouldn't exist, please cancel it",
      { intent: 'cancel_pr', patient: 'Esther Klein', amountCents: 4_000, cancelReason: 'entered_in_error' },
    ],
    // A wrong amount told as a story: neither figure is the cancel's.
    [
      'cancel the PR for Tom Baker, it was supposed to be $40 not $400',
      { intent: 'cancel_pr', patient: 'Tom Baker', amountAll: true, cancelReason: 'wrong_amount' },
    ],
    // A procedure code is no amount.
    [
      'cancel the 80053 PR for Bob Smith, duplicate',
      { intent: 'cancel_pr', patient: 'Bob Smith', amountAll: true, cancelReason: 'duplicate' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('C. a balance asked after a dash, beside what is told', () => {
  it.each<Case>([
    [
      "I wouldn't write off Amy Zhou's balance, she's on a payment plan - what does she owe right now?",
      { intent: 'balance', patient: 'Amy Zhou' },
    ],
    [
      'Lee Chen pays in installments - how much does he still owe?',
      { intent: 'balance', patient: 'Lee Chen' },
    ],
    // The plan itself asked after the dash stays out of scope.
    [
      'Lee Chen is on a payment plan - can we set up monthly payments?',
      { intent: 'unknown', patient: 'Lee Chen' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
