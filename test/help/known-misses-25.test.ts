/**
 * Help questions of the twenty-fifth probe, asked through `cli ask` on the demo practice:
 *
 * A. The action asked (undo, take off, cancel, why owed) beats the nouns that tell what the charge
 *    is: a write-off made in error is undone, a duplicate is cancelled, a refund told explains
 *    what is owed.
 * B. An amount given as what is owed or what came back is not the amount to act on.
 * C. Wordings: an approval's expiry, approving refused, a limit reached, "wo", reasons compared.
 * D. The clue given chooses: the month said last or called the duplicate, the patient of several
 *    whose charge has the date or service named.
 * E. A refund supposed: what would be owed after it.
 * G. Off-topic questions, a name that is nobody's, a complaint about refusals.
 */
import { describe, expect, it } from 'vitest';
import { listsNoPatient, sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const ask = demo.ask;

describe('A. the action asked beats the words describing the charge', () => {
  it.each([
    "Samuel O'Neil's august estimate got written off in error - how do I reverse that?",
    "oneil's aug estimate w/o was a mistake, undo it for samuel o'neil",
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('undo-write-off');
    expect(answer.answer).toContain('reverses the $30.00 write-off');
  });

  it.each([
    "the prompt-pay discount on jane roe's PT shouldn't have been given, how do I remove it",
    'Jane Roe physical therapy: that $50 discount was entered by mistake, take it off please',
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('undo-write-off');
    expect(answer.answer).toContain('reverses the $50.00 write-off');
  });

  it('a write-off told to be wrong, with no verb, is undone', async () => {
    const answer = await ask(
      'Renée Harris vaccine got written off as a small balance but it was $230, wrong',
    );
    expect(answer.topic).toBe('undo-write-off');
  });

  it.each([
    'Mateo Jones: his September self-pay x-ray was entered twice',
    'mateo jones sept xray is a dupe of the january one',
  ])('%s: a duplicate is cancelled', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('cancel-pr');
    expect(answer.answer).toContain('Mateo Jones – X-ray 73030 (2026-09-24)');
    expect(answer.answer).toContain('Nothing stands in the way');
  });

  it.each([
    'we refunded lee chen $20 on the lipid panel - why is he showing $20 owed',
    'Lee Chen lipid panel, why does he owe 20 bucks after we refunded him?',
  ])('%s: a refund re-opens the PR', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('refund-payment');
    expect(answer.answer).toContain('$20.00 was refunded');
    expect(sectionsOf(answer.answer)).not.toContain('"The outstanding PR is now $X"');
  });
});

describe('A. a state told with a statement received asks what is owed', () => {
  it('a cancelled charge still billed', async () => {
    const answer = await ask("Nadia Brown's lab panel was cancelled, why is she still getting bills?");
    expect(answer.topic).toBe('balance-lookup');
    expect(answer.answer).toContain('its PR was cancelled, so the patient owes nothing on it');
    expect(answer.blockers ?? []).toEqual([]);
  });
});

describe('B. an amount told as background is not the amount to act on', () => {
  it('what came back', async () => {
    const answer = await ask(
      'the remittance for janet doe came back with $0 patient resp, what happens to her estimate?',
    );
    expect(answer.topic).toBe('cancel-pr');
    expect(answer.answer).not.toContain('more than $0.00');
    expect(answer.answer).toContain('Office visit 99213 (estimate) (2026-10-02)');
  });

  it('what is owed, all of it', async () => {
    const answer = await ask('Aisha Jones owes $445 and cannot pay, how do I write it off as hardship?');
    expect(answer.answer).not.toContain('At most');
    expect(answer.answer).toContain('$445.00 on 2 open charges');
    expect(answer.answer).toContain('it needs a note');
  });

  it('an amount to write off is still weighed', async () => {
    const answer = await ask("can I write off $500 of Aisha Jones's vaccine charge?");
    expect(answer.answer).toContain('At most $300.00');
  });
});

describe('C. wordings', () => {
  it('how long an approval request stays open', async () => {
    const answer = await ask('how long can an approval request sit there until it expires');
    expect(answer.topic).toBe('approvals-limits');
    expect(answer.answer).toContain('7 days');
  });

  it.each(['the approve button does nothing for me', "I can't approve the request, the button is grey"])(
    '%s: why one cannot approve',
    async (q) => {
      const answer = await ask(q);
      expect(answer.topic).toBe('approvals-limits');
      expect(sectionsOf(answer.answer)[0]).toBe('Approving or rejecting a request');
      expect(answer.answer).toContain('SELF_APPROVAL');
    },
  );

  it('a limit reached after little', async () => {
    const answer = await ask('system says I hit my limit but I have only done $15 today??');
    expect(answer.topic).toBe('approvals-limits');
    expect(sectionsOf(answer.answer)[0]).toBe('Your write-off limit');
    expect(answer.answer).toContain('same patient in the last 24 hours');
  });

  it('"wo" is a write-off', async () => {
    const answer = await ask('Camila Thomas vaccine, can I wo the $25?');
    expect(answer.topic).toBe('write-off-how');
    expect(answer.answer).not.toContain('refund');
  });

  it.each([
    'difference between bad debt and collection agency write-offs',
    'sent to collections or bad debt - which is which?',
  ])('%s: both reasons told', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('write-off-reasons');
    expect(answer.answer).toContain('`bad_debt`');
    expect(answer.answer).toContain('`collection_agency`');
    expect(answer.answer).toContain('needs no note');
  });
});

describe('D. the clue given chooses', () => {
  it.each([
    'Mei Miller - the March and April 99214s, the april one is a duplicate, cancel it',
    'mei miller 99214 in mar and apr: cancel the apr one, it is a dup',
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.answer).toContain('(2026-04-02)');
    expect((answer.blockers ?? []).map((b) => b.code)).toEqual(['REMITTANCE_PR']);
  });

  it('a month set aside is not the one meant', async () => {
    const answer = await ask('mei miller, not the april 99214 but her march one - can I cancel it?');
    expect(answer.answer).toContain('(2026-03-25)');
  });

  it.each([
    'janet doe or jane doe, whichever had the flu vaccine - write it off?',
    'the Doe with the flu shot, jane doe or janet doe? can it be written off',
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.answer).toContain('Janet Doe – Flu vaccine 90686');
    listsNoPatient(answer.answer);
  });

  it('a misspelled name and a date only one of them has', async () => {
    const answer = await ask('can i wirte off janee doe 6/3 balance');
    expect(answer.answer).toContain('Jane Doe – Comprehensive metabolic panel 80053 (2026-06-03)');
    listsNoPatient(answer.answer);
  });
});

describe('E. a refund supposed', () => {
  it.each([
    "if we refunded María García's ultrasound payment, how much would she owe?",
    'what would maria garcia owe if I refund her payment',
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('refund-payment');
    expect(answer.answer).toContain('$220.00 would be outstanding on this charge');
    expect(answer.answer).toContain('would owe $260.00');
  });
});

describe('G. off-topic, nobody, a complaint', () => {
  it.each(["what's the weather going to be like tomorrow", 'is it going to rain'])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBeNull();
    expect(answer.answer).toContain('I can help with write-offs');
    listsNoPatient(answer.answer);
  });

  it('a name that is nobody is said to match nobody', async () => {
    const answer = await ask("write off jon snowden's balance");
    expect(answer.answer).toContain('No patient matches "jon snowden"');
  });

  it("a complaint about refusals is answered from the patient's charges", async () => {
    const answer = await ask('tried twice to write off tom baker and it keeps refusing me');
    expect((answer.blockers ?? []).map((b) => b.code)).toContain('PR_PAID');
    expect(answer.answer).toContain('Colonoscopy 45378');
    expect(answer.answer).toContain('approval');
  });
});
