/**
 * Wording families fixed in batch 38 (a blind probe's third round), each asserted with variants and
 * near wordings that must not change:
 *
 * 1. Professional courtesy told as a story: the patient works here, once did, or is family of one of
 *    ours ("he's our front desk lead Maria's son", "her mom works at our front desk") (staff-told.ts).
 * 2. A leftover of a few cents is a small balance ("has 37 cents left over") (cents-left.ts).
 * 3. The discount for paying at the visit by its everyday names ("pay-at-time-of-service discount",
 *    "paid-in-full-at-checkout discount") (plain-reasons.ts).
 * 4. No home is hardship ("homeless", "staying in a shelter", "evicted") (plain-reasons.ts).
 * 5. An appointment not kept, told beside a PR that should not be there, leaves it a cancel
 *    (not-billing.ts).
 * 6. A request opening by ruling out another action before a dash or colon ("Not a refund - just undo
 *    the write-off") asks what follows (asked-part.ts).
 * 7. What is due as a statement says it ("amount due", "total due", "balance due", "current PR"), and
 *    a title's point in the question ("Ms. Fairbanks'") (intent.ts, patient-share.ts).
 * 8. Whether waiving or writing off is lawful or compliant, asked, is help (compliance-question.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. professional courtesy told as a story: staff, former staff, their family', () => {
  it.each<Case>([
    [
      "Write off $45 for Tyler Greene, he's our front desk lead Maria's son",
      { intent: 'write_off', patient: 'Tyler Greene', amountCents: 4500, reason: 'professional_courtesy' },
    ],
    [
      "Dr. Okafor asked that we not bill Ellen Marsh, she's a retired nurse from our office. Write off $90.",
      { intent: 'write_off', patient: 'Ellen Marsh', amountCents: 9000, reason: 'professional_courtesy' },
    ],
    [
      "Write off $65 on Malik Johnson, he's our billing clerk Denise's husband and the doctor okayed it",
      { intent: 'write_off', patient: 'Malik Johnson', amountCents: 6500, reason: 'professional_courtesy' },
    ],
    [
      'Write off $30 for Leah Summers, her mom works at our front desk',
      { intent: 'write_off', patient: 'Leah Summers', amountCents: 3000, reason: 'professional_courtesy' },
    ],
    [
      "Write off $60 for Clara Boone, she's one of our employees",
      { intent: 'write_off', patient: 'Clara Boone', amountCents: 6000, reason: 'professional_courtesy' },
    ],
    [
      'write off $40 for Ava Stone, she is the daughter of our receptionist',
      { intent: 'write_off', patient: 'Ava Stone', amountCents: 4000, reason: 'professional_courtesy' },
    ],
    [
      'Write off $50 for Ben Cole - his wife is one of our nurses',
      { intent: 'write_off', patient: 'Ben Cole', amountCents: 5000, reason: 'professional_courtesy' },
    ],
    [
      'w/o $35 on Nora Fitz, she used to work here for 12 years',
      { intent: 'write_off', patient: 'Nora Fitz', amountCents: 3500, reason: 'professional_courtesy' },
    ],
    [
      "Write off $20 for Kim Lo, she's a former MA here",
      { intent: 'write_off', patient: 'Kim Lo', amountCents: 2000, reason: 'professional_courtesy' },
    ],
    [
      'write off $70 for Sam Ruiz, his dad works in our billing department',
      { intent: 'write_off', patient: 'Sam Ruiz', amountCents: 7000, reason: 'professional_courtesy' },
    ],
    [
      'write off $15 for Pia Ward, her husband is our office manager',
      { intent: 'write_off', patient: 'Pia Ward', amountCents: 1500, reason: 'professional_courtesy' },
    ],
    [
      "Write off $80 for Rob Kent, he's our x-ray tech",
      { intent: 'write_off', patient: 'Rob Kent', amountCents: 8000, reason: 'professional_courtesy' },
    ],
    // unchanged: someone of ours who asks, a patient's own family, work elsewhere, a patient of ours.
    [
      'Maria at the front desk said write off $20 for Tom Baker, small balance',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 2000, reason: 'small_balance' },
    ],
    [
      'Maria at the front desk said write off $20 for Tom Baker',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 2000 },
    ],
    [
      'our billing clerk Denise asked to write off $20 for Tom Baker',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 2000 },
    ],
    [
      'Write off $30 for Leah Summers, her mom paid at the front desk',
      { intent: 'write_off', patient: 'Leah Summers', amountCents: 3000 },
    ],
    [
      "Write off $30 for Leah Summers, her mom works at Walmart and can't pay",
      { intent: 'write_off', patient: 'Leah Summers', amountCents: 3000, reason: 'financial_hardship' },
    ],
    [
      "write off $40 for Ava Stone, she's our new patient",
      { intent: 'write_off', patient: 'Ava Stone', amountCents: 4000 },
    ],
    [
      'write off $40 for Ava Stone, her mom is a nurse at the hospital',
      { intent: 'write_off', patient: 'Ava Stone', amountCents: 4000 },
    ],
    [
      'Write off $20 for Jane Doe, she is a nurse',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
    [
      'write off $30 for Jane Doe, her son is our patient too',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. a leftover of a few cents is a small balance', () => {
  it.each<Case>([
    [
      'Gwen Ostrowski has 37 cents left over after her last payment, just write that off',
      { intent: 'write_off', patient: 'Gwen Ostrowski', amountCents: 37, reason: 'small_balance' },
    ],
    [
      'Ingrid Solberg is stuck with 4 cents after rounding on her payment plan, w/o it',
      { intent: 'write_off', patient: 'Ingrid Solberg', amountCents: 4, reason: 'small_balance' },
    ],
    [
      'Mateo Silva has 12 cents left, write it off',
      { intent: 'write_off', patient: 'Mateo Silva', amountCents: 12, reason: 'small_balance' },
    ],
    [
      'write off the 8 cent leftover on Iris Kaye',
      { intent: 'write_off', patient: 'Iris Kaye', amountCents: 8, reason: 'small_balance' },
    ],
    [
      'w/o the twelve cents remaining on Jo Bell',
      { intent: 'write_off', patient: 'Jo Bell', amountCents: 12, reason: 'small_balance' },
    ],
    [
      'Lara Quinn owes 40 cents, write it off',
      { intent: 'write_off', patient: 'Lara Quinn', amountCents: 40, reason: 'small_balance' },
    ],
    [
      'write off $0.37 left over on Tim Orr',
      { intent: 'write_off', patient: 'Tim Orr', amountCents: 37, reason: 'small_balance' },
    ],
    [
      'write off the rounding difference on Ed Moss, 3 cents',
      { intent: 'write_off', patient: 'Ed Moss', amountCents: 3, reason: 'small_balance' },
    ],
    // unchanged: dollars left, cents with nothing left over, cents the patient has.
    ['Jane Doe has $37 left, write it off', { intent: 'write_off', patient: 'Jane Doe', amountCents: 3700 }],
    [
      'she has $37 left over, write off $37 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3700 },
    ],
    ['write off 50 cents for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 50 }],
    [
      'write off $40 for Jane Doe, she only has 12 cents to her name',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. the discount for paying at the visit, by its everyday names', () => {
  it.each<Case>([
    [
      'Pay-at-time-of-service discount for Javier Ortega, write off $22.50',
      { intent: 'write_off', patient: 'Javier Ortega', amountCents: 2250, reason: 'prompt_pay_discount' },
    ],
    [
      'Write off $10 for Gus Romero, paid-in-full-at-checkout discount',
      { intent: 'write_off', patient: 'Gus Romero', amountCents: 1000, reason: 'prompt_pay_discount' },
    ],
    [
      'write off $15 for Jane Doe, point of service discount',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1500, reason: 'prompt_pay_discount' },
    ],
    [
      'write off $12 on Bob Smith, checkout discount',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1200, reason: 'prompt_pay_discount' },
    ],
    [
      'write off $8 for Lee Chen - paid in full at checkout',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 800, reason: 'prompt_pay_discount' },
    ],
    [
      'write off $9 for Lee Chen, same-day payment discount',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 900, reason: 'prompt_pay_discount' },
    ],
    // unchanged: a staff discount, a payment at checkout told beside the amount.
    [
      'write off $20 for Jane Doe, staff discount',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'professional_courtesy' },
    ],
    [
      'write off $20 for Jane Doe, she paid $50 at checkout',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. no home is financial hardship', () => {
  it.each<Case>([
    [
      'Anita Chowdhury lost her coverage in the divorce and is staying in a shelter now, write off $125',
      { intent: 'write_off', patient: 'Anita Chowdhury', amountCents: 12500, reason: 'financial_hardship' },
    ],
    [
      'Rhea Dunn is homeless right now, write off $90',
      { intent: 'write_off', patient: 'Rhea Dunn', amountCents: 9000, reason: 'financial_hardship' },
    ],
    [
      'write off $60 for Dan Park, he was evicted last month',
      { intent: 'write_off', patient: 'Dan Park', amountCents: 6000, reason: 'financial_hardship' },
    ],
    [
      "write off $45 for Sue Lin, she's living out of her car",
      { intent: 'write_off', patient: 'Sue Lin', amountCents: 4500, reason: 'financial_hardship' },
    ],
    [
      'write off $30 for Joe Fry, he lives at the Salvation Army shelter',
      { intent: 'write_off', patient: 'Joe Fry', amountCents: 3000, reason: 'financial_hardship' },
    ],
    // unchanged: a shelter where someone volunteers.
    [
      'write off $30 for Joe Fry, he volunteers at the homeless shelter, small balance',
      { intent: 'write_off', patient: 'Joe Fry', amountCents: 3000, reason: 'small_balance' },
    ],
    [
      'write off $30 for Joe Fry, she volunteers at the homeless shelter',
      { intent: 'write_off', patient: 'Joe Fry', amountCents: 3000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('5. an appointment not kept, told beside a PR that should not be there', () => {
  it.each<Case>([
    [
      "The PR on Omar Haddad's account shouldn't be there - he's self pay and he was never seen, the appointment was a no-show",
      { intent: 'cancel_pr', patient: 'Omar Haddad', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    [
      "The $80 self-pay charge on Lena Park shouldn't be there, she no-showed her appointment",
      { intent: 'cancel_pr', patient: 'Lena Park', amountCents: 8000, cancelReason: 'entered_in_error' },
    ],
    [
      'Cancel the PR for Lena Park, she missed her appointment and was never seen',
      { intent: 'cancel_pr', patient: 'Lena Park', amountAll: true, cancelReason: 'entered_in_error' },
    ],
    [
      "Jonah Reed's self-pay balance should never have been posted - the appt never happened",
      { intent: 'cancel_pr', patient: 'Jonah Reed', cancelReason: 'entered_in_error' },
    ],
    // unchanged: an appointment cancelled is none of ours.
    ['cancel her appointment for Jane Doe', { patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('6. a request that opens by ruling out another action', () => {
  it.each<Case>([
    [
      'Not a refund - just undo the $45 write-off on Derek Yoon',
      { intent: 'undo_write_off', patient: 'Derek Yoon', amountCents: 4500 },
    ],
    [
      "not a write-off - refund Lila Grant's $20 payment",
      { intent: 'refund_payment', patient: 'Lila Grant', amountCents: 2000 },
    ],
    [
      "not a write-off: refund Lila Grant's $20 payment",
      { intent: 'refund_payment', patient: 'Lila Grant', amountCents: 2000 },
    ],
    [
      'No refund needed - reverse the $30 write-off for Amy Lund',
      { intent: 'undo_write_off', patient: 'Amy Lund', amountCents: 3000 },
    ],
    [
      "this isn't a refund - undo the courtesy write-off on Bo Reyes",
      { intent: 'undo_write_off', patient: 'Bo Reyes' },
    ],
    [
      'not a cancellation - write off $40 for Jane Doe, small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'small_balance' },
    ],
    [
      'not an undo - cancel the PR for Jane Roe, it was a duplicate',
      { intent: 'cancel_pr', patient: 'Jane Roe', amountAll: true, cancelReason: 'duplicate' },
    ],
    // unchanged: the ruled-out action after a comma or at the end, a negated action.
    [
      "Not a write-off, refund Lila Grant's $20 payment",
      { intent: 'refund_payment', patient: 'Lila Grant', amountCents: 2000 },
    ],
    [
      'undo the $45 write-off on Derek Yoon - not a refund',
      { intent: 'undo_write_off', patient: 'Derek Yoon', amountCents: 4500 },
    ],
    [
      "Don't refund anything, just reverse the write-off on Cody Marsh",
      { intent: 'undo_write_off', patient: 'Cody Marsh' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('7. what is due, in the words of a statement', () => {
  it.each<Case>([
    [
      "Can you tell me Ms. Fairbanks' current patient responsibility?",
      { intent: 'balance', patient: 'Fairbanks' },
    ],
    ["can you tell me Mr. Tom Baker's current PR?", { intent: 'balance', patient: 'Tom Baker' }],
    [
      "I have Luis Herrera on the phone, what's his total due?",
      { intent: 'balance', patient: 'Luis Herrera' },
    ],
    ['Amount due for Georgia Wells?', { intent: 'balance', patient: 'Georgia Wells' }],
    ["What's the total due for Perry Nash?", { intent: 'balance', patient: 'Perry Nash' }],
    ["Mona Reed's amount due please", { intent: 'balance', patient: 'Mona Reed' }],
    ['balance due for Jane Doe?', { intent: 'balance', patient: 'Jane Doe' }],
    ["what's the amount owed on Bob Smith's account?", { intent: 'balance', patient: 'Bob Smith' }],
    ['total due on Lee Chen?', { intent: 'balance', patient: 'Lee Chen' }],
    ["what is Priya Patel's current PR", { intent: 'balance', patient: 'Priya Patel' }],
    ["Kwame's PR please", { intent: 'balance', patient: 'Kwame' }],
    // unchanged: the amount due of a batch, a PR told, "amount due" in other requests, coffee owed.
    ["what's the amount due on the batch?", { intent: 'help' }],
    ["what's the total due on the small balance batch?", { intent: 'help' }],
    ["Kwame's PR was posted twice", { patient: 'Kwame' }],
    [
      'the amount due was wrong, cancel the PR for Jane Roe',
      { intent: 'cancel_pr', patient: 'Jane Roe', amountAll: true, cancelReason: 'wrong_amount' },
    ],
    [
      'she paid the total due yesterday, write off $5 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 500 },
    ],
    ["who's picking up coffee for the 2pm meeting? I owe you $5 from last time", {}],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('8. whether waiving or writing off is lawful, asked', () => {
  it.each<Case>([
    ['Is it a compliance problem to routinely waive copays?', { intent: 'help' }],
    ['Is it legal to waive deductibles for staff?', { intent: 'help' }],
    ['Would routinely waiving copays get us in trouble?', { intent: 'help' }],
    ['Does waiving copays violate the anti-kickback statute?', { intent: 'help' }],
    ["what's the compliance risk of waiving copays?", { intent: 'help' }],
    ["Is it legal to waive Jane Doe's copay?", { intent: 'help', patient: 'Jane Doe' }],
    ['Can we waive copays for staff?', { intent: 'help' }],
    // unchanged: the request itself, asked or followed by the question.
    ['waive the $20 copay for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 }],
    ['Can you waive the copay for Tom Baker?', { intent: 'write_off', patient: 'Tom Baker' }],
    ["waive Tom Baker's copay, is that a compliance problem?", { intent: 'write_off', patient: 'Tom Baker' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
