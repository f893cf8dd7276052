/**
 * Help questions of the twenty-fourth probe, asked through `cli ask` on the demo practice:
 *
 * 1. The past asked in other words ("who gave the discount", "wasn't that paid already?", "ever")
 *    is read from the charge's history, which tells undone write-offs and refunds too.
 * 2. An action asked in the passive ("can it be refunded?") is that action.
 * 3. One name several patients share, with a date or service only one of them has: that patient.
 * 4. A role stated that may not do the action asked meets NOT_AUTHORIZED; what a role may do.
 * 5. Several amounts for one patient in a day are added up against the limit.
 * 6. Another patient's clause is not applied to the patient answered.
 * 7. What the app does not do or hold is said plainly, with no patient's charge.
 */
import { describe, expect, it } from 'vitest';
import { listsNoPatient, sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const ask = demo.ask;

describe('1. the past asked in other words', () => {
  it.each([
    'who gave the discount on the Roe PT charge?',
    "who applied the prompt pay discount on Jane Roe's physical therapy",
    'Jane Roe PT - was a discount given?',
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.answer).toContain('What the ledger records');
    expect(answer.answer).toContain('Written off: $50.00');
    expect(answer.answer).not.toContain('Nothing stands in the way');
  });

  it.each([
    "O'Neil Jan 9 office visit - wasn't that paid already?",
    "Samuel O'Neil's Jan 9 visit, has it been paid?",
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.answer).toContain('Refunded: $99.00');
    expect(sectionsOf(answer.answer)).not.toContain('"Already paid"');
  });

  it.each([
    "was García's 9/2 visit ever written off",
    'did Maria Garcia ever get a write-off on the 9/2 visit',
  ])('%s: the undo is told', async (q) => {
    const answer = await ask(q);
    expect(answer.answer).toContain('Written off: $40.00');
    expect(answer.answer).toContain('Write-off undone: $40.00');
  });

  it('asked now, not the past', async () => {
    const answer = await ask("can I write off Jane Roe's physical therapy?");
    expect(answer.answer).not.toContain('What the ledger records');
  });
});

describe('2. the action asked in the passive', () => {
  it.each([
    ['Amelia Davis 8/27 office visit - can it be refunded?', 'refund-payment'],
    ["could Amelia Davis's 8/27 visit get refunded", 'refund-payment'],
  ])('%s', async (q, topic) => {
    const answer = await ask(q);
    expect(answer.topic).toBe(topic);
    expect((answer.blockers ?? []).map((b) => b.code)).not.toContain('PR_PAID');
  });

  it('a state told with the write-off asked stays the write-off', async () => {
    expect((await ask('can I write off a charge that got cancelled?')).topic).toBe('write-off-blocked');
  });
});

describe('3. a shared name narrowed by the charge named', () => {
  it.each([
    "Jane's 6/3 labs - can I write those off?",
    'how much is still owed on the Doe chest xray from 8/21?',
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.answer).toContain('Jane Doe –');
    expect(answer.answer).not.toContain('Several patients match');
  });

  it('a charge both have still lists them', async () => {
    expect((await ask("Doe's office visit - can I write it off?")).answer).toContain(
      'Several patients match',
    );
  });
});

describe('4. roles', () => {
  it.each(['what can a viewer do', 'what is a viewer allowed to do?'])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('approvals-limits');
    expect(sectionsOf(answer.answer)).toContain('Roles and who can do what');
  });

  it.each(['im a viewer why cant i write off anything', "I'm just a viewer, how do I write off a balance?"])(
    '%s',
    async (q) => {
      const answer = await ask(q);
      expect(answer.answer).toContain('A viewer may not write off');
      expect(sectionsOf(answer.answer)).not.toContain('"Already paid"');
    },
  );

  it('a role that may is unchanged', async () => {
    expect((await ask("I'm a biller, how do I write off a balance?")).answer).not.toContain('may not');
  });
});

describe('5. amounts for one patient in a day are added up', () => {
  it.each([
    'if I w/o $60 for a pt this morning and another $60 this afternoon do I need approval?',
    'I wrote off $70 for a patient, then $40 later today - does that need approval?',
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('approvals-limits');
    expect(answer.answer).toMatch(/over a biller's default \$100\.00 limit, so yes/);
  });

  it('within the limit', async () => {
    expect(
      (await ask('if I w/o $30 this morning and another $40 this afternoon do I need approval?')).answer,
    ).toContain('none of them needs approval');
  });
});

describe("6. another patient's clause", () => {
  it('the action goes with its own patient', async () => {
    const answer = await ask("can I write off Jane Doe's 9/14 visit and also cancel Janet's estimate?");
    expect(answer.topic).toBe('write-off-how');
    expect(answer.answer).toContain('is about someone else');
  });
});

describe('7. what the app does not do', () => {
  it.each([
    ['how do I post a patient payment in here', 'Payments are not posted'],
    ['can the bot send out patient statements?', 'sends nothing to patients'],
    ['can I delete a ledger entry that was entered wrong?', 'ever deleted or edited'],
    ["can I write off the insurance portion of Tom Baker's charge?", 'patient responsibility (PR) only'],
    ["what's Bob Smith's SSN?", 'no Social Security numbers'],
  ])('%s', async (q, said) => {
    const answer = await ask(q);
    expect(answer.answer).toContain(said);
    expect(answer.answer).not.toMatch(/Nothing stands in the way|\* – /);
    listsNoPatient(answer.answer);
  });

  it('what the app does is unchanged', async () => {
    expect((await ask('how do I refund a payment?')).topic).toBe('refund-payment');
    expect((await ask('how do I write off a balance')).topic).toBe('write-off-how');
  });
});
