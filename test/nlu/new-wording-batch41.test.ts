/**
 * Wording families fixed in batch 41, each asserted with variants and near wordings that must not
 * change:
 *
 * 1. Letters typed for digits glued to an amount ("$1OO", "$1oo.00", "$l00") are a number written
 *    wrong, refused, never "$1" and a word (normalize.ts).
 * 2. Someone's words quoted after a verb of saying ('Owen Park wrote "refund my $30" - what does he
 *    owe?', 'if a parent says "write off the $50", do I need a note?') are not the biller's ask: the
 *    biller's own words are, when they ask something else (quoted-speech.ts).
 * 3. A cancel asked in the passive ("the PR … should be cancelled, wrong amount", "needs to be
 *    voided") is a cancel (intent.ts).
 * 4. A Capitalised -ing verb opening the text ("Sending Caleb Ward's account …") is no part of the
 *    name (not-the-patient.ts).
 * 5. "all of X's <service> balance" is the whole balance (amount.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. letters typed for digits make no amount', () => {
  it.each<Case>([
    [
      'write off $1OO for Marcus Webb, hardship',
      { intent: 'write_off', patient: 'Marcus Webb', reason: 'financial_hardship' },
    ],
    ['write off $1OO.00 for Marcus Webb', { intent: 'write_off', patient: 'Marcus Webb' }],
    ['write off $1oo for Marcus Webb', { intent: 'write_off', patient: 'Marcus Webb' }],
    ['write off $2O for Marcus Webb', { intent: 'write_off', patient: 'Marcus Webb' }],
    ['write off $l00 for Marcus Webb', { intent: 'write_off', patient: 'Marcus Webb' }],
    ['refund 5OO to Marcus Webb', { intent: 'refund_payment', patient: 'Marcus Webb' }],
    // unchanged: digits, and an amount typed against a name.
    ['write off $100 for Marcus Webb', { intent: 'write_off', patient: 'Marcus Webb', amountCents: 10000 }],
    ['write off $40Ollie Park', { intent: 'write_off', patient: 'Ollie Park', amountCents: 4000 }],
    [
      'write off $100.00 for Marcus Webb',
      { intent: 'write_off', patient: 'Marcus Webb', amountCents: 10000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe("2. someone else's quoted words are not the biller's ask", () => {
  it.each<Case>([
    [
      'Patient Owen Park wrote "please refund my $30 copay, I paid twice" — before we do anything, what does he owe right now?',
      { intent: 'balance', patient: 'Owen Park' },
    ],
    [
      'quick q: if a parent says "just write off the $50" on the phone, do I need a note for that?',
      { intent: 'help' },
    ],
    [
      'Jane Doe texted "can you write off my $20?" - what is her balance first',
      { intent: 'balance', patient: 'Jane Doe' },
    ],
    ['if a patient says "I cannot pay", can we write it off as hardship?', { intent: 'help' }],
    // unchanged: a quoted refusal followed by a request, or a request that is the same as the quote's.
    [
      'it said "already paid" — refund Jane Doe\'s $40 payment then',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      'Jane Doe emailed "please refund my $30 copay" - go ahead and refund it',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 3000 },
    ],
    [
      'write off $40 for "Jane Doe", hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. a cancel asked in the passive', () => {
  it.each<Case>([
    [
      "the placeholder PR on Emmett Vance's 10/28 visit should be cancelled, wrong amount",
      {
        intent: 'cancel_pr',
        patient: 'Emmett Vance',
        dateOfService: '2026-10-28',
        cancelReason: 'wrong_amount',
      },
    ],
    [
      "the PR on Emmett Vance's 10/28 visit needs to be voided, wrong amount",
      {
        intent: 'cancel_pr',
        patient: 'Emmett Vance',
        dateOfService: '2026-10-28',
        cancelReason: 'wrong_amount',
        amountAll: true,
      },
    ],
    [
      "the PR on Jane Doe's 11/3 visit needs cancelling, entered in error",
      {
        intent: 'cancel_pr',
        patient: 'Jane Doe',
        dateOfService: '2026-11-03',
        cancelReason: 'entered_in_error',
        amountAll: true,
      },
    ],
    // unchanged: the same with a reason that already read, a negated cancel, a visit cancelled told.
    [
      "the placeholder PR on Emmett Vance's 10/28 visit should be cancelled, duplicate",
      {
        intent: 'cancel_pr',
        patient: 'Emmett Vance',
        dateOfService: '2026-10-28',
        cancelReason: 'duplicate',
      },
    ],
    [
      "the PR on Emmett Vance's 10/28 visit shouldn't be cancelled, what does he owe?",
      { intent: 'balance', patient: 'Emmett Vance', dateOfService: '2026-10-28' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. a Capitalised -ing verb opening the text is no part of the name', () => {
  it.each<Case>([
    [
      "Sending Caleb Ward's account to the collection agency today, please write off the remaining balance",
      { intent: 'write_off', patient: 'Caleb Ward', amountAll: true, reason: 'collection_agency' },
    ],
    [
      'Moving Caleb Ward to collections, write off the remaining balance',
      { intent: 'write_off', patient: 'Caleb Ward', amountAll: true, reason: 'collection_agency' },
    ],
    ["Putting Caleb Ward's account on hold, what does he owe?", { intent: 'balance', patient: 'Caleb Ward' }],
    [
      'thanks. Sending Caleb Ward to collections, write off the rest',
      { intent: 'write_off', patient: 'Caleb Ward', amountAll: true, reason: 'collection_agency' },
    ],
    // unchanged: a name in -ing.
    ["Sterling Ward's balance please", { intent: 'balance', patient: 'Sterling Ward' }],
    ['what does Fleming Ward owe', { intent: 'balance', patient: 'Fleming Ward' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe("5. all of X's <service> balance is all of it", () => {
  it.each<Case>([
    [
      "write off all of Gerald Pike's PT sessions balance, he passed away on 11/2",
      { intent: 'write_off', patient: 'Gerald Pike', amountAll: true, reason: 'deceased' },
    ],
    [
      'write off all of his PT sessions balance for Gerald Pike, deceased',
      { intent: 'write_off', patient: 'Gerald Pike', amountAll: true, reason: 'deceased' },
    ],
    [
      "write off all of Jane Doe's well-child visits balance, hardship",
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'write off all of the MRI co-insurance balance for Jane Doe, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, reason: 'financial_hardship' },
    ],
    // unchanged: the balance with nothing between, and balances under a threshold.
    [
      "write off all of Gerald Pike's balance, he passed away on 11/2",
      { intent: 'write_off', patient: 'Gerald Pike', amountAll: true, reason: 'deceased' },
    ],
    ["write off all of Jane Doe's balances under $5", { intent: 'write_off', patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
