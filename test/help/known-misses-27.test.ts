/**
 * A blind probe of the help desk in the fourteenth session (120 questions, half naming demo
 * patients; 115 judged right, 4 of them doubtful), each miss fixed by the rule that failed:
 *
 * A. A month right after the patient's name ("Mateo Jones jan xray", "Mateo Jones January – …") is
 *    the month of that patient's visit, as "Mateo Jones's January x-ray" is; so is a month before
 *    the service it names ("jan xray for Mateo Jones"). It was dropped, and the answer was about
 *    the other X-ray, with its figures (charge-named.ts withoutName, visitMonth).
 * B. A refusal quoted with who and when ("already written off by Dana on Oct 3") is the
 *    already-written-off refusal, with its undo; the colleague named after "written off by" is no
 *    patient ("by Sam" is not Samuel O'Neil) (quoted-blocker.ts, colleague-named.ts).
 * C. "can I approve my own write-off request?" is answered no first, whatever the role the asker
 *    states: nobody decides their own request (SELF_APPROVAL) (self-approval-asked.ts).
 * D. "the proper way to zero out a copay" asks for the steps; "can I write off a charge that's
 *    partly paid?" is answered yes, up to what is outstanding (answer.ts HOW_ASKED,
 *    partly-paid-asked.ts); "the correct process to …" is no write-off to fix (fix-asked.ts).
 * E. From the doubtful answers: a charge the rules allow the action on shows no section about a
 *    refusal of the charge's state ("Already cancelled or nothing outstanding"); a charge "marked
 *    cancelled" and "can't write off more than $55" are those refusals, before the commonest one
 *    ("Already paid"); a biller asking to write off more than a biller's limit gets the approval
 *    path; a charge already written off says how much was, with who and when.
 */
import { describe, expect, it } from 'vitest';
import { sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const { ask } = useDemoPractice();

describe('A. a month right after the name, or before the service, names the visit', () => {
  it.each([
    ['Mateo Jones jan xray - write off $200 not going through', 'Mateo Jones – X-ray 73030 (2026-01-05)'],
    ['Mateo Jones January xray - why cant I write off $200', 'Mateo Jones – X-ray 73030 (2026-01-05)'],
    ['Mateo Jones January - write off $200 not going through', 'Mateo Jones – X-ray 73030 (2026-01-05)'],
    ["why can't I write off jan xray for Mateo Jones, $200", 'Mateo Jones – X-ray 73030 (2026-01-05)'],
    ['Mateo Jones sept x-ray write off $180 fails', 'Mateo Jones – X-ray 73030 (2026-09-24)'],
    ['Ethan Taylor aug visit, write off wont go through', 'Ethan Taylor – Office visit 99212 (2026-08-07)'],
    [
      'Mei Nguyen april office visit - write off $200 blocked',
      'Mei Nguyen – Office visit 99213 (2026-04-03)',
    ],
    ['Diego Lewis sept visit write off $300 fails', 'Diego Lewis – Office visit 99212 (2026-09-08)'],
  ])('%s', async (question, subject) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-blocked');
    expect(answer).toContain(`*${subject}*`);
  });

  it("the January X-ray's own figures: $148 outstanding, $147 paid", async () => {
    const { answer } = await ask('Mateo Jones jan xray - write off $200 not going through');
    expect(answer).toContain(
      'At most $148.00 can be written off on this charge ($147.00 of it was already paid)',
    );
  });

  it('"may" after a name is the verb, not a month', async () => {
    const { answer } = await ask("Jane Doe may owe more, why can't I write off $300");
    expect(answer).toContain('*Jane Doe – Office visit 99214 (2026-09-14)*');
    expect(answer).not.toMatch(/\bin May\b/);
  });
});

describe('B. "already written off by <someone> on <date>" quoted', () => {
  it.each([
    "write off tells me 'already written off by Dana on Oct 3'. what now?",
    'getting "already written off by mike on 11/2" when I try to write off, help',
    "write-off won't go, says it was already written off by jen last week",
    'the form says "This PR was already written off by Sam on 2026-10-03". what do I do?',
    'error: already written off by Priya on September 3rd - how do I fix',
  ])('%s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-blocked');
    expect(sectionsOf(answer)[0]).toBe('"Already written off"');
    expect(answer).toMatch(/undo that write-off first/);
    // The colleague who wrote it off is no patient.
    expect(answer).not.toMatch(/Samuel O'Neil|Priya Patel/);
  });

  it('asked to undo, the undo article still answers', async () => {
    const { topic } = await ask('the charge was already written off, how do I undo it');
    expect(topic).toBe('undo-write-off');
  });
});

describe("C. approving one's own request: no, whatever the role", () => {
  it.each([
    "I'm a billing manager, can I approve my own write off request?",
    'can an admin approve their own write-off request?',
    'as a billing manager am I allowed to sign off on my own write-off?',
    'i submitted a $500 write off for approval, can i just approve it myself? im a manager',
    "can I self-approve my write-off if I'm an admin",
  ])('%s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toMatch(/^No: nobody can approve or reject their own write-off request/);
    expect(answer).toContain('Another billing manager or admin decides it.');
    expect(sectionsOf(answer)[0]).toBe('Approving or rejecting a request');
  });

  it.each([
    'do I need approval for my own write-offs as a billing manager?',
    'can I write off $300 myself or does a manager need to approve?',
  ])("not about deciding one's own request: %s", async (question) => {
    const { answer } = await ask(question);
    expect(answer).not.toMatch(/^No: nobody can approve/);
  });
});

describe('D. the right section of the how-to', () => {
  it.each([
    "What's the proper way to zero out a copay we're never going to collect?",
    "what's the correct process to write off a deductible the patient won't ever pay",
    "best way to adjust off a balance we can't collect?",
    "what's the right procedure for waiving a small copay",
  ])('the steps: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-how');
    expect(sectionsOf(answer)).toContain('Fill in the form and confirm');
  });

  it.each([
    "can I write off a charge that's partly paid?",
    'is it possible to write off a partially paid charge',
    'patient made a payment on her visit, can we still write off the remainder?',
    'can I write off the rest of a bill the patient already paid some of?',
    'is it ok to write off a balance the patient already paid some of?',
  ])('partly paid, yes: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-how');
    expect(answer).toMatch(/^Yes: a partly paid charge can be written off up to what is still outstanding/);
    expect(sectionsOf(answer)[0]).toBe('Write off part of what the patient owes');
  });

  it('asked how, the section on part and no yes', async () => {
    const { topic, answer } = await ask(
      'how to write off the remaining balance after the patient paid part of it',
    );
    expect(topic).toBe('write-off-how');
    expect(answer).not.toMatch(/^Yes/);
    expect(sectionsOf(answer)[0]).toBe('Write off part of what the patient owes');
  });
});

describe('E. sections that agree with the situation', () => {
  it.each([
    'Zoë Kowalski nutrition counselling charge is a duplicate, can I cancel it',
    'Lucas White oct visit is a duplicate, cancel it?',
    "can I cancel Janet Doe's estimate, it's a duplicate",
    'Anne-Marie Dubois Oct 9 visit, can I cancel the PR? entered in error',
  ])('a cancel allowed shows no "nothing to cancel": %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('cancel-pr');
    expect(answer).toContain('Nothing stands in the way of this right now.');
    expect(sectionsOf(answer)).not.toContain('Already cancelled or nothing outstanding');
  });

  it.each([
    'it wont let me write off a charge marked cancelled',
    'cant write off a visit showing cancelled',
    "why can't I write off a charge that's marked as cancelled?",
  ])('a charge marked cancelled: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-blocked');
    expect(sectionsOf(answer)[0]).toBe('"This PR was cancelled"');
    expect(sectionsOf(answer)).not.toContain('"Already paid"');
  });

  it.each([
    "why can't I write off more than $55 on a partly paid charge",
    "it won't let me w/o more than $120, why",
  ])('more than is outstanding: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-blocked');
    expect(sectionsOf(answer)[0]).toBe('"At most $X can be written off"');
  });

  it.each([
    ["I need to write off $300 but I'm just a biller, is that possible", '$300.00'],
    ['as a biller can I w/o $500 for one patient?', '$500.00'],
  ])('a biller over the limit: %s', async (question, amount) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain(`so a ${amount} write-off goes to a billing manager or admin for approval`);
    expect(sectionsOf(answer)[0]).toBe('Going over your limit');
  });

  it.each([
    ["why can't I write off Jane Doe's April office visit?", '$65.00 of the $65.00 PR'],
    ["Priya Patel feb visit - why can't I write off?", '$15.00 of the $15.00 PR'],
    ["Zoë Kowalski Feb visit - why can't I write it off", '$140.00 of the $140.00 PR'],
    ["why won't it let me write off Felix Allen's EKG", '$295.00 of the $295.00 PR'],
  ])('already written off, how much too: %s', async (question, amount) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-blocked');
    expect(answer).toMatch(/already written off by [^.\n]+ on \d{4}-\d\d-\d\d/);
    // Said in words, as Slack says it: never the stored id ("cli:demo").
    expect(answer).not.toMatch(/\bcli:/);
    expect(answer).toContain(`${amount} on this charge was written off.`);
  });

  it('a message that says the amount already is not told it twice', async () => {
    const { answer } = await ask("cancel PR for Priya Patel's allergy testing, entered in error");
    expect(answer).toContain('$20.00 of this PR is written off');
    expect(answer).not.toContain('PR on this charge was written off.');
  });
});
