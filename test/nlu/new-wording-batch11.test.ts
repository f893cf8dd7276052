/**
 * The eleventh batch of fresh wording (today 2026-11-27). Each misreading is tested with the
 * sentence as written and with variants of our own, and with counter-examples that must keep
 * their reading, so that each fix is a rule for the family of wordings, not for one sentence.
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. a request held off never becomes an action; the question asked instead wins', () => {
  it.each<Case>([
    [
      "Heads up, Ken Ito's charity application is pending. Once it's approved we'll write off the $300, don't do anything yet. Just tell me what he owes right now",
      { intent: 'balance', patient: 'Ken Ito' },
    ],
    // Variants: "hold off", "not yet", "wait on it", "sit on it", "don't touch it", a plan on a
    // condition not met yet.
    [
      "Jane Doe's hardship app is still pending, we'll w/o the $120 once it's approved. Hold off for now - what's her balance?",
      { intent: 'balance', patient: 'Jane Doe' },
    ],
    [
      'refund $25 to Bob Smith when the check clears, not yet though. How much does he owe?',
      { intent: 'balance', patient: 'Bob Smith' },
    ],
    [
      "Tom Baker's estate paperwork isn't in, wait on it. What's his balance?",
      { intent: 'balance', patient: 'Tom Baker' },
    ],
    [
      "don't touch it for now, just check what Priya Patel owes",
      { intent: 'balance', patient: 'Priya Patel' },
    ],
    [
      "Heads up, Ken Ito's charity application is pending. Once it's approved we'll write off the $300. What does he owe right now?",
      { intent: 'balance', patient: 'Ken Ito' },
    ],
    // Nothing else asked: no request at all.
    [
      "Priya Patel will probably get charity care, we'll write off the rest then. Don't do anything yet.",
      { intent: 'unknown', patient: 'Priya Patel' },
    ],
    [
      "we'll refund Bob Smith $20 once his card dispute closes, sit on it for now",
      { intent: 'unknown', patient: 'Bob Smith' },
    ],
    [
      'hold off on the write-off for Jane Doe until the appeal comes back',
      { intent: 'unknown', patient: 'Jane Doe' },
    ],
    ["Please don't do anything with Jane Doe's account yet", { intent: 'unknown', patient: 'Jane Doe' }],
    // An undo told as possible later is no undo: the write-off is asked.
    [
      'write off $40 for Jane Doe, hardship, we can always take it back later',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'write off $40 for Jane Doe, we can always undo it later',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: waiting told in a story, "not yet" of a state, a course chosen instead.
  it.each<Case>([
    [
      "don't forget to write off $40 for Helen Wu, hardship",
      { intent: 'write_off', patient: 'Helen Wu', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'the patient had to wait for 2 hours, write off $40 for Jane Doe service recovery',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'service_recovery' },
    ],
    [
      'the claim was on hold for weeks, write off $40 for Jane Doe service recovery',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'service_recovery' },
    ],
    [
      "write off $40 for Jane Doe, she hasn't paid yet",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    ['wait, write off $20 for Tom Baker', { intent: 'write_off', patient: 'Tom Baker', amountCents: 2000 }],
    [
      'hold off on the write-off, refund Jane Doe $20 instead',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 2000 },
    ],
    [
      "don't write it off, cancel the PR instead, it was a duplicate",
      { intent: 'cancel_pr', amountAll: true, cancelReason: 'duplicate' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. undo said in other words ("take it back", "unwind", "back it out") undoes a write-off', () => {
  it.each<Case>([
    [
      'The $40 hardship write-off on Lydia Chu, please take it back. Turns out her insurance is paying after all',
      { intent: 'undo_write_off', patient: 'Lydia Chu', amountCents: 4000 },
    ],
    [
      'please unwind the courtesy w/o for FELICITY AHN, the doc says he never approved it',
      { intent: 'undo_write_off', patient: 'FELICITY AHN' },
    ],
    // Variants: back it out, pull it back, walk it back, roll it back (the day it was made is no
    // date of service).
    [
      'the small bal write-off for Tom Baker from Monday - can you back it out?',
      { intent: 'undo_write_off', patient: 'Tom Baker' },
    ],
    [
      'pull that write-off back for Jane Doe, she is paying after all',
      { intent: 'undo_write_off', patient: 'Jane Doe' },
    ],
    [
      'we need to walk back the $25 courtesy w/o on Priya Patel',
      { intent: 'undo_write_off', patient: 'Priya Patel', amountCents: 2500 },
    ],
    [
      'roll it back - the hardship w/o on Bob Smith was wrong',
      { intent: 'undo_write_off', patient: 'Bob Smith' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: money given back is a refund; taking an amount off is a write-off.
  it.each<Case>([
    [
      'Jane Doe paid $30 by mistake, please give it back',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 3000 },
    ],
    [
      "take $10 off Jane Doe's balance, courtesy",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1000, reason: 'professional_courtesy' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. a whole told as context ("$50 of the $80") is a story amount, not the one asked', () => {
  it.each<Case>([
    [
      'Abigail Horne paid $50 of the $80 on the spot, write off the remaining $30 per the prompt pay policy',
      { intent: 'write_off', patient: 'Abigail Horne', amountCents: 3000, reason: 'prompt_pay_discount' },
    ],
    [
      'Tom Baker paid $20 out of his $90 today, please w/o the other $70 hardship',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 7000, reason: 'financial_hardship' },
    ],
    [
      'she covered 40 dollars of the $100, write off the leftover $60 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 6000 },
    ],
    // "the rest" of a whole of which a part was paid is worked out, and is still the rest.
    [
      'Jane Doe paid $50 of the $80, write off the rest',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, amountAll: true },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: an amount after the command, a part of a payment, a part asked of a whole.
  it.each<Case>([
    [
      'Jane Doe paid $50 of the $80, write off $20 courtesy',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'professional_courtesy' },
    ],
    [
      'refund $15 of the $40 payment to Jane Doe',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 1500 },
    ],
    [
      'write off $30 of the $130 for Jane Doe, small bal',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. an amount after "instead of" is not the amount; "the rest" after a part kept is no amount (the form asks for it)', () => {
  it.each<Case>([
    [
      'from Devon in billing:\n"I accidentally wrote off Marisol Ybarra\'s whole 11/9 balance instead of just the $10, can we undo it?"',
      { intent: 'undo_write_off', patient: 'Marisol Ybarra', dateOfService: '2026-11-09' },
    ],
    [
      "I wrote off Tom Baker's whole balance instead of the $15, please reverse it",
      { intent: 'undo_write_off', patient: 'Tom Baker' },
    ],
    [
      'refund $20 to Jane Doe rather than the $50',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 2000 },
    ],
    [
      'write off $30 for Jane Doe instead of $50, courtesy',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, reason: 'professional_courtesy' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // An amount kept before "the rest" leaves the rest less than all that is outstanding: not all of
  // it, and the amount is asked (batch 32, amount-kept.ts).
  it.each<Case>([
    [
      "keep the $20 copay on Desmond Pryce's account but write off the rest of the 10/17 visit, hardship app approved",
      {
        intent: 'write_off',
        patient: 'Desmond Pryce',
        reason: 'financial_hardship',
        dateOfService: '2026-10-17',
      },
    ],
    [
      "leave $10 on Bob Smith's account and write off the remaining balance, small bal",
      { intent: 'write_off', patient: 'Bob Smith', reason: 'small_balance' },
    ],
    // A part kept with no amount leaves the rest less than all that is outstanding too: read as all
    // of it, the copay meant to be kept was written off. Not all, and the amount is asked (batch 33,
    // amount-kept.ts).
    ["keep the copay, w/o whatever's left for Jane Doe", { intent: 'write_off', patient: 'Jane Doe' }],
    ['except for the copay, write off the rest for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a part taken out of "the rest", "the rest" kept, a part set aside from all.
  it.each<Case>([
    ['write off the rest, but leave the copay, Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
    [
      'write off $30 for Jane Doe, keep the rest',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000 },
    ],
    ['write off everything except the $20 copay for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
    ['write off all but $10 for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('5. who is no patient: a forwarder, a doctor, a word that opens a sentence, a time, a coworker', () => {
  it.each<Case>([
    // The coworker who passed the message on.
    [
      'from Maria at the front desk: "Mr. Alvarez says his card got charged twice for the copay, can we give him his $30 back?"',
      { intent: 'refund_payment', patient: 'Alvarez', amountCents: 3000 },
    ],
    [
      "From Maria at the front desk: 'Lorraine Beck is at the window asking what she owes.'",
      { intent: 'balance', patient: 'Lorraine Beck' },
    ],
    [
      "fwd from Lena (front desk): 'Priya Patel wants to know her balance'",
      { intent: 'balance', patient: 'Priya Patel' },
    ],
    [
      'note from Sam at check-in:\n"Tom Baker paid $40 twice, can we refund one of them?"',
      { intent: 'refund_payment', patient: 'Tom Baker', amountCents: 4000 },
    ],
    // A doctor whose relative is the patient.
    [
      "WRITE OFF $60 - CHEN, MARGARET - MRN 0045521 - courtesy, she's Dr. Adeyemi's mother-in-law",
      { intent: 'write_off', patient: 'CHEN, MARGARET', amountCents: 6000, reason: 'professional_courtesy' },
    ],
    [
      "write off $50 for Tom Baker, courtesy - he is Dr. Patel's father",
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 5000, reason: 'professional_courtesy' },
    ],
    [
      "courtesy write-off $80 for Dr. Lee's wife",
      { intent: 'write_off', amountCents: 8000, reason: 'professional_courtesy' },
    ],
    // A word that opens a sentence to carry the story on.
    [
      "So Patricia Gale's son called. She's been in hospice since October and died last week. Family asked us to write off what's left on her account.",
      { intent: 'write_off', patient: 'Patricia Gale', amountAll: true, reason: 'deceased' },
    ],
    [
      'Well Jane Doe paid $50 today, write off the rest',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
    [
      'Actually Tom Baker wants a refund of $20',
      { intent: 'refund_payment', patient: 'Tom Baker', amountCents: 2000 },
    ],
    ['Anyway Bob Smith called, what does he owe?', { intent: 'balance', patient: 'Bob Smith' }],
    // A time before a word cues no name; a doctor or a coworker in a text that asks nothing of ours.
    ["who's covering the phones during the 2pm huddle?", { intent: 'unknown' }],
    ["who's doing the 9am standup today?", { intent: 'unknown' }],
    [
      "Can someone resend the October aging report to Dr. Lin? She says the attachment didn't open",
      { intent: 'unknown' },
    ],
    ['Dr. Lin wants the aging report by end of day', { intent: 'unknown' }],
    ['ask Lin if the EOB came in', { intent: 'unknown' }],
    ['can someone email Dr. Okafor the denial list?', { intent: 'unknown' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: the patient's own name, a doctor as the patient, a name after an amount.
  it.each<Case>([
    ['from Jane Doe: can you check my balance', { intent: 'balance', patient: 'Jane Doe' }],
    ['Jane Doe at the window asked: what do I owe?', { intent: 'balance', patient: 'Jane Doe' }],
    [
      'msg from Devon in billing: write off $15 for Tom Baker, small bal',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      'write off $60 for Dr. Ruth Adler, professional courtesy',
      { intent: 'write_off', patient: 'Ruth Adler', amountCents: 6000, reason: 'professional_courtesy' },
    ],
    ["what's Dr. Ruth Adler's balance?", { intent: 'balance', patient: 'Ruth Adler' }],
    ["why can't I refund Dr. Ruth Adler?", { intent: 'help', patient: 'Ruth Adler' }],
    [
      'write off $40 for Jane Well, hardship',
      { intent: 'write_off', patient: 'Jane Well', amountCents: 4000, reason: 'financial_hardship' },
    ],
    ['during the 10am huddle Bob Smith asked what he owes', { intent: 'balance', patient: 'Bob Smith' }],
    [
      'writeoff 25 helen wu hardship',
      { intent: 'write_off', patient: 'helen wu', amountCents: 2500, reason: 'financial_hardship' },
    ],
    ['write off $40 for Lin Chen', { intent: 'write_off', patient: 'Lin Chen', amountCents: 4000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('6. a PR said never to have been owed is cancelled, "cancel" or not', () => {
  it.each<Case>([
    [
      "the PR on Bernadette Sousa's 11/3 visit should never have been there. She has Medicaid, it was entered as self-pay by mistake",
      {
        intent: 'cancel_pr',
        patient: 'Bernadette Sousa',
        amountAll: true,
        dateOfService: '2026-11-03',
        cancelReason: 'entered_in_error',
      },
    ],
    [
      "This balance for Casimir Nowak shouldn't exist at all, he was a no-show and someone created a self-pay charge. Zero it out as an error, not a write-off.",
      { intent: 'cancel_pr', patient: 'Casimir Nowak', cancelReason: 'entered_in_error' },
    ],
    [
      "Roberta Finnegan's placeholder PR from Nov 2nd needs to come off. Remit came back and she owes nothing, so it's wrong, not something we're forgiving",
      { intent: 'cancel_pr', patient: 'Roberta Finnegan', dateOfService: '2026-11-02' },
    ],
    [
      "Tom Baker's 10/2 charge shouldn't have been billed at all, he was never seen that day",
      {
        intent: 'cancel_pr',
        patient: 'Tom Baker',
        dateOfService: '2026-10-02',
        cancelReason: 'entered_in_error',
      },
    ],
    [
      "the $45 PR on Jane Doe's account doesn't belong there, it was posted to the wrong patient",
      // The amount names the PR cancelled (known-misses-27); the cancel still takes all of it.
      { intent: 'cancel_pr', patient: 'Jane Doe', amountCents: 4500, cancelReason: 'entered_in_error' },
    ],
    [
      "Priya Patel's self-pay balance needs to come off, the estimate was wrong",
      { intent: 'cancel_pr', patient: 'Priya Patel' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a write-off asked, a balance asked, no billing thing.
  it.each<Case>([
    [
      "write off $40 for Jane Doe, it shouldn't be on her balance anyway, courtesy",
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'professional_courtesy' },
    ],
    [
      "Bob Smith's balance shouldn't be there, what does he owe now?",
      { intent: 'balance', patient: 'Bob Smith' },
    ],
    ["the meeting shouldn't be there, can you remove it", { intent: 'unknown' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('7. amounts with a scale word or a sign after them; dotted dates of service', () => {
  it.each<Case>([
    [
      "Write off 2 hundred for Clara Benedetti, she's a retired RN from our practice, pro courtesy",
      {
        intent: 'write_off',
        patient: 'Clara Benedetti',
        amountCents: 20000,
        reason: 'professional_courtesy',
      },
    ],
    [
      'write off 1.5 thousand for Jane Doe, bankruptcy',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 150000, reason: 'bankruptcy' },
    ],
    [
      'refund 3 hundred dollars to Bob Smith',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 30000 },
    ],
    [
      'w/o $2 hundred for Tom Baker hardship',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 20000, reason: 'financial_hardship' },
    ],
    [
      'please issue a refund of 45$ to Edgar Molina, he paid twice for the 5th of November visit',
      { intent: 'refund_payment', patient: 'Edgar Molina', amountCents: 4500, dateOfService: '2026-11-05' },
    ],
    ['refund 45 $ to Bob Smith', { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 4500 }],
    [
      'write off 12.50$ for Jane Doe small bal',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1250, reason: 'small_balance' },
    ],
    // Dotted dates where plainly a date: after DOS, before "visit", or alone on a request with no amount.
    [
      'Board member courtesy for WALTER PEMBERTON (acct 77310) - please write off his $150 from the 10.3 visit. Approved by Linda.',
      {
        intent: 'write_off',
        patient: 'WALTER PEMBERTON',
        amountCents: 15000,
        reason: 'professional_courtesy',
        dateOfService: '2026-10-03',
      },
    ],
    [
      'cancel PR for Dr. Mateo Lindgren, 9.14. The estimate was the wrong amount',
      {
        intent: 'cancel_pr',
        patient: 'Mateo Lindgren',
        dateOfService: '2026-09-14',
        cancelReason: 'wrong_amount',
      },
    ],
    [
      'write off $20 for Jane Doe DOS 10.3 small bal',
      {
        intent: 'write_off',
        patient: 'Jane Doe',
        amountCents: 2000,
        reason: 'small_balance',
        dateOfService: '2026-10-03',
      },
    ],
    [
      'what does Tom Baker owe for the 9.14 visit?',
      { intent: 'balance', patient: 'Tom Baker', dateOfService: '2026-09-14' },
    ],
    [
      'w/o $12 for Bob Smith, date of service 11.02',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1200, dateOfService: '2026-11-02' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a count with a scale word, a dotted amount where an amount goes.
  it.each<Case>([
    [
      'we saw 2 hundred patients today, write off $40 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
    [
      'write off 9.14 for Jane Doe small bal',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 914, reason: 'small_balance' },
    ],
    ['refund 10.30 to Bob Smith', { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 1030 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('8. reasons told by what happened: failed collection attempts, not worth a statement', () => {
  it.each<Case>([
    [
      'Please write off twenty-five dollars for Lucia Ferreira, statements came back undeliverable 3 times and her phone is disconnected',
      { intent: 'write_off', patient: 'Lucia Ferreira', amountCents: 2500, reason: 'bad_debt' },
    ],
    [
      'write off $80 for Tom Baker, statements keep coming back and the number is out of service',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 8000, reason: 'bad_debt' },
    ],
    [
      'w/o $60 Jane Doe - mail returned to sender, no forwarding address',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 6000, reason: 'bad_debt' },
    ],
    [
      'write off $4 for Jonah Pike pls, not worth sending another statement',
      { intent: 'write_off', patient: 'Jonah Pike', amountCents: 400, reason: 'small_balance' },
    ],
    [
      'w/o $3.10 for Bob Smith, not worth the postage',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 310, reason: 'small_balance' },
    ],
    [
      'write off $2 for Jane Doe, it costs more to mail a statement than that',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 200, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a statement named with no failed attempt, another reason given.
  it.each<Case>([
    ["Jane Doe's statement came back, what does she owe?", { intent: 'balance', patient: 'Jane Doe' }],
    [
      'write off $40 for Jane Doe, hardship, statement was sent',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('9. a day-and-month is no amount; the day something was done is no date of service', () => {
  it.each<Case>([
    [
      "remove the small-balance write-off from Arturo Beltrán's 3 Oct charge",
      { intent: 'undo_write_off', patient: 'Arturo Beltrán', dateOfService: '2026-10-03' },
    ],
    [
      "undo Arturo Beltrán's 3 Oct write-off",
      { intent: 'undo_write_off', patient: 'Arturo Beltrán', dateOfService: '2026-10-03' },
    ],
    [
      "reverse the write-off on Tom Baker's 12 Sept visit",
      { intent: 'undo_write_off', patient: 'Tom Baker', dateOfService: '2026-09-12' },
    ],
    [
      'Jess wrote off $40 on Tom Reyes yesterday by mistake, it was supposed to go on Tom Reyna. Can you reverse hers?',
      { intent: 'undo_write_off', patient: 'Tom Reyes', amountCents: 4000 },
    ],
    [
      'Dana wrote off the $25 for Bob Smith on Monday, please undo it',
      { intent: 'undo_write_off', patient: 'Bob Smith', amountCents: 2500 },
    ],
    [
      "Kim refunded Priya Patel's $30 yesterday by mistake, what does she owe now?",
      { intent: 'balance', patient: 'Priya Patel' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  // Counter-examples: a number after the name is still the amount; a visit's day and a payment's
  // day stay the date of service.
  it.each<Case>([
    ['refund Bob Smith 75', { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 7500 }],
    [
      "write off $20 for Jane Doe's visit yesterday, small bal",
      {
        intent: 'write_off',
        patient: 'Jane Doe',
        amountCents: 2000,
        reason: 'small_balance',
        dateOfService: '2026-11-26',
      },
    ],
    [
      // The day of a payment is not the date of service (known-misses-25).
      'Bob Smith paid $30 yesterday, refund $10 of it',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 1000, dateOfService: null },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
