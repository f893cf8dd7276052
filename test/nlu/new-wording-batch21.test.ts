/**
 * An outside tester's misses. An undo said as "re-open the balance", "the write off shouldn't have
 * happened", "backout the w/o" or "can we un-write-off <patient>?" was read as a write-off or as help;
 * a PR "zeroed out" because it never should have been there was written off, and one removed before
 * a dash was lost to the story after it; "return <patient>'s $50 payment" and "refund of 12.50" lost
 * the refund or its amount; "the under-$2 balances" lost the threshold; a balance told ("he owes
 * $310") replaced the "whole thing" asked; "a terrible experience" gave no reason; and a place in a
 * text on another subject was taken for a patient. Each rule is asserted with near variants that must
 * not change.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('an undo told as a balance re-opened, a write-off regretted, or one word for "back out"', () => {
  it.each<Case>([
    [
      "re-open Stella Moreno's balance, the write off shouldnt have happened",
      { intent: 'undo_write_off', patient: 'Stella Moreno' },
    ],
    [
      "reopen Stella Moreno's balance, the write off was wrong",
      { intent: 'undo_write_off', patient: 'Stella Moreno' },
    ],
    [
      "can you reopen Jane Doe's account? I wrote it off by mistake",
      { intent: 'undo_write_off', patient: 'Jane Doe' },
    ],
    // The write-off said to be wrong, with no verb of undoing.
    ["Tom Baker's write-off shouldn't have happened", { intent: 'undo_write_off', patient: 'Tom Baker' }],
    ['the write off on Bob Smith was done by mistake', { intent: 'undo_write_off', patient: 'Bob Smith' }],
    // "back out" typed as one word, or hyphenated.
    ['backout the w/o for ben carter pls', { intent: 'undo_write_off', patient: 'ben carter' }],
    ["backout Priya Patel's write off", { intent: 'undo_write_off', patient: 'Priya Patel' }],
    ['back-out the courtesy adjustment for Lee Chen', { intent: 'undo_write_off', patient: 'Lee Chen' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // Told of what a refund does, not asked; a balance re-opened with no write-off named.
    [
      "refund Jane Doe's $40 payment, the refund will reopen the PR, then write it off as courtesy",
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 4_000 },
    ],
    ["reopen Jane Doe's account", { intent: 'unknown', patient: 'Jane Doe' }],
    // A write-off of a PR said to be wrong is still the write-off.
    [
      "write off $40 for Jane Doe, it shouldn't have been billed",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000 },
    ],
    ['back out the w/o for ben carter pls', { intent: 'undo_write_off', patient: 'ben carter' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('"can we …" of a patient named in full asks the team to do it; "can I …" asks whether I may', () => {
  it.each<Case>([
    [
      'can we un-write-off Derek Shaw? he just said he wants to pay',
      { intent: 'undo_write_off', patient: 'Derek Shaw' },
    ],
    ['can we undo the write-off on Derek Shaw?', { intent: 'undo_write_off', patient: 'Derek Shaw' }],
    [
      "could we reverse Lee Chen's write-off? he wants to pay after all",
      { intent: 'undo_write_off', patient: 'Lee Chen' },
    ],
    ['can we refund Bob Smith?', { intent: 'refund_payment', patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['can I undo a write-off?', { intent: 'help' }],
    ['can we undo a write-off?', { intent: 'help' }],
    ["can I undo Tom Baker's write-off?", { intent: 'help', patient: 'Tom Baker' }],
    [
      "can we write off Jane Doe's balance or should we send it to collections?",
      { intent: 'help', patient: 'Jane Doe' },
    ],
    // One word alone may be a vendor or a coworker, not a patient.
    ['Can we refund a payment made through Stripe?', { intent: 'help', patient: 'Stripe' }],
    ['Can we undo write-offs done by Dana?', { intent: 'help', patient: 'Dana' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a PR never owed is cancelled, whatever the verb and whatever is told after a dash', () => {
  it.each<Case>([
    [
      "please zero out the PR on Bianca Russo's account, it never should have been there",
      { intent: 'cancel_pr', patient: 'Bianca Russo', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    [
      "wipe out Priya Patel's PR, it never should have been posted",
      { intent: 'cancel_pr', patient: 'Priya Patel', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    [
      'zero out the PR on Tom Baker, it shouldn’t exist',
      { intent: 'cancel_pr', patient: 'Tom Baker', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    // The cancel asked before a dash, the why after it.
    [
      'remove the PR on Oscar Lindqvist — insurance reprocessed and paid in full',
      { intent: 'cancel_pr', patient: 'Oscar Lindqvist', amountAll: true },
    ],
    [
      'remove the PR on Lee Chen - insurance paid in full',
      { intent: 'cancel_pr', patient: 'Lee Chen', amountAll: true },
    ],
    [
      'delete the placeholder for Jane Roe - remit came back and covered everything',
      { intent: 'cancel_pr', patient: 'Jane Roe', amountAll: true },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // Zeroed out with a write-off's reason: forgiven, not cancelled.
    [
      "zero out Jane Doe's balance, hardship",
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'zero out the PR on Bob Smith, small balance',
      { intent: 'write_off', patient: 'Bob Smith', amountAll: true, reason: 'small_balance' },
    ],
    // A lead-in with no verb of ours still asks nothing.
    ['Insurance question - what does Jane Doe owe?', { intent: 'balance', patient: 'Jane Doe' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('money returned is refunded, and "a refund of 12.50" is its amount', () => {
  it.each<Case>([
    [
      "return Omar Farouk's $50 payment — he was self pay but it turned out he had coverage",
      { intent: 'refund_payment', patient: 'Omar Farouk', amountCents: 5_000 },
    ],
    [
      "return María García's $25 deposit",
      { intent: 'refund_payment', patient: 'María García', amountCents: 2_500 },
    ],
    ["return Jane Doe's copay, she was overcharged", { intent: 'refund_payment', patient: 'Jane Doe' }],
    // The command named as a noun, a bare number after "of".
    [
      'partial refund of 12.50 for Mohammed Aziz',
      { intent: 'refund_payment', patient: 'Mohammed Aziz', amountCents: 1_250 },
    ],
    ['refund of 40 for Jane Doe', { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 4_000 }],
    [
      'please do a write-off of 25 for Bob Smith, small balance',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 2_500, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['return the call about her payment', { intent: 'unknown' }],
    ["return Jane Doe's call about her balance", { intent: 'balance', patient: 'Jane Doe' }],
    // A count of payments is no amount.
    ['refund of 2 payments for Jane Doe', { intent: 'refund_payment', patient: 'Jane Doe' }],
    ['refund 2 payments for Jane Doe', { intent: 'refund_payment', patient: 'Jane Doe' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a threshold joined to its noun by a hyphen ("the under-$2 balances")', () => {
  it.each<Case>([
    [
      '<@U777> go ahead and clear all the under-$2 balances',
      { intent: 'small_balance_batch', amountCents: 200, reason: 'small_balance' },
    ],
    [
      'write off all sub-$5 balances',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'run the under-$3 small balance batch',
      { intent: 'small_balance_batch', amountCents: 300, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'clear all the under $2 balances',
      { intent: 'small_balance_batch', amountCents: 200, reason: 'small_balance' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a balance told in the story, then all of it asked, is all of it', () => {
  it.each<Case>([
    [
      "Hi team — got a call from Martin Kohl's daughter. He passed 10/12. He owes $310, go ahead and write off the whole thing",
      { intent: 'write_off', patient: 'Martin Kohl', amountAll: true, reason: 'deceased' },
    ],
    [
      "Jenna Ward (MRN 77812) owes $66; she's our office manager's mom — professional courtesy, write off all of it",
      { intent: 'write_off', patient: 'Jenna Ward', amountAll: true, reason: 'professional_courtesy' },
    ],
    [
      'Bob Smith owes $45 - he passed away, write off everything',
      { intent: 'write_off', patient: 'Bob Smith', amountAll: true, reason: 'deceased' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    // No "all" written: the balance told is the amount (holdout).
    [
      'lee chen owes 20 bucks, write it off, small balance',
      { intent: 'write_off', patient: 'lee chen', amountCents: 2_000, reason: 'small_balance' },
    ],
    [
      'Jane Doe owes $80, write off $30 of it',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3_000 },
    ],
    ['Jane Doe owes $80, write off half of it', { intent: 'write_off', patient: 'Jane Doe' }],
    // The whole written with its figure, in the request itself.
    [
      "write off Tom Baker's whole $310 balance",
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 31_000 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('an experience called bad in any word is service recovery', () => {
  it.each<Case>([
    [
      'write off 20 of the 85 she owes, she had a terrible experience with scheduling',
      { intent: 'write_off', amountCents: 2_000, reason: 'service_recovery' },
    ],
    [
      'she had an awful experience at check-in, w/o $25 for Lee Chen',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 2_500, reason: 'service_recovery' },
    ],
    [
      'w/o $30 Jane Roe, really horrible service at the front desk',
      { intent: 'write_off', patient: 'Jane Roe', amountCents: 3_000, reason: 'service_recovery' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $20 for Bob Smith, bad experience',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 2_000, reason: 'service_recovery' },
    ],
    // A rough time is money trouble, not a visit gone badly.
    [
      "w/o $40 for Jane Doe, she's been through a rough time",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4_000, reason: 'financial_hardship' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('a capitalised word in a text on another subject is no patient', () => {
  it.each<Case>([
    ["what's the weather in Denver", { intent: 'unknown' }],
    ["how's the weather in Boston today?", { intent: 'unknown' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['Tom Baker is all square now, thanks', { intent: 'unknown', patient: 'Tom Baker' }],
    ['did you refund Bob Smith?', { intent: 'unknown', patient: 'Bob Smith' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});
