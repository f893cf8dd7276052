/**
 * An outside probe's misses (the twenty-fifth), each rule asserted with variants of our own and
 * with near wordings that must not change (today 2026-11-27, a Friday):
 *
 * A. A relative day ("yesterday", "Monday", "3 days ago") is the date of service only when the text
 *    ties it to the visit ("seen yesterday", "her visit on Monday", "DOS yesterday", "Monday's
 *    appointment", "$40 for Jane Doe from last Friday"); a day that tells something else ("yesterday's
 *    thread", "month-end close is Monday", "the payment she made yesterday") is none (date.ts).
 * B. A small-balance batch named as a mass, bulk or batch write-off, or a sweep told with its
 *    threshold, is the batch (intent.ts, question.ts).
 * C. A balance asked of anyone ("can someone tell me how much … owes?") is the balance; an action
 *    advised against ("I wouldn't write off …", "we shouldn't refund …") is no request; a quoted
 *    request ("> …") followed by a new ask is context (question.ts, asked-part.ts, quoted.ts).
 * D. Someone's agreement ("Dr. Ames agreed to waive it") is no request of its own, and cut the
 *    request after it off; an obituary, a funeral, an executor tell a death (first-request.ts,
 *    reason.ts).
 * E. A verb after "a patient" / "the patient" ("when a patient dies") is no name (patient-mention.ts).
 * F. "12 dollars 5" is $12.05, as "twelve dollars five" is, unless the number counts something else
 *    (amount.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('A. a relative day is the date of service only when it is the visit’s', () => {
  it.each<Case>([
    [
      "Following up on yesterday's thread - Maria Lopez called back, please write off her balance",
      { intent: 'write_off', patient: 'Maria Lopez', amountAll: true },
    ],
    [
      'Reminder that month-end close is Monday. Also please write off $12 for Dmitri Volkov (small bal)',
      { intent: 'write_off', patient: 'Dmitri Volkov', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'Per Tuesday’s huddle, write off $15 for Lee Chen, small balance',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      'As discussed on Monday, please write off $30 for Lee Chen, hardship',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 3000, reason: 'financial_hardship' },
    ],
    [
      'I talked to Lee Chen on Tuesday, write off $30 hardship',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 3000, reason: 'financial_hardship' },
    ],
    [
      'write off $30 for Lee Chen, hardship, she told me yesterday',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 3000, reason: 'financial_hardship' },
    ],
    ['refund the payment Stella Novak made yesterday', { intent: 'refund_payment', patient: 'Stella Novak' }],
    [
      'refund the $40 Bob Smith paid on Monday, duplicate payment',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 4000 },
    ],
    ["refund Bob Smith's payment from yesterday", { intent: 'refund_payment', patient: 'Bob Smith' }],
    [
      'Payroll closes Friday. refund $20 to Bob Smith',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 },
    ],
    [
      'Following up on my message from Tuesday - what does Jane Doe owe?',
      { intent: 'balance', patient: 'Jane Doe' },
    ],
    [
      "write off $25 for Ann Lee, obituary was in Sunday's paper",
      { intent: 'write_off', patient: 'Ann Lee', amountCents: 2500, reason: 'deceased' },
    ],
    ['write off $20 for Jane Doe today', { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: the visit's day stays.
  it.each<Case>([
    [
      'write off $20 for Jane Doe, seen yesterday',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-11-26' },
    ],
    [
      'write off $20 for Jane Doe for her visit on Monday',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-11-23' },
    ],
    [
      'write off $20 for Jane Doe DOS yesterday',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-11-26' },
    ],
    [
      "write off $20 for Jane Doe, Monday's appointment",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-11-23' },
    ],
    [
      'write off $20 for Jane Doe, date of service was last Tuesday',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-11-24' },
    ],
    [
      'Jane Doe came in yesterday, write off the $20 copay, small balance',
      {
        intent: 'write_off',
        patient: 'Jane Doe',
        amountCents: 2000,
        reason: 'small_balance',
        dateOfService: '2026-11-26',
      },
    ],
    [
      'write off $20 from Jane Doe’s appointment 3 days ago',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-11-24' },
    ],
    [
      'cancel the PR for Bob Smith from yesterday, duplicate',
      {
        intent: 'cancel_pr',
        patient: 'Bob Smith',
        amountAll: true,
        dateOfService: '2026-11-26',
        cancelReason: 'duplicate',
      },
    ],
    [
      "refund Bob Smith's copay from yesterday's visit",
      { intent: 'refund_payment', patient: 'Bob Smith', dateOfService: '2026-11-26' },
    ],
    [
      'write off $20 for Jane Doe who was seen today',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-11-27' },
    ],
    [
      'write off $5 for Jane Doe, last Tuesday',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 500, dateOfService: '2026-11-24' },
    ],
    [
      'Monday: write off $20 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, dateOfService: '2026-11-23' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('B. a mass, bulk or batch write-off, or a sweep with its threshold, is the batch', () => {
  it.each<Case>([
    ['mass write-off: PR under $2, 6+ months old', { intent: 'small_balance_batch', amountCents: 200 }],
    [
      'do the small balance sweep for the month, threshold $5',
      { intent: 'small_balance_batch', amountCents: 500 },
    ],
    ['please do a mass write off of PR below $2.50', { intent: 'small_balance_batch', amountCents: 250 }],
    ['mass w/o anything less than $1.50', { intent: 'small_balance_batch', amountCents: 150 }],
    ['bulk write off everything below $3', { intent: 'small_balance_batch', amountCents: 300 }],
    ['run the small balance batch, cutoff $4', { intent: 'small_balance_batch', amountCents: 400 }],
  ])('%s', (text, expected) => expectFrame(text, { ...expected, reason: 'small_balance' } as Partial<Frame>));

  it.each<Case>([
    [
      "write off Jane Doe's small balance of $4",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 400, reason: 'small_balance' },
    ],
    [
      "write off $3 for Tom Baker, it's under our $5 threshold",
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 300 },
    ],
    [
      'Tom Baker has a small balance of $4, please write it off',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 400, reason: 'small_balance' },
    ],
    ['what is the threshold for the small balance sweep?', { intent: 'help' }],
    ['do we do the sweep under $5?', { intent: 'help' }],
    ['how do I run a mass write-off under $2?', { intent: 'help' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('C. what is asked: a balance of anyone, past advice against acting, after a quote', () => {
  it.each<Case>([
    ['Can someone tell me how much Fatima Noor owes?', { intent: 'balance', patient: 'Fatima Noor' }],
    ['could anyone check what Bob Smith owes?', { intent: 'balance', patient: 'Bob Smith' }],
    ["can somebody let me know Jane Doe's balance?", { intent: 'balance', patient: 'Jane Doe' }],
    [
      "I wouldn't write off Amy Zhou's balance yet - what does she owe right now?",
      { intent: 'balance', patient: 'Amy Zhou' },
    ],
    ["I wouldn't write off Amy Zhou's balance yet", { patient: 'Amy Zhou' }],
    ['we shouldn’t refund Bob Smith, what does he owe?', { intent: 'balance', patient: 'Bob Smith' }],
    [
      "I won't write off Jane Doe's $40 until I hear back - what's her balance?",
      { intent: 'balance', patient: 'Jane Doe' },
    ],
    [
      "we're not going to write off Lee Chen's balance. how much does he owe?",
      { intent: 'balance', patient: 'Lee Chen' },
    ],
    [
      "let's not cancel the PR for Tom Baker - can you tell me his balance?",
      { intent: 'balance', patient: 'Tom Baker' },
    ],
    [
      "before we write off Amy Zhou's balance, what does she owe?",
      { intent: 'balance', patient: 'Amy Zhou' },
    ],
    [
      '> write off $50 for Nadia Petrova, bad debt   oops wrong patient, sorry - please undo that write-off',
      { intent: 'undo_write_off', patient: 'Nadia Petrova' },
    ],
    [
      '&gt; write off $50 for Nadia Petrova, bad debt\nplease reverse it, wrong patient',
      { intent: 'undo_write_off', patient: 'Nadia Petrova' },
    ],
    [
      '> write off $50 for Nadia Petrova\n> she has not paid in a year\noops - please undo that write-off',
      { intent: 'undo_write_off', patient: 'Nadia Petrova' },
    ],
    [
      '> refund $20 to Bob Smith   actually what does he owe now?',
      { intent: 'balance', patient: 'Bob Smith' },
    ],
    ['> refund $20 to Bob Smith\nwhat does Jane Doe owe?', { intent: 'balance', patient: 'Jane Doe' }],
    [
      '> write off $40 for Jane Doe, hardship   can you cancel the PR instead, it was a duplicate',
      { intent: 'cancel_pr', patient: 'Jane Doe', amountAll: true, cancelReason: 'duplicate' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['can you tell me how much Fatima Noor owes?', { intent: 'balance', patient: 'Fatima Noor' }],
    ['can someone tell me how small balance batches work?', { intent: 'help' }],
    [
      'can someone write off $5 for Jane Doe, small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'we should write off $20 for Jane Doe, small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'small_balance' },
    ],
    [
      "I wouldn't refund Bob Smith, write off his $15 instead as small balance",
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      '> write off $50 for Nadia Petrova, bad debt\nsorry, make it $30',
      { intent: 'write_off', patient: 'Nadia Petrova', amountCents: 3000, reason: 'bad_debt' },
    ],
    [
      '> write off $50 for Nadia Petrova, bad debt\nthanks, done',
      { intent: 'write_off', patient: 'Nadia Petrova', amountCents: 5000, reason: 'bad_debt' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe("D. someone's agreement is context; an obituary or a funeral tells a death", () => {
  it.each<Case>([
    [
      "Maria Lopez was kept waiting two hours on her last visit and she's upset. Dr. Ames agreed to waive it. Please write off the $30 copay as service recovery.",
      { intent: 'write_off', patient: 'Maria Lopez', amountCents: 3000, reason: 'service_recovery' },
    ],
    [
      'write off $30 for Maria Lopez, Dr. Ames agreed to waive it, service recovery',
      { intent: 'write_off', patient: 'Maria Lopez', amountCents: 3000, reason: 'service_recovery' },
    ],
    [
      'Dr. Ames said to waive it. write off $30 for Maria Lopez, service recovery',
      { intent: 'write_off', patient: 'Maria Lopez', amountCents: 3000, reason: 'service_recovery' },
    ],
    [
      'Our manager approved waiving the copay. Please write off $25 for Omar Haddad, courtesy',
      { intent: 'write_off', patient: 'Omar Haddad', amountCents: 2500, reason: 'professional_courtesy' },
    ],
    [
      'write off $25 for Ann Lee - her obituary ran last week',
      { intent: 'write_off', patient: 'Ann Lee', amountCents: 2500, reason: 'deceased' },
    ],
    [
      'write off $25 for Ann Lee, funeral was on Monday',
      { intent: 'write_off', patient: 'Ann Lee', amountCents: 2500, reason: 'deceased' },
    ],
    [
      'write off the balance for Ann Lee, per her obit',
      { intent: 'write_off', patient: 'Ann Lee', amountAll: true, reason: 'deceased' },
    ],
    [
      "the executor of Ann Lee's estate called, write off the $80",
      { intent: 'write_off', patient: 'Ann Lee', amountCents: 8000, reason: 'deceased' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $30 for Maria Lopez and refund $20 to Bob Smith',
      { intent: 'write_off', patient: 'Maria Lopez', amountCents: 3000 },
    ],
    [
      'write off $30 for Tom Baker. Actually no, refund him $30 instead',
      { intent: 'refund_payment', patient: 'Tom Baker', amountCents: 3000 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('E. a verb after "a patient" or "the patient" is no name', () => {
  it.each<Case>([
    ['which reason code do I use when a patient dies?', { intent: 'help' }],
    ['what do I do if the patient moves out of state?', { intent: 'help' }],
    ['what reason if a patient declares bankruptcy?', { intent: 'help' }],
    ['what happens when the pt refuses to pay?', { intent: 'help' }],
    ['the patient owes $40, write it off', { intent: 'write_off', amountCents: 4000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $40 for patient john paul jones',
      { intent: 'write_off', patient: 'john paul jones', amountCents: 4000 },
    ],
    ['balance for patient mary jones', { intent: 'balance', patient: 'mary jones' }],
    [
      'write off the balance for patient Dies Irae',
      { intent: 'write_off', patient: 'Dies Irae', amountAll: true },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('F. a number after "dollars" is its cents, unless it counts something else', () => {
  it.each<Case>([
    ['write off 12 dollars 5 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 1205 }],
    ['write off 12 bucks 5 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 1205 }],
    [
      'Jane Doe is 12 dollars 5 short, write it off',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1205 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['write off 12 dollars 50 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 1250 }],
    [
      'write off twelve dollars five for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1205 },
    ],
    [
      'write off 12 dollars 5 cents for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1205 },
    ],
    [
      'write off 12 dollars 5 days ago for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1200, dateOfService: '2026-11-22' },
    ],
    [
      'write off 40 dollars 3 visits for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      'write off 12 dollars 5 oct for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1200, dateOfService: '2026-10-05' },
    ],
    [
      'refund 20 dollars 2 payments to Bob Smith',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 },
    ],
    ['write off $40 5 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});
