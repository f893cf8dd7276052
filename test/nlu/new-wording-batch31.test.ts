/**
 * A blind tester's misses (batch 31), each fixed by the rule that failed and asserted with a
 * variant of its wording family and near wordings that must not change:
 *
 * 1. "comp" then the patient then the amount ("comp Leilani Kahale $35 - …") is a write-off, as
 *    "comp $35 for Leilani Kahale" was (intent.ts). Not workers' comp, nor "comp time".
 * 2. A dash set off by spaces ends a clause that reports what was done ("I wrote off the wrong
 *    patient - reverse the $40 write-off on Carlos Vega"), as a comma does: the request after it is
 *    read (asked-part.ts). A report with nothing asked after its dash stays no request.
 * 3. A bare "small" ending a terse write-off after the patient's name ("w/o $7.5 Ramírez small") is
 *    the small-balance shorthand, as after the amount (plain-reasons.ts). Not "small claims".
 * 4. Cancel reasons told in other words (reason.ts): the estimate too high or the real cost another
 *    figure is a wrong amount; a test entry, one posted by accident or one that should never have
 *    been entered is entered in error; one entered two times or already billed is a duplicate. A
 *    cancel with no reason told, or "the estimate was wrong" alone, still names none.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. comp, the patient, then the amount', () => {
  it.each<Case>([
    [
      'comp Leilani Kahale $35 — we lost her lab results and she had to come back, service recovery',
      { intent: 'write_off', patient: 'Leilani Kahale', amountCents: 3500, reason: 'service_recovery' },
    ],
    // Variants of the family.
    [
      'comp Tom Baker $20 - we kept him waiting two hours',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 2000, reason: 'service_recovery' },
    ],
    [
      'comp Maria Garcia for $40 - she waited forever',
      { intent: 'write_off', patient: 'Maria Garcia', amountCents: 4000, reason: 'service_recovery' },
    ],
    // unchanged: the amount first, and a patient's possessive.
    [
      'comp $35 for Leilani Kahale, we lost her lab results and she had to come back, service recovery',
      { intent: 'write_off', patient: 'Leilani Kahale', amountCents: 3500, reason: 'service_recovery' },
    ],
    ["comp Tom Baker's $20 copay", { intent: 'write_off', patient: 'Tom Baker', amountCents: 2000 }],
    // Guards: workers' comp and comp time ask nothing.
    ['workers comp Tom Baker $35 claim pending', { patient: 'Tom Baker' }],
    ['comp time for Tom Baker $35', { patient: 'Tom Baker' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. a dash ends a reported clause, and the request after it is read', () => {
  it.each<Case>([
    [
      'oops, I wrote off the wrong patient — reverse the $40 write-off on Carlos Vega',
      { intent: 'undo_write_off', patient: 'Carlos Vega', amountCents: 4000 },
    ],
    // Variants of the family.
    [
      'I wrote off Jane Doe by mistake - undo the $25 write-off',
      { intent: 'undo_write_off', patient: 'Jane Doe', amountCents: 2500 },
    ],
    [
      'we wrote off the wrong account — please reverse the $30 write-off for Lee Chen',
      { intent: 'undo_write_off', patient: 'Lee Chen', amountCents: 3000 },
    ],
    // unchanged: the same joined by a comma.
    [
      'oops, I wrote off the wrong patient, reverse the $40 write-off on Carlos Vega',
      { intent: 'undo_write_off', patient: 'Carlos Vega', amountCents: 4000 },
    ],
    // Guards: a report with nothing asked after its dash is still no request.
    ['I already wrote off $40 for Jane Doe - fyi', { patient: 'Jane Doe' }],
    ['fyi I wrote off $25 for Ruth Meyer - all done', { patient: 'Ruth Meyer' }],
    ['we refunded Tom Baker $30 - just letting you know', { patient: 'Tom Baker' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. a bare "small" after the name in a terse write-off', () => {
  it.each<Case>([
    [
      'w/o $7.5 Ramírez small',
      { intent: 'write_off', patient: 'Ramírez', amountCents: 750, reason: 'small_balance' },
    ],
    // Variants of the family.
    [
      'w/o 12 lee chen small',
      { intent: 'write_off', patient: 'lee chen', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'w/o $9 for Ramírez small',
      { intent: 'write_off', patient: 'Ramírez', amountCents: 900, reason: 'small_balance' },
    ],
    // Guards: "small" that sizes something else gives no small balance.
    ['w/o $7.5 Ramírez small claims', { intent: 'write_off', patient: 'Ramírez', amountCents: 750 }],
    [
      'w/o $40 Lee Chen small business owner lost her job',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 4000, reason: 'financial_hardship' },
    ],
    ['w/o $7.5 Ramírez', { intent: 'write_off', patient: 'Ramírez', amountCents: 750 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. cancel reasons told in other words', () => {
  it.each<Case>([
    [
      'we estimated $300 for Nadia Petrova but the real cost was $180 — cancel the placeholder',
      { intent: 'cancel_pr', patient: 'Nadia Petrova', cancelReason: 'wrong_amount' },
    ],
    [
      "erase the PR on Kim Soo-jin's account, it was a test entry",
      { intent: 'cancel_pr', patient: 'Kim Soo-jin', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    // Variants: a wrong amount.
    [
      'cancel the PR for Tom Baker, the estimate was too high',
      { intent: 'cancel_pr', patient: 'Tom Baker', amountAll: true, cancelReason: 'wrong_amount' },
    ],
    [
      "void Jane Doe's PR, we overestimated the surgery",
      { intent: 'cancel_pr', patient: 'Jane Doe', amountAll: true, cancelReason: 'wrong_amount' },
    ],
    [
      'cancel the $250 PR on Lee Chen, the actual charge came in at $95',
      { intent: 'cancel_pr', patient: 'Lee Chen', cancelReason: 'wrong_amount' },
    ],
    [
      'remove the estimate for Maria Garcia - final bill was lower than the estimate',
      { intent: 'cancel_pr', patient: 'Maria Garcia', cancelReason: 'wrong_amount' },
    ],
    // Variants: entered in error.
    [
      'cancel the PR for Tom Baker, just a test',
      { intent: 'cancel_pr', patient: 'Tom Baker', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    [
      "void Jane Doe's PR, I posted it by accident",
      { intent: 'cancel_pr', patient: 'Jane Doe', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    [
      "delete the charge on Lee Chen's account, it shouldn't have been entered",
      { intent: 'cancel_pr', patient: 'Lee Chen', cancelReason: 'entered_in_error' },
    ],
    [
      'cancel the PR for Maria Garcia - not a real charge',
      { intent: 'cancel_pr', patient: 'Maria Garcia', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    // Variants: a duplicate.
    [
      "cancel Bob Smith's PR, he was charged twice for the 10/2 visit",
      {
        intent: 'cancel_pr',
        patient: 'Bob Smith',
        amountAll: true,
        cancelReason: 'duplicate',
        dateOfService: '2026-10-02',
      },
    ],
    [
      'cancel the PR on Jane Doe, it was entered two times',
      { intent: 'cancel_pr', patient: 'Jane Doe', amountAll: true, cancelReason: 'duplicate' },
    ],
    [
      'cancel the PR for Lee Chen, the same visit was already billed',
      { intent: 'cancel_pr', patient: 'Lee Chen', amountAll: true, cancelReason: 'duplicate' },
    ],
    [
      'cancel the PR for Maria Garcia, there are two identical charges',
      { intent: 'cancel_pr', patient: 'Maria Garcia', amountAll: true, cancelReason: 'duplicate' },
    ],
    // Guards: no reason told, or none of these.
    ['cancel the PR for Bob Smith', { intent: 'cancel_pr', patient: 'Bob Smith', amountAll: true }],
    [
      'cancel the PR for Tom Baker, his test results came back normal',
      { intent: 'cancel_pr', patient: 'Tom Baker', amountAll: true },
    ],
    [
      'cancel the PR for Maria Garcia, the test was covered by insurance',
      { intent: 'cancel_pr', patient: 'Maria Garcia', amountAll: true },
    ],
    [
      "cancel Ana Lima's PR, we billed her again after insurance reprocessed",
      { intent: 'cancel_pr', patient: 'Ana Lima', amountAll: true },
    ],
    [
      "Priya Patel's self-pay balance needs to come off, the estimate was wrong",
      { intent: 'cancel_pr', patient: 'Priya Patel' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
