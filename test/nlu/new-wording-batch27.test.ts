/**
 * A blind tester's misses (batch 27), each fixed by the rule that failed and asserted with a variant
 * of its wording family and near wordings that must not change:
 *
 * 1. Cents written in digits of any size ("1250 cents", "2,500 cents") are cents, as "99 cents" was
 *    (amount.ts). Read before, "1250 cents" was $1,250.
 * 2. A percent of an amount owned by a name written surname first ("50% of Chen, Lee's $90 payment")
 *    is that share of it (amount-fraction.ts).
 * 3. "write it all off", "waive it all", "refund it all" ask all of it (amount.ts).
 * 4. A date written year first with slashes ("2026/09/18") is a date, after "DOS" too (date.ts).
 * 5. A visit still to come ("Dr. Singh wants to see him 12/12", "his follow up is 12/12", "next appt
 *    Dec 15") is no date of service; a follow-up visit already past still is (date.ts).
 * 6. A name in the possessive set apart after the patient to say whose relative they are ("Ethan
 *    Park (Nurse Linda Park's son)", "Ethan Park, Linda Park's son") is not the patient
 *    (not-the-patient.ts, surname-first.ts).
 * 7. Another action named only to say it is not the one asked ("- not a write-off, she actually
 *    overpaid") starts no request and corrects none (first-request.ts).
 * 8. "what would happen if I wrote off …" asks how things work, as "what happens if …" does
 *    (question.ts).
 * 9. A prompt-pay discount noted after the amount it is taken of ("Lee Chen $14, 10% ppd") writes
 *    off that share of it (intent.ts, amount-fraction.ts).
 * 10. "$60 $65 sorry for Tom": the apology owns the slip, it names no service-recovery reason, and
 *     the amount after the slip is the one meant (parse.ts).
 * 11. The action named first and its status asked after a comma or dash ("the refund for Tom, is it
 *     done?") asks about it, not for it, as "is the refund for Tom done?" does (asked-part.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. cents written in digits, of any size, are cents', () => {
  it.each<Case>([
    [
      'Write off 1250 cents for Yusuf Demir, small balance',
      { intent: 'write_off', patient: 'Yusuf Demir', amountCents: 1250, reason: 'small_balance' },
    ],
    [
      'refund 2,500 cents to Bob Smith',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2500 },
    ],
    ['write off 1,250 cents for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 1250 }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['write off 99 cents for Tom Baker', { intent: 'write_off', patient: 'Tom Baker', amountCents: 99 }],
    [
      'write off 12 dollars and 40 cents for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1240 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('2. a percent of an amount owned by a name written surname first', () => {
  it.each<Case>([
    [
      "pls refund 50% of Chen, Lee's $90 payment",
      { intent: 'refund_payment', patient: 'Chen, Lee', amountCents: 4500 },
    ],
    [
      "refund 30% of Garcia, Maria's $60 copay",
      { intent: 'refund_payment', patient: 'Garcia, Maria', amountCents: 1800 },
    ],
    [
      "write off 50% of Chen, Lee's $90 balance",
      { intent: 'write_off', patient: 'Chen, Lee', amountCents: 4500 },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      "refund 50% of Lee Chen's $90 payment",
      { intent: 'refund_payment', patient: 'Lee Chen', amountCents: 4500 },
    ],
    [
      "refund $30 of Chen, Lee's $90 payment",
      { intent: 'refund_payment', patient: 'Chen, Lee', amountCents: 3000 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('3. "write it all off" asks all of it', () => {
  it.each<Case>([
    [
      'Pascal Girard - write it all off, deceased (obit ran 11/12)',
      { intent: 'write_off', patient: 'Pascal Girard', amountAll: true, reason: 'deceased' },
    ],
    [
      'Jane Doe - waive it all, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, reason: 'financial_hardship' },
    ],
    ['refund it all to Bob Smith', { intent: 'refund_payment', patient: 'Bob Smith', amountAll: true }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['write it off for Jane Doe', { intent: 'write_off', patient: 'Jane Doe' }],
    ["Jane Doe's balance, is it all paid?", { intent: 'balance', patient: 'Jane Doe' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('4. a date written year first with slashes', () => {
  it.each<Case>([
    [
      'w/o 30 for Haruto Sato 2026/09/18 hardship',
      {
        intent: 'write_off',
        patient: 'Haruto Sato',
        amountCents: 3000,
        reason: 'financial_hardship',
        dateOfService: '2026-09-18',
      },
    ],
    [
      'write off $30 for Haruto Sato DOS 2026/09/18, hardship',
      {
        intent: 'write_off',
        patient: 'Haruto Sato',
        amountCents: 3000,
        reason: 'financial_hardship',
        dateOfService: '2026-09-18',
      },
    ],
    [
      'w/o $40 for Jane Doe dob 1980/05/09 visit 2026/10/02',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, dateOfService: '2026-10-02' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'refund $15 to Jane Doe for her 2026-10-02 visit',
      { intent: 'refund_payment', patient: 'Jane Doe', amountCents: 1500, dateOfService: '2026-10-02' },
    ],
    [
      'write off $40 for Jane Doe, 2026/13/40',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('5. a visit still to come is no date of service', () => {
  it.each<Case>([
    [
      'Can you write off $200 for Gabriel Ruiz? Hardship. Also fyi Dr. Singh wants to see him 12/12.',
      { intent: 'write_off', patient: 'Gabriel Ruiz', amountCents: 20000, reason: 'financial_hardship' },
    ],
    [
      'write off $50 for Tom Baker, hardship - his follow up is 12/12',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 5000, reason: 'financial_hardship' },
    ],
    [
      'w/o $30 Jane Doe, next appt Dec 15, small bal',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, reason: 'small_balance' },
    ],
    [
      'w/o $30 Jane Doe 10/2, we will see her again 12/20',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3000, dateOfService: '2026-10-02' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $50 for Tom Baker for the follow-up visit on 11/3',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 5000, dateOfService: '2026-11-03' },
    ],
    [
      'write off $40 for Jane Doe follow up 10/14',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, dateOfService: '2026-10-14' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe("6. a relative's owner set apart after the patient is not the patient", () => {
  it.each<Case>([
    [
      "write off $95 for Ethan Park (Nurse Linda Park's son), professional courtesy",
      { intent: 'write_off', patient: 'Ethan Park', amountCents: 9500, reason: 'professional_courtesy' },
    ],
    [
      "write off $95 for Ethan Park, Linda Park's son, courtesy",
      { intent: 'write_off', patient: 'Ethan Park', amountCents: 9500, reason: 'professional_courtesy' },
    ],
    [
      "w/o $40 for Maya Cole - Ann Cole's daughter, courtesy",
      { intent: 'write_off', patient: 'Maya Cole', amountCents: 4000, reason: 'professional_courtesy' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      "Cy Dunn's dad paid 11/23; write off the leftover 4.80 small bal from his 11/9 visit",
      {
        intent: 'write_off',
        patient: 'Cy Dunn',
        amountCents: 480,
        reason: 'small_balance',
        dateOfService: '2026-11-09',
      },
    ],
    ["write off $95 for Linda Park's son", { intent: 'write_off', patient: 'Linda Park', amountCents: 9500 }],
    [
      'w/o $30 Nguyen, Thi Lan small bal',
      { intent: 'write_off', patient: 'Nguyen, Thi Lan', amountCents: 3000, reason: 'small_balance' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('7. another action named only to say it is not the one asked', () => {
  it.each<Case>([
    [
      'refund $20 to Ama Owusu — not a write-off, she actually overpaid',
      { intent: 'refund_payment', patient: 'Ama Owusu', amountCents: 2000 },
    ],
    [
      'refund Bob Smith $35 - this is not a writeoff, he actually paid twice',
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 3500 },
    ],
    [
      'write off $15 for Tom Baker - not a refund, actually small balance',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 1500, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $30 for Tom Baker. Actually no, refund him $30 instead',
      { intent: 'refund_payment', patient: 'Tom Baker', amountCents: 3000 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('8. "what would happen if I wrote off …" asks how things work', () => {
  it.each<Case>([
    ["what would happen if I wrote off Frank Li's balance?", { intent: 'help', patient: 'Frank Li' }],
    ["what would happen if I write off Frank Li's balance?", { intent: 'help', patient: 'Frank Li' }],
    ["What'd happen if we refunded Jane Doe's $40 copay?", { intent: 'help', patient: 'Jane Doe' }],
    ['what will happen if I undo the write-off for Tom Baker?', { intent: 'help', patient: 'Tom Baker' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ["what happens if I write off Frank Li's balance?", { intent: 'help', patient: 'Frank Li' }],
    ['what does Frank Li owe?', { intent: 'balance', patient: 'Frank Li' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('9. a prompt-pay discount noted after the amount it is taken of', () => {
  it.each<Case>([
    [
      'Lee Chen $14, 10% ppd',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 140, reason: 'prompt_pay_discount' },
    ],
    [
      'Jane Doe $200 - 5% prompt pay',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 1000, reason: 'prompt_pay_discount' },
    ],
    [
      'Bob Smith $85 15% ppd',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 1275, reason: 'prompt_pay_discount' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'w/o 10% prompt pay disc for Lee Chen, $14',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1400, reason: 'prompt_pay_discount' },
    ],
    [
      'write off $14 for Lee Chen ppd',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1400, reason: 'prompt_pay_discount' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('10. "sorry" right after a corrected amount owns the slip, it names no reason', () => {
  it.each<Case>([
    ['write off $60 $65 sorry for Tom', { intent: 'write_off', patient: 'Tom', amountCents: 6500 }],
    ['write off $30 $35 sorry for Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 3500 }],
    [
      'w/o $40 $45 oops for Jane Doe, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4500, reason: 'financial_hardship' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $60 for Tom Baker, sorry for the wait',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 6000, reason: 'service_recovery' },
    ],
    [
      'write off $60 for Tom Baker, $65 sorry',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 6500 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('11. the action named first, then whether it is done, is no request for it', () => {
  it.each<Case>([
    ['the refund for Tom, is it done?', { patient: 'Tom' }],
    ["Jane Doe's write-off - did it go through?", { patient: 'Jane Doe' }],
    ['that $40 refund for Bob Smith, has it been processed yet?', { patient: 'Bob Smith' }],
    ['the write-off for Jane Doe, was it approved?', { patient: 'Jane Doe' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['is the refund for Tom done?', { patient: 'Tom' }],
    [
      'refund Tom Baker $20, is that ok?',
      { intent: 'refund_payment', patient: 'Tom Baker', amountCents: 2000 },
    ],
    ["refund Jane Doe's copay, is it possible?", { intent: 'refund_payment', patient: 'Jane Doe' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});
