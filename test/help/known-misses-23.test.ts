/**
 * Help questions of the twenty-third probe, asked through `cli ask` on the demo practice:
 *
 * A. A blocker code (underscores, spaces, any case, quoted) or a refusal in the app's own words
 *    finds the article and section that explain it (quoted-blocker.ts, billing-vocabulary.ts).
 * B. PR that should never have been charged is cancelled, after a refund of what was paid on it;
 *    a wrong estimate is corrected as the cancel article's estimate section says (wrong-pr-asked.ts).
 * C. Which reasons need a note is answered with the list (note-reasons-asked.ts).
 * D. A misspelled or shortened name in two words stands for its patient (name-span.ts).
 * E. A first or last name shared by several patients, in a write-off question, lists them.
 * F. "whats left on <patient> <date>" is that charge's balance.
 * G. Who may undo someone else's write-off; paid already and wanted waived; nothing in the way.
 */
import { describe, expect, it } from 'vitest';
import { BLOCKER_CODES } from '../../src/domain/blockers.ts';
import { BLOCKER_TOPICS } from '../../src/help/blocker-topics.ts';
import { defaultHelpDesk } from '../../src/help/search.ts';
import { listsNoPatient, sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const ask = demo.ask;
const codesOf = (answer: Awaited<ReturnType<typeof ask>>) => (answer.blockers ?? []).map((b) => b.code);

/** The heading of the section of the blocker's home article that explains it. */
function sectionOf(code: (typeof BLOCKER_CODES)[number]): string | undefined {
  const article = defaultHelpDesk().articles.find((a) => a.id === BLOCKER_TOPICS[code]);
  return article?.sections.find((s) => s.blockerCodes.includes(code))?.heading.replace(/\*/g, '');
}

describe('A. a blocker code, as typed, finds its article and section', () => {
  const forms = (code: string) => [
    `${code} - what do i do`,
    `got '${code.toLowerCase().replace(/_/g, ' ')}' what does that mean`,
    `it says "${code.replace(/_/g, ' ')}"??`,
  ];
  it.each(BLOCKER_CODES.flatMap((code) => forms(code).map((q) => [code, q] as const)))(
    '%s: %s',
    async (code, q) => {
      const answer = await ask(q);
      expect(answer.topic).toBe(BLOCKER_TOPICS[code]);
      const section = sectionOf(code);
      if (section) expect(sectionsOf(answer.answer)).toContain(section);
      listsNoPatient(answer.answer);
    },
  );
});

describe("A. a refusal in the app's words", () => {
  it.each([
    [
      'got "At most $40.00 can be written off on this charge" huh',
      'write-off-blocked',
      '"At most $X can be written off"',
    ],
    [
      '$150.00 is above your write-off limit of $100.00 per patient per 24 hours. what now',
      'approvals-limits',
      'Going over your limit',
    ],
    [
      'it says you asked for this write-off, so you cannot approve or reject it yourself',
      'approvals-limits',
      'Approving or rejecting a request',
    ],
    [
      'This request is older than 7 days and has expired - what do i do',
      'approvals-limits',
      'Approving or rejecting a request',
    ],
    [
      '"This PR is already cancelled." what does that mean',
      'cancel-pr',
      'Already cancelled or nothing outstanding',
    ],
    [
      'This PR was cancelled, so there is nothing left to write off?',
      'write-off-blocked',
      '"This PR was cancelled"',
    ],
    [
      'got: Only billing managers and admins may refund payments.',
      'refund-payment',
      '"Only billing managers and admins may refund payments"',
    ],
    [
      'Every payment on this charge has already been refunded in full. ??',
      'refund-payment',
      '"There is no payment on this charge to refund"',
    ],
    [
      'the figures on this form were out of date when it was confirmed',
      'write-off-blocked',
      '"The outstanding PR is now $X"',
    ],
    [
      'says "Enter an amount such as 40 or 40.50" what does it want',
      'write-off-blocked',
      'The amount is not valid',
    ],
  ])('%s', async (q, topic, section) => {
    const answer = await ask(q);
    expect(answer.topic).toBe(topic);
    expect(sectionsOf(answer.answer)).toContain(section);
  });

  it('a question quoting nothing is unchanged', async () => {
    expect((await ask('how do I approve a write-off request?')).topic).toBe('approvals-limits');
    expect((await ask('how do I write off a balance')).topic).toBe('write-off-how');
  });
});

describe('B. wrong PR is cancelled, after refunding what was paid', () => {
  it.each([
    'we charged a pt a copay we shouldnt have and they already paid it. what now',
    'patient was billed by mistake for a visit and she paid on it already - how do i fix',
    "the copay should never have been charged, he's already paid it",
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('cancel-pr');
    const sections = sectionsOf(answer.answer);
    expect(sections[0]).toBe('Payments are applied');
    expect(answer.answer).toContain('refund the payment first, then cancel');
    expect(sections).not.toContain('"Already paid"');
  });

  it.each([
    'we billed him a copay he never owed, how do I get rid of it',
    'pt was charged in error, hasnt paid yet',
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('cancel-pr');
    expect(sectionsOf(answer.answer)).toContain('Cancel PR');
  });

  it.each([
    'the estimate we collected at check-in was too high, how do I fix the PR',
    'the placeholder we took at the front desk was wrong, what do I do',
    'we over-collected on the estimate at the visit, how to correct the pr',
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('cancel-pr');
    expect(sectionsOf(answer.answer)[0]).toBe('An estimate, then the remittance');
  });

  it('paid PR the practice will not collect is still refunded, then written off', async () => {
    expect((await ask('can I write off a balance the patient already paid')).topic).toBe('write-off-blocked');
  });
});

describe('C. which reasons need a note', () => {
  it.each([
    'which w/o reasons require a note',
    'what reasons need a note?',
    'when is a note required on a write off',
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('write-off-reasons');
    expect(sectionsOf(answer.answer)[0]).toBe('Reasons that need a note, and what to write');
    expect(answer.answer).toContain('Bad debt');
    expect(answer.answer).toContain('Bankruptcy');
  });

  it('which reasons need none', async () => {
    const answer = await ask("which reasons don't need a note");
    expect(sectionsOf(answer.answer)[0]).toBe('Reasons that need no note');
  });

  it('the form asking for a note is still that refusal', async () => {
    const answer = await ask('it says needs a note, what do I write');
    expect(sectionsOf(answer.answer)).toContain('If the form asks for a reason or a note');
  });
});

describe('D. a misspelled or shortened name in two words', () => {
  it.each([
    [
      'sam oneil aug estimate w/o',
      "*Samuel O'Neil – Office visit 99212 (estimate) (2026-08-30)*",
      'NOTHING_OUTSTANDING',
    ],
    [
      'can i write off sam oneils estimate',
      "*Samuel O'Neil – Office visit 99212 (estimate) (2026-08-30)*",
      'NOTHING_OUTSTANDING',
    ],
    [
      'jnae doe cmp w/o blocked why',
      '*Jane Doe – Comprehensive metabolic panel 80053 (2026-06-03)*',
      'PR_PAID',
    ],
    [
      "why cant i w/o jane deo's cmp",
      '*Jane Doe – Comprehensive metabolic panel 80053 (2026-06-03)*',
      'PR_PAID',
    ],
  ])('%s', async (q, heading, code) => {
    const answer = await ask(q);
    expect(answer.answer).toContain(heading);
    expect(codesOf(answer)).toEqual([code]);
  });

  it('a misspelled name with a balance asked still offers the closest name', async () => {
    expect((await ask('jnae doe balance')).answer).toContain('Closest names:\n• Jane Doe');
  });

  it.each([
    'how do I write off a small balance',
    'dr grace lewis wants to write off the copay',
    'bad debt write off needs what note',
    'write off john nobody balance',
  ])('no patient: %s', async (q) => {
    const answer = await ask(q);
    expect(codesOf(answer)).toEqual([]);
    expect(answer.answer).not.toMatch(/· DOB/);
  });
});

describe('E. a shared name in a write-off question lists the candidates', () => {
  it.each([
    ["write off jane's balance", ['Jane Doe', 'Jane Roe']],
    ["write off mrs doe's balance", ['Jane Doe', 'Janet Doe']],
    ["can I write off jane's whole balance", ['Jane Doe', 'Jane Roe']],
    ["cancel jane's pr", ['Jane Doe', 'Jane Roe']],
  ])('%s', async (q, names) => {
    const answer = await ask(q);
    expect(answer.answer).toContain('Several patients match');
    for (const name of names) expect(answer.answer).toContain(`• ${name} · DOB`);
  });

  it('one patient of that name is that patient', async () => {
    expect((await ask("write off bob's balance")).answer).toContain('*Bob Smith – ');
  });

  it('no name: unchanged', async () => {
    const answer = await ask("write off the patient's balance");
    expect(answer.topic).toBe('write-off-how');
    listsNoPatient(answer.answer);
  });
});

describe("F. what's left on one charge", () => {
  it.each([
    'whats left on jane doe 8/21',
    'jane doe 8/21 whats left',
    "whats left on jane doe's 8/21 charge",
  ])('%s', async (q) => {
    const answer = await ask(q);
    expect(answer.topic).toBe('balance-lookup');
    expect(answer.answer).toContain('*Jane Doe – Chest X-ray 71046 (2026-08-21)*');
    expect(answer.answer).toContain('$70.00 is outstanding on this charge');
  });

  it('an action asked on it is still the action', async () => {
    expect((await ask("what's left to write off on jane doe 8/21")).topic).toBe('write-off-how');
  });
});

describe('G. earlier notes', () => {
  it.each(['can I undo a write-off someone else made?', "how do i reverse another biller's write off"])(
    '%s',
    async (q) => {
      const answer = await ask(q);
      expect(answer.topic).toBe('undo-write-off');
      expect(sectionsOf(answer.answer)[0]).toBe('Who can undo');
    },
  );

  it.each(['pt paid already but wants it waived', 'she paid already, now wants the copay waived'])(
    '%s',
    async (q) => {
      const answer = await ask(q);
      expect(answer.topic).toBe('write-off-blocked');
      expect(sectionsOf(answer.answer)[0]).toBe('"Already paid"');
    },
  );

  it('nothing in the way: no "Already paid" section, and a biller would need approval over $100', async () => {
    const answer = await ask("why can't I write off bob smith's mri");
    expect(codesOf(answer)).toEqual([]);
    expect(sectionsOf(answer.answer)).not.toContain('"Already paid"');
    expect(answer.answer).toContain(
      "a biller's write-off of all $200.00 would go to a billing manager or admin for approval",
    );
    const small = await ask('why cant i write off jane doe 8/21');
    expect(sectionsOf(small.answer)).not.toContain('"Already paid"');
    expect(small.answer).not.toContain("a biller's write-off");
  });
});
