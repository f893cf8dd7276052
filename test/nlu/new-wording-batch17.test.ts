/**
 * An outside probe of 120 new requests: eight misses in six kinds. A forwarded email's sender was
 * the patient; a day said as an ordinal word ("october third") was no date; "adj $18.40 off" was
 * no write-off; "tiny leftover balance" no small balance; a patient's "pt resp" or "total PR"
 * asked was no balance; "is a refund going to …?" was a refund. Each rule is asserted with near
 * variants that must not change.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe("a forwarded email's header names no patient", () => {
  it.each<Case>([
    [
      '---------- Forwarded message ---------- From: Donna Kelly <dkelly@northsidepeds.com> Subject: Re: balance   Hi, per our conversation please write off the $85.00 balance for Harold Finch, he was a physician on our staff for 30 years - professional courtesy. Thanks, Donna',
      { intent: 'write_off', patient: 'Harold Finch', amountCents: 8_500, reason: 'professional_courtesy' },
    ],
    // Outlook's header, without the marker: the sent day is no date of service either.
    [
      'From: Donna Kelly <dkelly@northsidepeds.com> Sent: Monday, November 23, 2026 9:14 AM To: Billing <billing@northsidepeds.com>   please refund Harold Finch $20, he paid twice',
      { intent: 'refund_payment', patient: 'Harold Finch', amountCents: 2_000 },
    ],
    [
      'Begin forwarded message: From: Donna Kelly <dkelly@northsidepeds.com> Date: Nov 23, 2026 Subject: courtesy   please write off $40 for Harold Finch, professional courtesy',
      { intent: 'write_off', patient: 'Harold Finch', amountCents: 4_000, reason: 'professional_courtesy' },
    ],
    [
      '---------- Forwarded message ---------\nFrom: Donna Kelly <dkelly@northsidepeds.com>\nDate: Mon, Nov 23, 2026 at 9:14 AM\nSubject: Re: balance\nTo: <billing@northsidepeds.com>\n\nHi, please write off the $40 balance for Harold Finch, small balance.\nThanks, Donna',
      { intent: 'write_off', patient: 'Harold Finch', amountCents: 4_000, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // A subject that runs on into the body keeps its words: only its label goes.
    [
      'Forwarded message From: Front Desk Subject: wrong charge — we put a self-pay charge on Isabel Cruz by mistake, she has insurance. please cancel that PR',
      { intent: 'cancel_pr', patient: 'Isabel Cruz', cancelReason: 'entered_in_error' },
    ],
    // No address: "From: Jane Doe" may still name the patient.
    [
      'From: Jane Doe - write off $40 for her',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a day said as an ordinal word, beside its month, is the date of service', () => {
  it.each<Case>([
    [
      'write off twelve dollars for james oconnor for the october third visit small balance',
      {
        intent: 'write_off',
        patient: 'james oconnor',
        amountCents: 1_200,
        reason: 'small_balance',
        dateOfService: '2026-10-03',
      },
    ],
    [
      'write off the remaining balance for patient john paul jones the one from november twelfth he passed away last week',
      {
        intent: 'write_off',
        patient: 'john paul jones',
        amountAll: true,
        reason: 'deceased',
        dateOfService: '2026-11-12',
      },
    ],
    [
      'w/o $20 for Jane Doe, the third of October',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_000, dateOfService: '2026-10-03' },
    ],
    [
      'w/o $20 for Jane Doe dos Oct twenty-first',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_000, dateOfService: '2026-10-21' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // Without a month an ordinal counts visits; "may first" after a subject is the verb.
    [
      'write off $20 for Jane Doe for the third visit',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_000 },
    ],
    ['you may first call Jane Doe about her balance', { intent: 'balance', patient: 'Jane Doe' }],
    // The day the biller did it is no visit.
    ['undo the $30 wo i did on june fifth', { intent: 'undo_write_off', amountCents: 3_000 }],
    [
      'w/o $20 for Jane Doe, the 3rd of October',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_000, dateOfService: '2026-10-03' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('an amount adjusted off is written off', () => {
  it.each<Case>([
    [
      "pls adj $18.40 off Mary-Kate Okafor's bal, small balance",
      { intent: 'write_off', patient: 'Mary-Kate Okafor', amountCents: 1_840, reason: 'small_balance' },
    ],
    ["adjust $5 off Jane Doe's balance", { intent: 'write_off', patient: 'Jane Doe', amountCents: 500 }],
    // The point in an amount ends no clause.
    ["knock $2.50 off Jane Doe's bal", { intent: 'write_off', patient: 'Jane Doe', amountCents: 250 }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['adj off $75 Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 7_500 }],
    // An insurer's adjustment is told; with no amount nothing is taken off.
    ["the insurance adj $20 off Jane Doe's claim, what does she owe?", { patient: 'Jane Doe' }],
    ["can you adjust Jane Doe's appointment off the schedule", { patient: 'Jane Doe' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a small word for the size before what is left is a small balance', () => {
  it.each<Case>([
    [
      'write off $3.33 for Noor Abdi tiny leftover balance',
      { intent: 'write_off', patient: 'Noor Abdi', amountCents: 333, reason: 'small_balance' },
    ],
    [
      'write off $3.33 for Noor Abdi small remaining bal',
      { intent: 'write_off', patient: 'Noor Abdi', amountCents: 333, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // What is left, of no size said, gives no reason.
    [
      'write off the remaining balance for Noor Abdi',
      { intent: 'write_off', patient: 'Noor Abdi', amountAll: true },
    ],
    ['write off the leftover balance for Noor Abdi', { intent: 'write_off', patient: 'Noor Abdi' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe("a patient's PR or pt resp, asked, is their balance", () => {
  it.each<Case>([
    [
      "hey can you tell me what nguyen thi lan's pt resp is",
      { intent: 'balance', patient: 'nguyen thi lan' },
    ],
    [
      "before I call her back — what's Chloe Dubois-Martin's total PR right now?",
      { intent: 'balance', patient: 'Chloe Dubois-Martin' },
    ],
    ["how much is Bob Smith's patient responsibility?", { intent: 'balance', patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // Told, or asked how it works, it is no look-up.
    [
      "what's the PR on Pham Minh Duc DOS 10/2 was posted twice",
      { patient: 'Pham Minh Duc', dateOfService: '2026-10-02' },
    ],
    ["Kwame Mensah's PR was posted twice, what do I do", { patient: 'Kwame Mensah' }],
    ["what happens to Jane Doe's PR if I refund her?", { intent: 'help', patient: 'Jane Doe' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a yes/no question about an action named with "a" asks how it works', () => {
  it.each<Case>([
    ['is a refund going to remove the PR too or do i have to write it off separately', { intent: 'help' }],
    ['does an undo put the PR back for Jane Doe?', { intent: 'help', patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['will a write-off show on her statement?', { intent: 'help' }],
    // "The refund for Jane" is that one refund, not how refunds work; whether it is done is asked
    // about, not asked for (batch 25), so neither help nor a refund. "You" are asked to act below.
    ['is the refund for Jane Doe done?', { intent: 'unknown', patient: 'Jane Doe' }],
    ['will you refund Jane Doe $20', { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 2_000 }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // An adverb that says how it is done is no name; a given name ending in -ly stays one.
    ['refund kelly manually', { intent: 'refund_payment', patient: 'kelly' }],
    ['write off $20 for beverly', { intent: 'write_off', patient: 'beverly', amountCents: 2_000 }],
  ])('how, not who: %s', (text, expected) => expectFrame(text, expected));
});

describe('who asks, or who else worked the account, is no write-off reason', () => {
  const writeOff = { intent: 'write_off' as const };
  it.each<Case>([
    ["I'm an admin, write off $40 for Jane Doe", { ...writeOff, patient: 'Jane Doe', amountCents: 4_000 }],
    [
      'as the admin here pls w/o $12 for Bob Smith small bal',
      { ...writeOff, patient: 'Bob Smith', amountCents: 1_200, reason: 'small_balance' },
    ],
    [
      "write off Tom Baker's balance, my coworker already tried calling",
      { ...writeOff, patient: 'Tom Baker', amountAll: true },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $30 for Jane Doe, admin error',
      { ...writeOff, patient: 'Jane Doe', amountCents: 3_000, reason: 'administrative' },
    ],
    [
      'w/o $20 Jane Doe, admin',
      { ...writeOff, patient: 'Jane Doe', amountCents: 2_000, reason: 'administrative' },
    ],
    [
      'write off $80 for our coworker Dana Reyes',
      { ...writeOff, patient: 'Dana Reyes', amountCents: 8_000, reason: 'professional_courtesy' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});
