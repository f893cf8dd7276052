/**
 * The fourteenth batch of misreadings, found by an outside probe (today 2026-12-03; here 2026-11-27,
 * a Friday). Each is tested with the sentence as written and with variants of our own, and with
 * counter-examples that must keep their reading, so that each fix is a rule for the family of
 * wordings, not for one sentence.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/nlu/parse.ts';
import { expectFrame, type Frame, TODAY } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. a share of a stated amount is worked out; a share of an unstated whole asks', () => {
  it.each<Case>([
    [
      'write off half of the $80 balance for Mei Lin, prompt pay',
      { intent: 'write_off', patient: 'Mei Lin', amountCents: 4000, reason: 'prompt_pay_discount' },
    ],
    // Variants: "half the", a third, a percentage in a sign or a word, a quarter, "1/2 of", words
    // between the share and the amount, a possessive name, a refund.
    [
      'write off half the $80 balance for Mei Lin',
      { intent: 'write_off', patient: 'Mei Lin', amountCents: 4000 },
    ],
    [
      'write off a third of $90 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
    ['write off 50% of $80 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
    [
      'write off 25 percent of the $200 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 5000 },
    ],
    [
      'w/o a quarter of the $60 for Bob Smith',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1500 },
    ],
    ['w/o two thirds of $90 for Bob Smith', { intent: 'write_off', patient: 'Bob Smith', amountCents: 6000 }],
    ['write off 12.5% of $80 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 1000 }],
    [
      'write off 1/2 of the $80 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      'write off half her balance of $80 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    ["write off half of jane doe's $80", { intent: 'write_off', patient: 'jane doe', amountCents: 4000 }],
    [
      'refund half of her $60 payment to Jane Doe',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 3000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // A share between two cents is rounded up, in the patient's favour: a third of $100 is $33.34.
  it.each<Case>([
    [
      'write off a third of $100 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3334 },
    ],
    [
      'write off half of $80.01 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4001 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it('refuses more than the whole as a share of it', () => {
    const parsed = parseRequest('write off 150% of $80 for Jane Doe', { today: TODAY });
    expect(parsed).toMatchObject({ intent: 'write_off', amountCents: null, amountAll: false });
    expect(parsed.amountProblem).toContain('more than the whole');
  });

  // A share of a whole that is not written is neither all of the balance nor an amount written
  // elsewhere: the form asks.
  it.each<Case>([
    ['write off half of the balance for Mei Lin', { intent: 'write_off', patient: 'Mei Lin' }],
    ['write off half of the rest for Mei Lin', { intent: 'write_off', patient: 'Mei Lin' }],
    ["write off 50% of Jane Doe's balance", { intent: 'write_off', patient: 'Jane Doe' }],
    ["w/o a third of what's left for Bob Smith", { intent: 'write_off', patient: 'Bob Smith' }],
    ['Jane Doe owes $80, write off half of it', { intent: 'write_off', patient: 'Jane Doe' }],
    ['she owes $80, write off half', { intent: 'write_off' }],
    ['write off half for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a share told as what happened leaves "the rest" asked; an amount asked right
  // after the command stands.
  it.each<Case>([
    [
      'she paid half of the $80, write off the rest for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
    [
      'write off the balance for Jane Doe, she paid half of it',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
    [
      'insurance covered 80% of the bill, write off the rest for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
    [
      'write off $40 for Jane Doe, half of her balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. a procedure code is never an amount; "in full" is all of it', () => {
  it.each<Case>([
    [
      'w/o the 99213 balance in full for Janet Doe, admin error',
      { intent: 'write_off', patient: 'Janet Doe', amountAll: true, reason: 'administrative' },
    ],
    // Variants: other codes (five digits, four and a letter, a letter and four), "in full" elsewhere,
    // the whole balance of the code's charge, a refund, a code after the name.
    ['w/o 0001U for Jane Doe in full', { intent: 'write_off', patient: 'Jane Doe', amountAll: true }],
    ['w/o the G0439 balance for Janet Doe', { intent: 'write_off', patient: 'Janet Doe', amountAll: true }],
    ['w/o the 99213 balance for Janet Doe', { intent: 'write_off', patient: 'Janet Doe', amountAll: true }],
    [
      'w/o the J1100 charge for Jane Doe in full',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
    ['refund Janet Doe 80053 in full', { intent: 'refund_payment', patient: 'Janet Doe', amountAll: true }],
    ['w/o 99213 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
    ["write off Jane Doe's balance in full", { intent: 'write_off', patient: 'Jane Doe', amountAll: true }],
    [
      'cancel the 80053 PR for Bob Smith, duplicate',
      { intent: 'cancel_pr', patient: 'Bob Smith', amountAll: true, cancelReason: 'duplicate' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: money written as money stays money, the code beside it or not; "paid in full"
  // tells how a balance was settled, it asks nothing.
  it.each<Case>([
    ['w/o $99213 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 9921300 }],
    [
      'write off $30 on the 99213 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
    [
      'write off the 0001U lab for Jane Doe, $30',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
    ['writeoff 1250 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 125000 }],
    [
      'write off Jane Doe, paid in full at the visit, prompt pay',
      { intent: 'write_off', patient: 'Jane Doe', reason: 'prompt_pay_discount' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. whether something is needed or allowed, asked, is a help question', () => {
  it.each<Case>([
    ['do I need manager approval to w/o $300?', {}],
    // Variants: other auxiliaries and subjects, "required", "allowed", a patient named.
    ['does a $300 write-off need approval?', {}],
    ['will it need approval if I refund $500 to Bob Smith?', { patient: 'Bob Smith' }],
    ['is approval required to w/o $300?', {}],
    ["is a note required for hardship on Jane Doe's $40?", { patient: 'Jane Doe' }],
    ['do we need a manager to sign off on a $250 writeoff', {}],
    ['are billers allowed to write off $300?', {}],
    ['do I need to write off $40 for Jane Doe?', { patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, { intent: 'help', ...expected }));

  // Counter-examples: a polite ask or a need told is the request; whether the patient must pay is no rule.
  it.each<Case>([
    ['can you write off $40 for Jane Doe?', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
    ['will you write off $40 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
    ['I need to write off $40 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
    [
      'Jane Doe needs a $40 write-off, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    ['does Jane Doe still need to pay the $40?', { intent: 'unknown', patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. a dash with a space after it separates; only a minus against the number is one', () => {
  it.each<Case>([
    [
      'Write off Bob Smith 2/5 — $25 — bad debt, sent 3 statements',
      {
        intent: 'write_off',
        patient: 'Bob Smith',
        amountCents: 2500,
        reason: 'bad_debt',
        dateOfService: '2026-02-05',
      },
    ],
    // Variants: an en dash, a hyphen with spaces, a refund.
    [
      'Bob Smith – $25 – small bal w/o',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 2500, reason: 'small_balance' },
    ],
    ['refund Bob Smith - $25', { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2500 }],
    [
      'w/o Jane Doe - $40 - hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a minus written against the amount is refused as negative.
  it.each([
    ['write off -$25 for Bob Smith'],
    ['write off $-25 for Bob Smith'],
    ['write off -25 for Bob Smith'],
    ['refund Bob Smith -$25'],
  ])('%s: refused as negative', (text) => {
    const parsed = parseRequest(text, { today: TODAY });
    expect(parsed.amountCents).toBeNull();
    expect(parsed.amountProblem).toContain('negative');
  });
});

describe('5. coming off the balance, asked, is a write-off', () => {
  it.each<Case>([
    [
      "the rest of Bob Smith's MRI balance needs to come off, the collections agency took it",
      { intent: 'write_off', patient: 'Bob Smith', amountAll: true, reason: 'collection_agency' },
    ],
    // Variants: "should", "has to", asked with "can", "take it off", "take the rest off".
    [
      "Jane Doe's $40 should come off, hardship",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      "the rest of Jane Doe's balance has to come off",
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
    [
      "can the rest of Jane Doe's balance come off?",
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
    [
      'take it off for Jane Doe, small balance',
      { intent: 'write_off', patient: 'Jane Doe', reason: 'small_balance' },
    ],
    [
      "take the rest off Bob Smith's account, collections",
      { intent: 'write_off', patient: 'Bob Smith', amountAll: true, reason: 'collection_agency' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a PR that was wrong comes off by a cancel; what came off is told; a balance asked.
  it.each<Case>([
    [
      "Jane Doe's balance needs to come off, it was entered in error",
      { intent: 'cancel_pr', patient: 'Jane Doe', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    [
      'take the PR off for Bob Smith, it was a duplicate',
      { intent: 'cancel_pr', patient: 'Bob Smith', amountAll: true, cancelReason: 'duplicate' },
    ],
    [
      "Priya Patel's self-pay balance needs to come off, the estimate was wrong",
      { intent: 'cancel_pr', patient: 'Priya Patel' },
    ],
    [
      // The day it came off is not the date of service (known-misses-25).
      "the $40 came off Jane Doe's balance yesterday",
      { intent: 'balance', patient: 'Jane Doe', dateOfService: null },
    ],
    ["what's the rest of Bob Smith's balance?", { intent: 'balance', patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('6. what the visit was, or a verb, ends a name', () => {
  it.each<Case>([
    [
      'w/o $70 jane doe chest xray 8/21 hardship',
      {
        intent: 'write_off',
        patient: 'jane doe',
        amountCents: 7000,
        reason: 'financial_hardship',
        dateOfService: '2026-08-21',
      },
    ],
    [
      'cxl PR bob smith supplies, duplicate',
      { intent: 'cancel_pr', patient: 'bob smith', cancelReason: 'duplicate' },
    ],
    [
      'pt jane doe overpaid on 6/3 labs, refund her $42',
      { intent: 'refund_payment', patient: 'jane doe', amountCents: 4200, dateOfService: '2026-06-03' },
    ],
    // Variants: other services and verbs, a name written first, a capitalised name before an acronym.
    [
      'w/o $40 jane doe mri 10/2',
      { intent: 'write_off', patient: 'jane doe', amountCents: 4000, dateOfService: '2026-10-02' },
    ],
    [
      'w/o $15 bob smith ekg small bal',
      { intent: 'write_off', patient: 'bob smith', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      'cancel PR lee chen ultrasound dupe',
      { intent: 'cancel_pr', patient: 'lee chen', cancelReason: 'duplicate' },
    ],
    [
      'w/o $30 kim lee flu shot courtesy',
      { intent: 'write_off', patient: 'kim lee', amountCents: 3000, reason: 'professional_courtesy' },
    ],
    ['jane doe overpaid, refund $20', { intent: 'refund_payment', patient: 'jane doe', amountCents: 2000 }],
    [
      'w/o $40 Jane Doe MRI 10/2',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, dateOfService: '2026-10-02' },
    ],
    ['w/o $40 for Jane Doe Labs', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: three-word names in lower case, and a two-word name that is a service word.
  it.each<Case>([
    ['w/o $40 mary ann smith', { intent: 'write_off', patient: 'mary ann smith', amountCents: 4000 }],
    ['w/o $40 mary ann smith labs', { intent: 'write_off', patient: 'mary ann smith', amountCents: 4000 }],
    ['jose de la cruz w/o $40', { intent: 'write_off', patient: 'jose de la cruz', amountCents: 4000 }],
    ['w/o $40 for Echo Park', { intent: 'write_off', patient: 'Echo Park', amountCents: 4000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('7. a time word is no patient', () => {
  it.each<Case>([
    ["undo last night's small balance batch", {}],
    // Variants: other times, with "this", "last", "yesterday".
    ["roll back this shift's small balance batch", {}],
    ["undo last evening's batch", {}],
    ["undo yesterday's small balance batch", {}],
    ["undo last weekend's sweep", {}],
  ])('%s', (text, expected) => expectFrame(text, { intent: 'undo_write_off', ...expected }));

  // Counter-examples: a patient named beside the time is kept.
  it.each<Case>([
    ["undo this morning's writeoff for Jane Doe", { intent: 'undo_write_off', patient: 'Jane Doe' }],
    ["undo last night's write-off for jane doe", { intent: 'undo_write_off', patient: 'jane doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('8. a patient who expired or passed is deceased; a card or an authorization is not', () => {
  it.each<Case>([
    [
      "write off PR of $95 on Samuel O'Neil 1/9 visit - patient expired",
      { patient: "Samuel O'Neil", amountCents: 9500, reason: 'deceased', dateOfService: '2026-01-09' },
    ],
    // Variants: "pt", a pronoun, "passed" with when, and a date after it that is no date of service.
    ['w/o $40 for Jane Doe, pt expired 10/2', { patient: 'Jane Doe', amountCents: 4000, reason: 'deceased' }],
    [
      "write off Bob Smith's balance, he expired last month",
      { patient: 'Bob Smith', amountAll: true, reason: 'deceased' },
    ],
    [
      "write off $30 for Samuel O'Neil, he passed in October",
      { patient: "Samuel O'Neil", amountCents: 3000, reason: 'deceased' },
    ],
    [
      "write off Samuel O'Neil's balance, pt expired 11/2",
      { patient: "Samuel O'Neil", amountAll: true, reason: 'deceased' },
    ],
  ])('%s', (text, expected) => expectFrame(text, { intent: 'write_off', ...expected }));

  // Counter-examples: things expire and time passes.
  it.each<Case>([
    ['write off $30 for Jane Doe, her card expired', {}],
    ['write off $30 for Jane Doe, the authorization expired', {}],
    ['write off $30 for Jane Doe, expired insurance', {}],
    ['write off $30 for Jane Doe, her insurance has expired, hardship', { reason: 'financial_hardship' }],
    ['w/o $30 for Jane Doe, the claim passed edits but was denied', {}],
    ['write off $30 for Jane Doe, two weeks passed and no payment', {}],
  ])('%s', (text, expected) =>
    expectFrame(text, { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, ...expected }),
  );
});

describe('9. a deadline is no date of service', () => {
  it.each<Case>([
    ['Dr. Chen asked me to send her the monthly billing report by Friday', {}],
    // Variants: "before", "due", a written date.
    [
      'refund Bob Smith $20 before Monday',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 },
    ],
    ['w/o $40 for Jane Doe, due Tuesday', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
    ['write off $40 for Jane Doe by 12/5', { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: the visit's day stays, beside a deadline or not.
  it.each<Case>([
    [
      "write off $40 for Jane Doe's Friday visit",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, dateOfService: '2026-11-27' },
    ],
    [
      'write off $40 for Jane Doe from last Friday',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, dateOfService: '2026-11-20' },
    ],
    [
      'w/o $40 jane doe 10/3 visit, need it by friday',
      { intent: 'write_off', patient: 'jane doe', amountCents: 4000, dateOfService: '2026-10-03' },
    ],
    [
      'write off the $40 for Jane Doe dos 11/2, please do it by 12/1',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, dateOfService: '2026-11-02' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('10. what was done, told in the passive, is not asked', () => {
  it.each<Case>([
    ['cancel the PR for Bob Smith, he was refunded already', { patient: 'Bob Smith' }],
    // Variants: "got refunded", "has already been refunded".
    ['cancel the PR for Bob Smith, his copay got refunded', { patient: 'Bob Smith' }],
    ["cancel Bob Smith's PR, the payment has already been refunded", { patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectFrame(text, { intent: 'cancel_pr', amountAll: true, ...expected }));

  // Counter-examples: asked whether it was done is no request; an undo of a write-off told in the
  // passive still undoes it; a refund asked beside a passive story is the refund.
  it.each<Case>([
    ['was Bob Smith refunded already?', { intent: 'unknown', patient: 'Bob Smith' }],
    ['Jane Doe was written off by mistake, put it back', { intent: 'undo_write_off', patient: 'Jane Doe' }],
    [
      'refund Bob Smith $20, he was charged twice',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('the service-recovery story: a long wait in hours, a visit moved again and again', () => {
  it.each<Case>([
    [
      'please w/o $75 for Anne-Marie Dubois, she waited 3 hrs in the lobby and the echo got rescheduled twice',
      { patient: 'Anne-Marie Dubois', amountCents: 7500 },
    ],
    ['w/o $20 for Jane Doe, waited 2 hours', { patient: 'Jane Doe', amountCents: 2000 }],
    ['w/o $20 for Jane Doe, her appt was rescheduled 3 times', { patient: 'Jane Doe', amountCents: 2000 }],
  ])('%s', (text, expected) =>
    expectFrame(text, { intent: 'write_off', reason: 'service_recovery', ...expected }),
  );
});

describe('a month ends its word, accented letters included (sandbox probe)', () => {
  it.each<Case>([
    [
      'w/o 10 María García',
      { intent: 'write_off', patient: 'María García', amountCents: 1000, dateOfService: null },
    ],
    [
      'w/o 10 Marçal Pons small balance',
      { intent: 'write_off', patient: 'Marçal Pons', amountCents: 1000, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'w/o $20 jane doe 10 mar',
      { intent: 'write_off', patient: 'jane doe', amountCents: 2000, dateOfService: '2026-03-10' },
    ],
    [
      'w/o $20 for María García dos 10 march',
      { intent: 'write_off', patient: 'María García', amountCents: 2000, dateOfService: '2026-03-10' },
    ],
  ])('still a date: %s', (text, expected) => expectFrame(text, expected));
});

describe("a patient's name tells no reason", () => {
  it.each<Case>([
    [
      '/writeoff $250 Ezra Expired small balance',
      { intent: 'write_off', patient: 'Ezra Expired', amountCents: 25_000, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'w/o $95 Samuel Oneil, patient expired',
      { intent: 'write_off', patient: 'Samuel Oneil', amountCents: 9_500, reason: 'deceased' },
    ],
  ])('said of the patient, it still does: %s', (text, expected) => expectFrame(text, expected));
});
