/**
 * Help questions of the twentieth probe, asked through `cli ask` (as the outside checks ask) on
 * the demo practice, each fixed by a general rule about the question's shape:
 *
 * A. Names, for privacy: a provider's name after "Dr." is no patient (provider-named.ts); a word of
 *    everyday English opening a sentence is no name, and is never matched by a slip of a letter
 *    (ordinary-words.ts); one first name in lower case whose balance is asked lists the patients
 *    of that name, and only those (lone-name.ts).
 * B. Why a charge's figure changed: what brought it down (written-down.ts), what re-opened it and
 *    what can be done now (reopened-asked.ts, owed-again.ts), and an estimate beside the
 *    remittance that replaces it (estimate-situation.ts).
 * C. The article the question's shape asks: a statement paid twice, an estimate and its
 *    remittance, a write-off to fix or move, who sees the audit trail, all a patient owes, a
 *    biller's shorthand for a write-off, and many patients' balances.
 * D. Every part of a question answered: how refunded money reaches the patient, what a batch
 *    takes (its minimum age, no single accounts left out), the discount's size, and the total
 *    asked beside a charge.
 */
import { describe, expect, it } from 'vitest';
import { asksForBalance, asksTotalToo } from '../../src/help/balance-asked.ts';
import { asksBatchMinimumAge, asksToLeaveOutOfBatch } from '../../src/help/batch-scope-asked.ts';
import { closeToName } from '../../src/help/close-names.ts';
import { asksAboutEstimateAndRemittance } from '../../src/help/estimate-asked.ts';
import { asksToFixWriteOff } from '../../src/help/fix-asked.ts';
import { loneNameAsked } from '../../src/help/lone-name.ts';
import { asksManyBalances } from '../../src/help/off-topic.ts';
import { atSentenceStart, isOrdinaryWord } from '../../src/help/ordinary-words.ts';
import { afterProviderTitle, providerActing } from '../../src/help/provider-named.ts';
import { asksApprovalRecheck } from '../../src/help/recheck-asked.ts';
import { asksWhyOwedAgain } from '../../src/help/reopened-asked.ts';
import { asksToWriteOffWholeBalance } from '../../src/help/whole-balance.ts';
import { listsNoPatient, sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const ask = demo.ask;

describe('A1. a provider named after "Dr." is not a patient', () => {
  it.each([
    "Dr. Lewis wants to waive the bill for the office manager's mother. How should that be recorded?",
    // Variants: "Doctor", and the reason said in words.
    'Doctor Lewis asked us to waive the copay for his sister as a courtesy. How do I record it?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    listsNoPatient(answer.answer);
    expect(answer.answer).not.toContain('Diego Lewis');
    expect(answer.answer).not.toContain('Grace Lewis');
    expect(answer.answer).toContain(
      'Written off as _Professional courtesy_, it needs a note: who the courtesy is for and why.',
    );
  });

  // Counter-example: a patient spelled out in full after the title is still the patient.
  it('a patient who is a doctor, named in full, is still found', async () => {
    const answer = await ask('write off $60 for Dr. Grace Lewis, professional courtesy');
    expect(answer.answer).toContain('*Grace Lewis – ');
  });

  it('reads the title and the provider acting', () => {
    expect(afterProviderTitle('Dr. Lewis wants to waive it', 'Lewis')).toBe(true);
    expect(afterProviderTitle('our provider Lewis said so', 'Lewis')).toBe(true);
    expect(afterProviderTitle("what's Grace Lewis's balance?", 'Lewis')).toBe(false);
    expect(providerActing('Dr. Grace Lewis wants to waive it', 'Grace Lewis')).toBe(true);
    expect(providerActing('write off $60 for Dr. Grace Lewis, courtesy', 'Grace Lewis')).toBe(false);
  });
});

describe('A2. an everyday word opening a sentence is no name, nor a slip of one', () => {
  it.each([
    'While my write-off was waiting for approval the patient paid part of it. What happens when the manager approves?',
    // Variants: another opener, and "sat waiting".
    'Meanwhile the patient paid part of it, what happens when my manager approves the write-off?',
    'While the request sat waiting for approval a payment came in. Does the approval still go through?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    listsNoPatient(answer.answer);
    expect(answer.answer).not.toContain('White');
    expect(answer.topic).toBe('approvals-limits');
    expect(sectionsOf(answer.answer)[0]).toBe('Approving or rejecting a request');
    expect(answer.answer).toContain('Approving checks every write-off rule again');
    expect(answer.answer).toContain('nothing is written off');
  });

  // Counter-example: a surname that is an everyday-looking word is still a name.
  it('a patient whose name is asked is still found', async () => {
    const answer = await ask("Lucas White's balance?");
    expect(answer.answer).toContain('Lucas White owes');
  });

  it('suggests no patient for an everyday word one letter from a name', () => {
    const patient = (firstName: string, lastName: string) => ({
      id: 1,
      mrn: 'X-1',
      firstName,
      lastName,
      fullName: `${firstName} ${lastName}`,
      dateOfBirth: '1970-01-01',
      outstandingCents: 0,
    });
    expect(closeToName('Will Smith', patient('Bill', 'Smith'))).toBe(false);
    expect(closeToName('Lucas While', patient('Lucas', 'White'))).toBe(false);
    // Counter-example: a slip in a word that is no everyday word is still suggested.
    expect(closeToName('Jane Deo', patient('Jane', 'Doe'))).toBe(true);
  });

  it('reads everyday words and where a sentence starts', () => {
    expect(isOrdinaryWord('While')).toBe(true);
    expect(isOrdinaryWord('Meanwhile')).toBe(true);
    expect(isOrdinaryWord('White')).toBe(false);
    expect(atSentenceStart('While my write-off was waiting', 'While')).toBe(true);
    expect(atSentenceStart('It paid. While it waited', 'While')).toBe(true);
    expect(atSentenceStart('for Lucas White', 'White')).toBe(false);
    expect(
      asksApprovalRecheck('my request is still pending and a payment came in, will it be approved?'),
    ).toBe(true);
    expect(asksApprovalRecheck('how long does an approval request wait before it expires?')).toBe(false);
  });
});

describe('A3. one first name in lower case, its balance asked, lists the patients of that name', () => {
  it.each([
    ['jane balance', ['Jane Doe', 'Jane Roe']],
    // Variants: "balance for …" and "what does … owe".
    ['balance for jane', ['Jane Doe', 'Jane Roe']],
    ['oliver balance?', ['Oliver Johnson', 'Oliver Walker']],
    ['what does oliver owe?', ['Oliver Johnson', 'Oliver Walker']],
  ])('%s', async (question, names) => {
    const answer = await ask(question);
    expect(answer.answer).toContain('Several patients match; ask again with the full name or MRN:');
    for (const name of names) expect(answer.answer).toContain(`• ${name} · DOB`);
    // Only those whose own name it is: a slip of a letter ("Janet") is no reason to list someone.
    expect(answer.answer).not.toContain('Janet Doe');
  });

  // Counter-examples (the older rule): a lower-case word not asked for its balance lists nobody.
  it.each(["why can't I write off for jane?", 'total balance'])('%s', async (question) => {
    listsNoPatient((await ask(question)).answer);
  });

  it('reads the word whose balance is asked', () => {
    expect(loneNameAsked('jane balance')).toBe('jane');
    expect(loneNameAsked("oliver's balance?")).toBe('oliver');
    expect(loneNameAsked('total balance')).toBeUndefined();
    expect(loneNameAsked('my balance?')).toBeUndefined();
  });
});

describe('B1. a charge whose figure went down says what brought it down', () => {
  it.each([
    'Why does Jane Roe only owe $100 on her PT visit when it was $150?',
    // Variants: no service named (the amounts name it), "down to".
    'why does jane roe owe only $100 when it was $150?',
    "how come Jane Roe's physical therapy is down to $100?",
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.answer).toContain('*Jane Roe – Physical therapy 97110 (2026-07-08)*');
    expect(answer.answer).toContain('$100.00 is outstanding on this charge; $50.00 was written off.');
    expect(answer.answer).toMatch(
      /It was brought down by a write-off of \$50\.00 \(_Prompt-pay discount_\) made by demo \(command line\) on \d{4}-\d\d-\d\d\./,
    );
  });
});

describe('B2. a charge owed again says what re-opened it and what can be done now', () => {
  it.each([
    "I thought maria garcia's september office visit was written off — why is it outstanding again?",
    // Variant: "showing a balance again".
    "why is Maria Garcia's September visit showing a balance again?",
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('undo-write-off');
    expect(answer.answer).toContain('*María García – Office visit 99213 (2026-09-02)*');
    expect(answer.answer).toMatch(
      /A write-off of \$40\.00 on it was undone by demo \(command line\) on \d{4}-\d\d-\d\d/,
    );
    expect(answer.answer).toContain('if it should not be collected, write it off again');
    expect(answer.blockers).toEqual([]);
  });

  it.each([
    "We refunded Bob Smith's payment on the knee MRI. Why is he showing $200 owed again?",
    // Variant: the refund told in the passive.
    "Bob Smith's MRI was refunded — why is it outstanding again?",
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('refund-payment');
    expect(answer.answer).toContain('*Bob Smith – MRI knee 73721 (2026-08-12)*');
    expect(answer.answer).toMatch(
      /The \$80\.00 paid on it was refunded in full \(by demo \(command line\) on /,
    );
    expect(answer.answer).toContain(
      'is owed again until it is paid or written off (PR from an insurance remittance cannot be cancelled)',
    );
    expect(sectionsOf(answer.answer)[0]).toBe('A refund re-opens the PR');
    // Not the cancel article's "refund first, then cancel", which does not apply to it.
    expect(answer.answer).not.toContain('Payments are applied');
    // No made-up amount beside the patient's name in the examples.
    expect(answer.answer).not.toContain('$25');
  });

  it('reads a balance asked again, and leaves other questions alone', () => {
    expect(asksWhyOwedAgain('why is it outstanding again?')).toBe(true);
    expect(asksWhyOwedAgain('how come her balance came back?')).toBe(true);
    expect(asksWhyOwedAgain('can I write it off again?')).toBe(false);
  });
});

describe('B3. an estimate beside its remittance is told as such, with the cancel rules', () => {
  it.each([
    'Kwame Harris has two lab panels in October, an estimate he paid ($125) and the remittance ($145). Did he get billed twice, and what should I do?',
    // Variants: "double billed", "charged twice".
    'was kwame harris double billed for his lab panel?',
    'Kwame Harris got charged twice for the October lab panel?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('cancel-pr');
    expect(answer.answer).toContain('*Kwame Harris – Lab panel 80053 (2026-10-09)*');
    expect(answer.answer).toContain(
      'Lab panel 80053 (2026-10-09) is an estimate collected at the visit (placeholder PR, $125.00, paid)',
    );
    expect(answer.answer).toContain(
      'Lab panel 80053 (2026-10-11) is the PR from the insurance remittance ($145.00 outstanding)',
    );
    expect(answer.answer).toContain("the remittance's PR stays");
    expect(answer.blockers?.map((b) => b.code)).toEqual(['HAS_PAYMENTS']);
    expect(answer.answer).toContain('Refund the payment first, then cancel the PR.');
    expect(sectionsOf(answer.answer)[0]).toBe('An estimate, then the remittance');
  });
});

describe('C1. money paid twice is refunded', () => {
  it.each([
    'A patient paid the same statement twice, once on the portal and again at the front desk. What do I do with the extra money?',
    // Variant: "double paid".
    'the patient double paid her copay, what do I do with the extra payment?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('refund-payment');
    expect(sectionsOf(answer.answer)).toContain('Paid twice');
    expect(answer.answer).toContain('the second payment is the one to refund');
    expect(answer.answer).toContain('Only billing managers and admins can refund');
  });
});

describe('C2. an estimate and the remittance that replaces it: the estimate is cancelled', () => {
  it.each([
    'We collected an estimate at check-in and then the remittance came back lower. Do I cancel the estimate or write it off?',
    // Variant: EOB, deposit, placeholder.
    'the EOB came in higher than the deposit we took at the visit - what happens to the placeholder?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('cancel-pr');
    expect(sectionsOf(answer.answer)[0]).toBe('An estimate, then the remittance');
    expect(answer.answer).toContain('the estimate is the one to cancel');
    expect(answer.answer).toContain('a billing manager refunds that payment first');
    expect(answer.answer).toContain("The remittance's PR stays");
  });

  // Counter-example: money asked back is the refund's question.
  it('money asked back is a refund', () => {
    expect(
      asksAboutEstimateAndRemittance(
        'the EOB came back lower than the estimate, how do i give her the $60 back?',
      ),
    ).toBe(false);
  });
});

describe('C3. a write-off to fix or move is undone and made again', () => {
  it.each([
    "I posted a hardship adjustment on the father's account but it belonged to his son. How do I move it over?",
    'Can I edit the reason on a write-off after the fact? I picked small balance but it was really hardship.',
    // Variants: the wrong patient, the amount changed.
    "I wrote off a balance on the wrong patient, it should have been on her sister's account. How do I transfer it?",
    'can I change the amount on a write-off I already made?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    listsNoPatient(answer.answer);
    expect(answer.topic).toBe('undo-write-off');
    expect(sectionsOf(answer.answer)[0]).toMatch(/^Fix a write-off on the wrong patient/);
    expect(answer.answer).toContain('Nothing of a write-off can be edited in place');
    expect(answer.answer).toContain('Undo it first, then make it again');
  });

  it('leaves a write-off asked for alone', () => {
    expect(asksToFixWriteOff('can I write off $20 for Jane Doe?')).toBe(false);
    expect(asksToFixWriteOff('it was written off but should have been cancelled, how do I fix it?')).toBe(
      false,
    );
  });
});

describe('C4. the audit trail and reports are for billing managers and admins', () => {
  it.each([
    'Who is able to see the audit trail of write-offs and refunds?',
    // Variants: the audit log, the reports.
    'who can view the audit log?',
    'who has access to the write-off reports?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('approvals-limits');
    expect(sectionsOf(answer.answer)[0]).toBe('Reports and the audit trail');
    expect(answer.answer).toContain('Reports and the audit trail are for billing managers and admins');
    expect(answer.answer).toContain('exported from the command line by whoever runs the app');
  });
});

describe('C5. all a patient owes, over several charges', () => {
  it.each([
    ['Maria Garcia lost her job, write off everything she owes under hardship', 'María García'],
    // Variants: another patient and reason, and a stated role over its limit.
    ["write off all of Jane Roe's charges as bad debt", 'Jane Roe'],
  ])('%s', async (question, name) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('write-off-how');
    expect(answer.answer).toContain(`*${name}*`);
    expect(answer.answer).toMatch(new RegExp(`${name} owes \\$\\d+\\.\\d\\d on 2 open charges: `));
    expect(answer.answer).toContain('_Spread across open charges, oldest first_');
    expect(answer.answer).toMatch(/it needs a note: /);
    // After the subject (the patient, in bold), the how-to's section on a spread leads.
    expect(sectionsOf(answer.answer).filter((h) => h !== name)[0]).toBe('Spread over several charges');
    expect(answer.answer).not.toContain('Every small balance at once');
  });

  it('names each charge of María García, and a biller’s limit', async () => {
    const answer = await ask(
      "I'm a biller, can I write off Maria Garcia's whole balance? she can't afford it",
    );
    expect(answer.answer).toContain(
      'María García owes $160.00 on 2 open charges: Ultrasound 76700 (2026-06-16), $120.00; Office visit 99213 (2026-09-02), $40.00.',
    );
    expect(answer.answer).toContain('over your write-off limit of $100.00');
    expect(answer.answer).toContain('a spread cannot be sent for approval');
  });

  it('leaves one charge’s "all of it" alone', () => {
    expect(asksToWriteOffWholeBalance('write off everything she owes')).toBe(true);
    expect(asksToWriteOffWholeBalance("write off all of it on Jane Doe's MRI")).toBe(false);
  });
});

describe('C6. a write-off in shorthand is a write-off, not a look-up', () => {
  it.each([
    'noah davis ekg 15 bucks small bal',
    // Variant: "$15 … w/o ok?"
    'Noah Davis EKG $15 small balance w/o ok?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).not.toBe('balance-lookup');
    expect(answer.answer).toContain('*Noah Davis – EKG 93000 (2026-04-17)*');
    expect(answer.answer).toContain('Nothing stands in the way of this right now. $15.00 is outstanding');
    expect(answer.answer).toContain('small balance');
  });

  it('a balance asked in words stays a look-up', () => {
    expect(asksForBalance('noah davis ekg 15 bucks small bal')).toBe(false);
    expect(asksForBalance('how much does Noah Davis owe on the $15 small balance?')).toBe(true);
  });
});

describe('C7. many patients by what they owe: one patient at a time', () => {
  it.each([
    'List everyone who owes more than $300.',
    // Variants: "who owes us more than", "anyone with a balance over".
    'who owes us more than $500?',
    'anyone with a balance over $1,000?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    listsNoPatient(answer.answer);
    expect(answer.topic).toBe('balance-lookup');
    expect(sectionsOf(answer.answer)).toContain('One patient at a time');
    expect(answer.answer).not.toContain('small-balances');
  });

  it('who owes what on one charge is not many patients', () => {
    expect(asksManyBalances('who owes the copay, the patient or insurance?')).toBe(false);
  });
});

describe('D1. a refund is recorded; the money goes back outside the app', () => {
  it.each([
    'The card the patient paid with has been closed. Can I still refund their payment, and how does the money actually get back to them?',
    // Variant: an expired card.
    "patient's card expired, how will she get her refund?",
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('refund-payment');
    expect(sectionsOf(answer.answer)[0]).toBe('How the money gets back to the patient');
    expect(answer.answer).toContain('it moves no money');
    expect(answer.answer).toContain('paid back outside the app');
    expect(answer.answer).toContain('A closed card does not stop you recording the refund');
    expect(answer.answer).toContain('It does not remove the PR');
    expect(answer.answer).not.toMatch(/\bsends?\b[^.]*\b(?:payment|money)\b/);
  });
});

describe('D2. what a small-balance batch takes', () => {
  it.each([
    'Can the small balance write-off only pick up balances that are at least 90 days old?',
    // Variant: "newer than".
    'can the small-balance sweep skip anything newer than 90 days?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('small-balance-batch');
    expect(sectionsOf(answer.answer)[0]).toBe('How old a charge must be');
    expect(answer.answer).toContain('By default a batch takes only charges at least 60 days old');
    expect(answer.answer).toContain('The minimum age can be changed');
    expect(answer.answer).toContain('`--min-age-days 90`');
  });

  it.each([
    'When I run the small balance cleanup, can I leave two specific accounts out of it?',
    // Variant: "exclude".
    'is there a way to exclude a few patients from the small balance batch?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('small-balance-batch');
    expect(sectionsOf(answer.answer)[0]).toBe('Leaving some accounts out');
    expect(answer.answer).toContain('A batch writes off exactly what its preview lists');
    expect(answer.answer).toContain('single accounts cannot be taken out of it');
  });

  it('reads the age and the accounts left out only of a batch', () => {
    expect(asksBatchMinimumAge('does the small balance batch take last week’s visits?')).toBe(true);
    expect(asksBatchMinimumAge('a request nobody decides within 7 days expires?')).toBe(false);
    expect(asksToLeaveOutOfBatch('can I exclude a patient from the batch?')).toBe(true);
    expect(asksToLeaveOutOfBatch('does the batch skip balances that changed?')).toBe(false);
  });
});

describe('D3. the size of a prompt-pay discount is the practice’s policy', () => {
  it.each([
    'What percentage are we allowed to take off for a prompt-pay discount?',
    // Variants: "%", "rate".
    'is there a set % for prompt pay discounts?',
    'what rate should we use for a prompt pay discount?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('write-off-reasons');
    expect(sectionsOf(answer.answer)[0]).toBe('Reasons that need no note');
    expect(answer.answer).toContain(
      "_Prompt-pay discount_: the app sets no percentage; enter as the amount what your practice's policy takes off.",
    );
  });
});

describe('D4. the total asked beside a charge', () => {
  it.each([
    'Smith, Bob: how much does he owe, and can I write off the $25 one as a small balance?',
    // Variant: "what's … balance".
    "what's Bob Smith's balance, and can I write off his $25 office visit?",
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.answer).toContain('*Bob Smith – Office visit 99212 (2026-02-05)*');
    expect(answer.answer).toContain('Nothing stands in the way of this right now. $25.00 is outstanding.');
    expect(answer.answer).toContain('Bob Smith owes $225.00 on 2 open charges in all.');
  });

  it('reads the total asked', () => {
    expect(asksTotalToo('how much does he owe, and can I write off the $25 one?')).toBe(true);
    expect(asksTotalToo('can I write off the $25 one?')).toBe(false);
  });
});
