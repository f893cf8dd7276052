/**
 * Questions a blind tester found answered wrong on a fresh demo practice, each fixed by the rule
 * that failed, by family rather than by sentence:
 *
 * A. The ledger's history asked to be deleted, hidden or edited ("so the auditors don't see it"):
 *    no, entries are permanent and an undo adds a reversal that hides nothing (not-done-asked.ts).
 * B. A refusal told in the user's own words ("without picking a reason", "left the reason blank")
 *    is that refusal: REASON_REQUIRED on the charge named (request-told.ts, quoted-blocker.ts,
 *    situation.ts).
 * C. A refusal the app showed on a charge ("why does her flu shot say already paid?") is that
 *    charge's blocker with its figures and next step, not its balance or its payments
 *    (quoted-blocker.ts `refusalShown`, situation.ts).
 * D. Writing off PR that was cancelled, asked in general: PR_CANCELLED (quoted-blocker.ts).
 * E. A refund of more than was paid: REFUND_EXCEEDS_PAYMENT (quoted-blocker.ts).
 * F. "lab" names the lab panel charge (charge-short-forms.ts).
 * G. The amount asked is the one the examples show (situation.ts).
 * H. A write-off and a cancel weighed against each other: both are told (either-action.ts).
 * I. Two questions in one message, about different articles: each is answered from its own
 *    (two-questions.ts, answer.ts).
 * J. What a patient with several open charges owes: which charges, each with its figure
 *    (told-situation.ts).
 */
import { describe, expect, it } from 'vitest';
import { listsNoPatient, sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const NOTHING = 'Nothing stands in the way';

const { ask } = useDemoPractice();

describe('A. history asked to be deleted or hidden', () => {
  it.each([
    "Delete the write-off history for Priya Patel so the auditors don't see it.",
    "can we wipe tom baker's write-off from the audit log before the review?",
    "I want to change Bob Smith's refund so compliance doesn't notice it",
    'how do I hide a write-off from the audit trail?',
  ])('%s: no, the history is permanent', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('undo-write-off');
    expect(answer).not.toContain(NOTHING);
    expect(answer).toMatch(/^No: the ledger's history is permanent/);
    expect(answer).toContain('Entries are never updated or deleted');
    expect(answer).toContain('An undo hides nothing');
  });

  it('guard: seeing the history is a look-up, not a refusal', async () => {
    const { answer, topic } = await ask('how do I see the write-off history for Priya Patel?');
    expect(topic).toBe('balance-lookup');
    expect(answer).not.toContain('permanent');
  });
});

describe('B. a write-off tried with no reason chosen', () => {
  it.each([
    "I tried to write off Bob Smith's MRI without picking a reason and it stopped me. Why?",
    'bob smith mri w/o - left the reason blank, got blocked??',
    "why won't it let me write off Bob Smith's MRI? I didn't choose a reason",
  ])('%s: REASON_REQUIRED on that charge', async (question) => {
    const { answer, topic, blockers } = await ask(question);
    expect(topic).toBe('write-off-reasons');
    expect(blockers?.map((b) => b.code)).toEqual(['REASON_REQUIRED']);
    expect(answer).toContain('*Bob Smith – MRI knee 73721 (2026-08-12)*');
    expect(answer).toContain('A write-off needs a reason.');
    expect(answer).toContain('Choose a reason from the list.');
    expect(answer).not.toContain(NOTHING);
    // The reason is the request's: the MRI itself can be written off, so no "other charges" instead.
    expect(answer).not.toContain("on the patient's other charges");
  });

  it('in general, the reason refusal is explained', async () => {
    const { answer, topic } = await ask('it stopped me because no reason was selected, what do I do?');
    expect(topic).toBe('write-off-reasons');
    expect(answer).toContain('*If the form asks for a reason or a note*');
  });

  it('guard: a reason chosen is no refusal', async () => {
    const { answer, blockers } = await ask("can I write off Bob Smith's MRI as small balance?");
    expect(blockers ?? []).toEqual([]);
    expect(answer).not.toContain('A write-off needs a reason.');
  });
});

describe('C. a refusal the app showed on a charge', () => {
  it.each([
    "Why does Janet Doe's flu shot say already paid?",
    'janet doe flu vaccine keeps showing paid in full when I try to write it off',
    "the message on janet doe's flu shot says it's already paid - why?",
  ])('%s: PR_PAID with its figures and next step', async (question) => {
    const { answer, topic, blockers } = await ask(question);
    expect(topic).toBe('write-off-blocked');
    expect(blockers?.map((b) => b.code)).toEqual(['PR_PAID']);
    expect(answer).toContain('*Janet Doe – Flu vaccine 90686 (2026-03-19)*');
    expect(answer).toContain('This PR is already paid ($30.00 received)');
    expect(answer).toContain('Refund the payment first');
  });

  it('guard: "already paid" told as a story asks what she owes', async () => {
    const { answer, topic, blockers } = await ask(
      'Janet Doe already paid her flu shot, what does she still owe?',
    );
    expect(topic).toBe('balance-lookup');
    expect(blockers ?? []).toEqual([]);
    expect(answer).toContain('$50.00');
  });
});

describe('D. writing off cancelled PR, in general', () => {
  it.each([
    'Is it possible to write off PR that has been cancelled?',
    'can a cancelled PR be written off?',
    'is writing off cancelled PR allowed',
  ])('%s: the cancelled PR refusal', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('write-off-blocked');
    expect(answer).toContain('*"This PR was cancelled"*');
    expect(answer).toContain('posted again as a new charge');
    listsNoPatient(answer);
  });

  it('guard: how to cancel is the cancel article', async () => {
    const { topic } = await ask('how do I cancel PR that was entered in error?');
    expect(topic).toBe('cancel-pr');
  });
});

describe('E. a refund of more than was paid', () => {
  it.each([
    "Why can't I refund more than the patient paid?",
    "how come a refund can't be bigger than what was paid?",
    "Why can't I refund more than the payment?",
  ])('%s: at most what is left of the payment', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('refund-payment');
    // That refusal's section leads, before the steps.
    expect(sectionsOf(answer)[0]).toBe('"At most $X of this payment can be refunded"');
    expect(answer).toContain('up to what is left of that payment');
  });

  it('guard: how to refund leads with the steps', async () => {
    const { answer } = await ask('how do I refund a payment?');
    expect(sectionsOf(answer)[0]).toBe('Refund a payment');
  });
});

describe('F. "lab" names the lab charge', () => {
  it.each(["Is it ok to refund Jane Doe's lab payment?", 'can I refund jane doe for her lab?'])(
    '%s: the metabolic panel',
    async (question) => {
      const { answer, topic } = await ask(question);
      expect(topic).toBe('refund-payment');
      expect(answer).toContain('*Jane Doe – Comprehensive metabolic panel 80053 (2026-06-03)*');
      expect(answer).toContain('$42.00 paid on it can be refunded');
      expect(answer).not.toContain('Chest X-ray');
    },
  );

  it('guard: her x-ray is still her x-ray', async () => {
    const { answer } = await ask("Is it ok to refund Jane Doe's xray payment?");
    expect(answer).toContain('*Jane Doe – Chest X-ray 71046 (2026-08-21)*');
  });
});

describe('G. the amount asked is the example amount', () => {
  it.each([
    ['Can you write off $40 for Jane Doe?', '$40.00'],
    ["can i w/o $30 on jane doe's account?", '$30.00'],
  ])('%s: the examples show %s', async (question, amount) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('write-off-how');
    expect(answer).toContain(`/writeoff ${amount} Jane Doe`);
    expect(answer).not.toContain('/writeoff $185.00 Jane Doe');
  });

  it('guard: with no amount asked, the charge is written off whole', async () => {
    const { answer } = await ask('how do I write off Jane Doe office visit?');
    expect(answer).toContain('/writeoff $185.00 Jane Doe');
  });
});

describe('H. a write-off and a cancel weighed against each other', () => {
  it('the write-off asked first is allowed, the cancel is blocked by the payment', async () => {
    const { answer } = await ask("Should I write off María García's ultrasound as hardship or cancel it?");
    expect(answer).toContain('*María García – Ultrasound 76700 (2026-06-16)*');
    expect(answer).toContain('Writing it off is allowed');
    expect(answer).toContain('$120.00 is outstanding');
    expect(answer).toContain('Financial hardship / charity care_, it needs a note');
    expect(answer).toContain('Cancelling its PR instead is not possible now: $100.00 has been paid');
  });

  it('the cancel asked first is blocked, the write-off is allowed', async () => {
    const { answer, blockers } = await ask("should I cancel maria garcia's ultrasound or write it off?");
    expect(blockers?.map((b) => b.code)).toEqual(['HAS_PAYMENTS']);
    expect(answer).toContain('Writing off the $120.00 outstanding instead is allowed');
  });

  it('guard: one action asked tells no other', async () => {
    const { answer } = await ask("can I write off María García's ultrasound?");
    expect(answer).not.toContain('Cancelling its PR');
  });
});

describe('I. two questions in one message', () => {
  it.each([
    ['how do i approve and also what reasons need a note', 'approvals-limits', 'write-off-reasons'],
    ['how do I undo a write-off? and who can refund a payment?', 'undo-write-off', 'refund-payment'],
  ])('%s: both are answered', async (question, firstTopic, secondTopic) => {
    const { answer, topic, sources } = await ask(question);
    expect(topic).toBe(firstTopic);
    expect(sources.slice(0, 2)).toEqual([firstTopic, secondTopic]);
    expect(answer).toContain(`(${firstTopic})_`);
    expect(answer).toContain(`(${secondTopic})_`);
    expect(answer.length).toBeLessThanOrEqual(1_200);
  });

  it('the approval and the reasons are both told', async () => {
    const { answer } = await ask('how do i approve and also what reasons need a note');
    expect(answer).toContain('*Approving or rejecting a request*');
    expect(answer).toContain('*Reasons that need a note, and what to write*');
  });

  it('guard: one question with "and" is answered once', async () => {
    const { answer, sources } = await ask('how do I write off a balance and what reason should I pick?');
    expect(answer.match(/_From the help article/g)).toHaveLength(1);
    expect(sources.length).toBeGreaterThan(0);
  });
});

describe('J. what a patient with several open charges owes', () => {
  it.each(['what does Bob Smith owe', 'how much is bob smith still owing?'])(
    '%s: the open charges are listed',
    async (question) => {
      const { answer, topic } = await ask(question);
      expect(topic).toBe('balance-lookup');
      expect(answer).toContain('Bob Smith owes $225.00 on 2 open charges.\n• ');
      expect(answer).toContain('• Office visit 99212 (2026-02-05): $25.00 outstanding');
      expect(answer).toContain('• MRI knee 73721 (2026-08-12): $200.00 outstanding');
    },
  );

  it('guard: one open charge is said in one sentence', async () => {
    const { answer } = await ask('how much does Priya Patel owe?');
    expect(answer).toContain('Priya Patel owes $40.00 on 1 open charge.');
    expect(answer).not.toContain('outstanding\n');
    expect(answer).not.toMatch(/^• .+ \(\d{4}-\d\d-\d\d\): \$[\d.,]+ outstanding$/m);
  });
});
