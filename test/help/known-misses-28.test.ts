/**
 * A blind probe of the help desk (120 questions; 15 misses, 4 doubtful), each fixed by the rule
 * that failed, by family rather than by sentence:
 *
 * 1. Work the app does not do, said plainly first (not-done-asked.ts): patient records (adding,
 *    merging, correcting patients, appointments), claims and payers (claims, denials, appeals,
 *    eligibility, refunds to an insurer, contractual adjustments, handing accounts to collections),
 *    charges and fees (creating a charge or a fee, changing a procedure code) and payment plans. A
 *    question that also asks an action of ours (a cancel, a write-off) stays with that action.
 * 2. Giving someone a role (role-given-asked.ts), who did something (report-access-asked.ts), and
 *    when the limit "resets" (limit-window-asked.ts: a rolling 24 hours per patient).
 * 3. The right section: a cancel has no undo (cancel-undo-asked.ts); undoing a write-off against
 *    refunding a payment (undo-refund-compared.ts); a limit someone told of (limit-told-asked.ts);
 *    "how i do it" asks for the steps, which start with how to open the form (answer.ts).
 */
import { describe, expect, it } from 'vitest';
import { sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const { ask } = useDemoPractice();

function firstParagraph(answer: string): string {
  return answer.split('\n\n')[0] ?? '';
}

describe('1. what the app does not do, by family', () => {
  it.each([
    // Patient records.
    ['how do I add a new patient?', 'does not add, edit, merge or delete patients'],
    ['how do I register a new patient in here?', 'does not add, edit, merge or delete patients'],
    ['can I create a patient record for a walk-in?', 'does not add, edit, merge or delete patients'],
    ['how do I merge duplicate patient records?', 'does not add, edit, merge or delete patients'],
    ['how do I combine two charts for the same patient?', 'does not add, edit, merge or delete patients'],
    ["how do I update a patient's date of birth?", 'does not add, edit, merge or delete patients'],
    ['can the bot book an appointment?', 'books no appointments'],
    // Claims and payers.
    ['insurance denied the claim, how do I appeal it?', 'does no claim work'],
    ['how do I resubmit a denied claim?', 'does no claim work'],
    ['can I file a claim from slack?', 'does no claim work'],
    ['where do I enter a prior auth?', 'does no claim work'],
    ["how do I check the patient's insurance eligibility?", 'holds no insurance data'],
    ["how do I verify a patient's insurance coverage?", 'holds no insurance data'],
    ['is her insurance still active?', 'holds no insurance data'],
    ['how do I issue a refund to the insurance company for an overpayment?', 'does not refund insurers'],
    ['the insurance company overpaid us, how do I send the money back?', 'does not refund insurers'],
    ['how do I refund the payer?', 'does not refund insurers'],
    ['can I adjust the contractual adjustment from the payer?', 'Contractual adjustments are not made'],
    ['how do I post a contractual write-off?', 'Contractual adjustments are not made'],
    ['can I send an account to collections from the app?', 'sends nothing to a collection agency'],
    ['can I refer this account to a collection agency?', 'sends nothing to a collection agency'],
    ['how do I report a patient to the credit bureau?', 'sends nothing to a collection agency'],
    // Charges and fees.
    ['can I charge a late fee on overdue balances?', 'creates no charges or fees'],
    ['can I add a charge for a no-show fee?', 'creates no charges or fees'],
    ['how do I enter a missed appointment fee?', 'creates no charges or fees'],
    ['can I add interest to overdue accounts?', 'creates no charges or fees'],
    ['how do I create a new charge for a visit?', 'creates no charges or fees'],
    ['how do I change the CPT code on a charge?', 'procedure (CPT) code'],
    ['can I fix the procedure code on the 9/14 visit?', 'procedure (CPT) code'],
    // Payment plans.
    ['how do I set up a payment plan for a patient?', 'does not set up payment plans'],
    ['can we put a patient on installments?', 'does not set up payment plans'],
    ['how do I set up monthly payments for a patient?', 'does not set up payment plans'],
  ])('%s', async (question, said) => {
    const { answer } = await ask(question);
    expect(firstParagraph(answer)).toContain(said);
    expect(answer).not.toMatch(/Nothing stands in the way|\* – /);
  });

  it.each([
    ["how do I cancel a no-show's PR that was entered in error", 'cancel-pr'],
    ["the no-show fee was charged twice, it's a duplicate charge, how do I cancel it?", 'cancel-pr'],
    ['how do I refund a patient copay?', 'refund-payment'],
    ['can I undo a write-off?', 'undo-write-off'],
    ["what's the difference between write-off and cancel?", 'write-off-vs-cancel'],
  ])('an action of ours stays with its article: %s', async (question, topic) => {
    const { topic: got, answer } = await ask(question);
    expect(got).toBe(topic);
    expect(firstParagraph(answer)).not.toMatch(/^The billing app (?:does|creates|sends|holds)/);
  });

  it.each([
    "she's on a payment plan but can't keep up, can I write off the rest as hardship?",
    'can I write off a late fee?',
    'the account was sent to collections, which reason do I use?',
    'insurance denied the claim, can I write off the PR?',
  ])('a write-off asked beside the family is no "not done": %s', async (question) => {
    const { answer } = await ask(question);
    expect(firstParagraph(answer)).not.toMatch(/^The billing app (?:does|creates|sends|holds)/);
  });

  it('the collections reason is told with what the app sends', async () => {
    const { answer } = await ask('the account was sent to collections, which reason do I use?');
    expect(answer).toContain('Sent to collection agency');
  });
});

describe("2. roles given, who did it, and the limit's window", () => {
  it.each([
    'how do I give our new front desk person access so she can only look up balances?',
    'how do I make my coworker a viewer?',
    'how do I set my coworker up with view-only access?',
    'can you make Maria a viewer?',
  ])('the viewer role: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toMatch(
      /^An admin gives that access: the _viewer_ role, with `\/billing role @user viewer`/,
    );
    expect(sectionsOf(answer)[0]).toBe('Giving a role or a limit');
    // Maria is a colleague, not María García.
    expect(answer).not.toContain('García');
  });

  it.each([
    'how do I give the new biller access?',
    'can you make Maria a billing manager?',
    'how do I add a new staff member to the app?',
  ])('other roles: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toMatch(/admin gives/i);
    expect(answer).toContain('/billing role @user');
  });

  it.each(['what does a viewer role do?', 'what can a biller do?'])(
    'what a role may do is unchanged: %s',
    async (question) => {
      const { answer } = await ask(question);
      expect(sectionsOf(answer)[0]).toBe('Roles and who can do what');
    },
  );

  it.each([
    'how do I find out which staff member wrote off a balance?',
    'who on our team wrote off that balance?',
    'how can I see who cancelled a PR?',
    'which user refunded that payment?',
  ])('who did it: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toMatch(/^Every write-off, undo, refund, cancel and approval keeps who did it and when/);
    expect(answer).toContain('audit log');
  });

  it.each(['who in our office is allowed to approve write-offs?', 'who can write off more than $100?'])(
    'who may do it is not who did: %s',
    async (question) => {
      expect((await ask(question)).answer).not.toMatch(/^Every write-off, undo/);
    },
  );

  it("a patient named still reads their charge's history", async () => {
    const { answer } = await ask("who wrote off Jane Doe's balance?");
    expect(answer).toMatch(/Written off: \$[\d.]+ by /);
  });

  it.each([
    'does the limit reset every day at midnight?',
    'when does my write-off limit reset?',
    'is the write-off limit per day?',
    'does my limit start over tomorrow?',
    'is the limit daily or what?',
  ])('a rolling 24 hours: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(firstParagraph(answer)).toContain('rolling 24-hour window per patient');
    expect(sectionsOf(answer)[0]).toBe('Your write-off limit');
  });
});

describe('3. the right section', () => {
  it.each([
    'if I cancel the PR can I bring it back later?',
    'can a cancelled PR be restored?',
    'how do I undo a cancel?',
    'I cancelled the wrong charge, can it be reversed?',
  ])('a cancel has no undo: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('cancel-pr');
    expect(answer).toMatch(/^No: a cancel cannot be undone in the app/);
  });

  it.each(['how do I cancel a write-off?', 'can I undo a write-off?'])(
    'a write-off taken back is still the undo: %s',
    async (question) => {
      expect((await ask(question)).topic).toBe('undo-write-off');
    },
  );

  it.each([
    "what's the difference between undoing a write-off and refunding a payment?",
    'is undoing a write-off the same as a refund?',
    'undo vs refund, which one do I use?',
  ])('undo and refund, both explained: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('refund-payment');
    expect(answer).toContain('_Undoing a write-off_ takes back a write-off');
    expect(answer).toContain('_Refunding a payment_ gives money the patient paid back');
  });

  it.each([
    'hey so my boss said i cant do more than 100 bucks? is that right lol',
    "my manager told me I can't write off more than $100, is that true?",
    'i was told i can only do up to $100 in write-offs, right?',
  ])('the default limit told of is confirmed: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toMatch(/^Yes, for a biller: a biller's write-off limit is \$100\.00/);
    expect(firstParagraph(answer)).toContain('approval');
    expect(sectionsOf(answer)[0]).toBe('Your write-off limit');
  });

  it('another amount told of is corrected', async () => {
    const { answer } = await ask('someone said billers cannot write off more than $50, is that right?');
    expect(answer).toMatch(/^A biller's write-off limit is \$100\.00/);
  });

  it.each([
    "it says I can't write off more than $55, why?",
    "why can't I write off more than $55 on Jane Doe?",
  ])("the app's own refusal quoted is unchanged: %s", async (question) => {
    const { topic } = await ask(question);
    expect(topic).toBe('write-off-blocked');
  });

  it.each([
    'i am new here, what is write off mean and how i do it',
    'what does write off mean and how do i start one',
    'how do I write off a balance',
  ])('the steps start with opening the form: %s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-how');
    expect(sectionsOf(answer)).toEqual(
      expect.arrayContaining(['Start a write-off', 'Fill in the form and confirm']),
    );
    expect(answer).toContain('`/writeoff`');
  });
});
