/**
 * A blind tester's misses (batch 30, traffic written for five practices), each fixed by the rule
 * that failed and asserted with a variant of its wording family and near wordings that must not
 * change:
 *
 * 1. What the visit was, after a lower-case name, ends it: more service words ("cryo", "prophy",
 *    "eval", "visit"), "well" before "child"/"visit", and a short word with no vowel ("srp", "bx"),
 *    "ng" kept as the surname it is (name-boundary.ts). Real three-word names stay whole.
 * 2. A line pasted from a practice system opens with the patient in capitals, surname first, and a
 *    CPT code cues no name as an amount does ("11102 Tangential bx"); a doctor right after "for" at
 *    the amount is whom the action is for, and a place a person is "from" names no one
 *    (patient-mention.ts, not-the-patient.ts).
 * 3. The day an agency took, picked up or accepted the account is no date of service (date.ts).
 * 4. "the outstanding / unpaid / entire balance" is all of it, as "the balance" is (amount.ts).
 * 5. A cancelling told of the patient ("he had called to cancel") is no undo asked (intent.ts).
 * 6. A how-to question in the order of a statement ("how I can cancel …") is help (question.ts).
 * 7. Not asked of the app: lunch eaten (slang "eat it" needs money named), a reminder to the team
 *    with no patient or amount, thanks for what was done, a patient's payment promised (intent.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe('1. a service word or abbreviation after a lower-case name ends it', () => {
  it.each<Case>([
    [
      'wo $8 for isabella nwosu well child 10/14 small balance',
      {
        intent: 'write_off',
        patient: 'isabella nwosu',
        amountCents: 800,
        reason: 'small_balance',
        dateOfService: '2026-10-14',
      },
    ],
    [
      'w/o $40 hannah schmidt cryo 11/05 small bal',
      {
        intent: 'write_off',
        patient: 'hannah schmidt',
        amountCents: 4000,
        reason: 'small_balance',
        dateOfService: '2026-11-05',
      },
    ],
    [
      'w/o 11 for lucas bergstrom prophy small bal',
      { intent: 'write_off', patient: 'lucas bergstrom', amountCents: 1100, reason: 'small_balance' },
    ],
    [
      'w/o $38.40 for oksana kovalenko srp 11/19, admin error, front desk quoted wrong fee',
      {
        intent: 'write_off',
        patient: 'oksana kovalenko',
        amountCents: 3840,
        reason: 'administrative',
        dateOfService: '2026-11-19',
      },
    ],
    // Variants of the family.
    [
      'w/o $25 for maya okafor bx 10/30 small bal',
      {
        intent: 'write_off',
        patient: 'maya okafor',
        amountCents: 2500,
        reason: 'small_balance',
        dateOfService: '2026-10-30',
      },
    ],
    [
      'refund $30 to daniel reyes pt 11/02',
      { intent: 'refund_payment', patient: 'daniel reyes', amountCents: 3000, dateOfService: '2026-11-02' },
    ],
    [
      'w/o $15 for grace liu eval small bal',
      { intent: 'write_off', patient: 'grace liu', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      'w/o $20 for noah kim well visit 10/01 small bal',
      {
        intent: 'write_off',
        patient: 'noah kim',
        amountCents: 2000,
        reason: 'small_balance',
        dateOfService: '2026-10-01',
      },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'w/o $40 for maria de la cruz 10/14 small bal',
      {
        intent: 'write_off',
        patient: 'maria de la cruz',
        amountCents: 4000,
        reason: 'small_balance',
        dateOfService: '2026-10-14',
      },
    ],
    [
      'w/o $40 for mary ann smith small bal',
      { intent: 'write_off', patient: 'mary ann smith', amountCents: 4000, reason: 'small_balance' },
    ],
    [
      'w/o $12 for kevin ng 10/14 small bal',
      {
        intent: 'write_off',
        patient: 'kevin ng',
        amountCents: 1200,
        reason: 'small_balance',
        dateOfService: '2026-10-14',
      },
    ],
    [
      'w/o $30 for Mary Ann Wells hardship',
      { intent: 'write_off', patient: 'Mary Ann Wells', amountCents: 3000, reason: 'financial_hardship' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('2. the patient of pasted practice text, and a place is no patient', () => {
  it.each<Case>([
    [
      'ZHANG, WEI  MRN 20391  DOS 08/12/2026  11102 Tangential bx  Pt Resp: $112.00  Status: 120+ days -- w/o bad debt, 4 stmts sent',
      {
        intent: 'write_off',
        patient: 'ZHANG, WEI',
        amountCents: 11_200,
        reason: 'bad_debt',
        dateOfService: '2026-08-12',
      },
    ],
    [
      'OKAFOR, GRACE  DOS 09/03/2026  99213 Office visit  Pt Resp: $45.00 -- w/o small bal',
      {
        intent: 'write_off',
        patient: 'OKAFOR, GRACE',
        amountCents: 4500,
        reason: 'small_balance',
        dateOfService: '2026-09-03',
      },
    ],
    [
      'Write off $150 for Dr. Linda Faulk, retired GP from Millerton — professional courtesy per Dr. Haynes',
      { intent: 'write_off', patient: 'Linda Faulk', amountCents: 15_000, reason: 'professional_courtesy' },
    ],
    [
      'w/o $60 for Dr. Omar Haddad, a retired dentist from Fairview, professional courtesy',
      { intent: 'write_off', patient: 'Omar Haddad', amountCents: 6000, reason: 'professional_courtesy' },
    ],
    [
      'write off $40 for Jane Doe, our neighbor from Springfield, hardship',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'financial_hardship' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      "refund $20 from Bob Smith's payment",
      { intent: 'refund_payment', patient: 'Bob Smith', amountCents: 2000 },
    ],
    [
      'courtesy for Dr. Ruth Adler $50',
      { intent: 'write_off', patient: 'Ruth Adler', amountCents: 5000, reason: 'professional_courtesy' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('3. the day an agency took the account is no date of service', () => {
  it.each<Case>([
    [
      "w/o all of darnell washington's balance, collections agency took it 11/1",
      { intent: 'write_off', patient: 'darnell washington', amountAll: true, reason: 'collection_agency' },
    ],
    [
      'write off $60 for Jane Doe, bad debt, the agency picked it up on 10/2',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 6000, reason: 'bad_debt' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'w/o $60 for Jane Doe 10/2 visit, agency',
      {
        intent: 'write_off',
        patient: 'Jane Doe',
        amountCents: 6000,
        reason: 'collection_agency',
        dateOfService: '2026-10-02',
      },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('4. the outstanding balance is all of it', () => {
  it.each<Case>([
    [
      'Please write off the outstanding balance for Mrs. Eleanor Whitfield, who passed away on 11/12/2026',
      { intent: 'write_off', patient: 'Eleanor Whitfield', amountAll: true, reason: 'deceased' },
    ],
    [
      'refund the unpaid balance for Tom Baker',
      { intent: 'refund_payment', patient: 'Tom Baker', amountAll: true },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'write off $20 of the outstanding balance for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe("5. the patient's own cancelling told is no undo", () => {
  it.each<Case>([
    [
      'ugh, write off $20 for Diego Morales 😅 we charged him for a no-show but he had actually called to cancel, our mistake',
      { intent: 'write_off', patient: 'Diego Morales', amountCents: 2000, reason: 'administrative' },
    ],
    [
      'write off the $35 no-show fee for Jane Doe, she phoned ahead to cancel, our error',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 3500, reason: 'administrative' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ['undo the write-off for Jane Doe', { intent: 'undo_write_off', patient: 'Jane Doe' }],
    ["cancel Jane Doe's write-off", { intent: 'undo_write_off', patient: 'Jane Doe' }],
    [
      'cancel the duplicate PR for Jane Doe',
      { intent: 'cancel_pr', patient: 'Jane Doe', cancelReason: 'duplicate' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('6. a how-to question in the order of a statement', () => {
  it.each<Case>([
    ['Please, how I can cancel a PR that is duplicate?', { intent: 'help' }],
    ['how we should refund a payment made by card?', { intent: 'help' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    [
      'cancel the duplicate PR for Jane Doe please',
      { intent: 'cancel_pr', patient: 'Jane Doe', cancelReason: 'duplicate' },
    ],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('7. news, reminders and thanks ask nothing of the app', () => {
  it.each<Case>([
    ['lunch is here 🍕 come grab it before the PTs eat it all', {}],
    ["cake in the break room, eat it before it's gone", {}],
    ['Reminder: month-end close is Monday, please finish your write-offs by Friday.', {}],
    ['heads up: get your refunds posted before close', {}],
    ['Sakura Yamamoto said thanks for the write-off 😊', { patient: 'Sakura Yamamoto' }],
    ['Bob Smith said thank you for the refund!', { patient: 'Bob Smith' }],
    ["Olga Petrova's daughter called, she'll pay the balance next week", { patient: 'Olga Petrova' }],
    ['Tom Baker said he is going to pay his balance on Friday', { patient: 'Tom Baker' }],
  ])('%s', (text, expected) => expectFrame(text, expected));

  it.each<Case>([
    ["we'll just eat the $12 for Jane Doe", { intent: 'write_off', patient: 'Jane Doe', amountCents: 1200 }],
    [
      'Reminder: write off $20 for Tom Baker, hardship',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 2000, reason: 'financial_hardship' },
    ],
    [
      'thanks for the refund! can you also write off $5 for Lee Chen',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 500 },
    ],
    [
      'Tom Baker says he will pay the balance friday, what does he owe?',
      { intent: 'balance', patient: 'Tom Baker' },
    ],
    ["what's Olga Petrova's balance?", { intent: 'balance', patient: 'Olga Petrova' }],
  ])('unchanged: %s', (text, expected) => expectFrame(text, expected));
});

describe('8. a verb of talking that opens the message is no name', () => {
  // "Spoke" and "Talked" sit where a name may sit (capitalised, first); read as a name, the
  // approver rule that ranks the person spoken with below any other name made the verb the patient.
  it.each<Case>([
    [
      "Spoke with Tom Baker this morning. He lost his job in October and can't cover the $180 from his Oct 14 visit. Linda approved it, please write it off.",
      {
        intent: 'write_off',
        patient: 'Tom Baker',
        amountCents: 18_000,
        reason: 'financial_hardship',
        dateOfService: '2026-10-14',
      },
    ],
    [
      'Talked with Jane Doe today, write off $20 small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000, reason: 'small_balance' },
    ],
    [
      'Called Bob Smith, he was laid off. Write off $40 hardship',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 4000, reason: 'financial_hardship' },
    ],
    // unchanged: the person spoken with is the approver when the patient is named too.
    [
      'Talked to Karen (manager) and she agreed. Tom Baker has 3 dollars and 12 cents left over from the Sept visit, not worth a statement, write it off.',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 312, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
