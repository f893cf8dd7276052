/**
 * A third fresh batch (80 requests, this session's last): two readings that moved money wrongly.
 * A report told without "I" or "already" ("Wrote off $25 for Ruth Meyer yesterday, fyi") was a new
 * write-off, and a writer's correction ("1,500 … no wait, 150") was ignored.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('a report told in the simple past, with fyi or the day it was done, asks nothing', () => {
  it.each<Case>([
    // The day it was written off is not the date of service (known-misses-25).
    ['Wrote off $25 for Ruth Meyer yesterday, fyi', { patient: 'Ruth Meyer', dateOfService: null }],
    ['fyi refunded Bob Smith $20 this morning', { patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // The amount told is not the one asked: "the rest" is all of it.
    [
      'Refunded $20 to Jane Doe yesterday, can you write off the rest?',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, dateOfService: null },
    ],
    [
      'I refunded $20 to Jane Doe yesterday, can you write off the rest?',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, dateOfService: null },
    ],
    [
      'Karen refunded $20 to Bob Smith, please write off $10 more',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1_000 },
    ],
    // Without a telling word, "wrote off … can you undo it" still undoes that write-off.
    [
      'wrote off $40 for Jane by mistake, can you undo it?',
      { intent: 'undo_write_off', patient: 'Jane', amountCents: 4_000 },
    ],
  ])('what is still asked: %s', (text, expected) => expectFrame(text, expected));
});

describe('the amount a writer corrects to is the amount', () => {
  it.each<Case>([
    [
      'write off 1,500 for Benedikt Huber? no wait, 150. bad debt, 4 letters sent',
      { intent: 'write_off', patient: 'Benedikt Huber', amountCents: 15_000, reason: 'bad_debt' },
    ],
    [
      'write off $40 for Jane Doe, sorry I mean $30',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3_000 },
    ],
    [
      'w/o $25 for Jane Doe actually make it $20',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2_000 },
    ],
    [
      'write off $40 for Jane Doe, no wait, refund her $30 instead',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 3_000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // "actually" alone corrects nothing, and a paid amount is told, not asked.
    [
      'she actually paid $50, pls w/o the remaining $15 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1_500 },
    ],
    // After a correction, what follows must be money: "3rd visit" is not $3, nor "3 visits", nor
    // a procedure code.
    [
      'w/o $40 for Jane Doe, no wait, 3 visits',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000 },
    ],
    [
      'w/o $40 for Jane Doe, no wait, 99213',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000 },
    ],
    [
      'write off $40 for Jane Doe, no wait, 3rd visit',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000 },
    ],
  ])('no correction of the amount: %s', (text, expected) => expectFrame(text, expected));
});

describe('a name written surname first', () => {
  it.each<Case>([
    [
      'pls w/o $12.40 on Nguyen, Thi Lan - small bal',
      { intent: 'write_off', patient: 'Nguyen, Thi Lan', amountCents: 1_240, reason: 'small_balance' },
    ],
    [
      'issue a refund to Brennan, Liam for the duplicate copay',
      { intent: 'refund_payment', patient: 'Brennan, Liam' },
    ],
  ])('keeps its given names: %s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $40 for Jane Doe, Bob Smith asked',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000 },
    ],
  ])('a second person is no given name: %s', (text, expected) => expectFrame(text, expected));
});

describe('an appointment named by its day is the visit, not one to book', () => {
  it.each<Case>([
    [
      'Maria Garcia called asking what she owes for her Oct 5 appt — can you look it up?',
      { intent: 'balance', patient: 'Maria Garcia', dateOfService: '2026-10-05' },
    ],
    [
      'what does Maria Garcia owe for her Oct 5 appt',
      { intent: 'balance', patient: 'Maria Garcia', dateOfService: '2026-10-05' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['book an appt for Jane Doe', { patient: 'Jane Doe' }],
    ['reschedule her 10/5 appt', { dateOfService: '2026-10-05' }],
  ])('scheduling is still no request of ours: %s', (text, expected) => expectFrame(text, expected));
});
