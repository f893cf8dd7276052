/**
 * Help questions of the sixteenth probe, asked through `cli ask` (as the outside checks ask) on
 * the demo practice, each fixed by a rule about the question's shape or the patient's situation:
 *
 * 1. A question that asks two things answered one: "can I write off Jane Roe's May visit, she's
 *    got a hardship" never said hardship needs a note; a reason named that needs one says which.
 *    "how much is left on María García's June ultrasound" gave her whole balance; a charge named
 *    in a balance question gets that charge's figures.
 * 2. "echo" did not name the Echocardiogram: clinical short forms name a charge's description.
 *    "Lee Chen wants the $68 he paid … back" was read as a $68 write-off: money paid, wanted
 *    back, is a refund.
 * 3. "covering for Dana this week … take that write-off back" took Dana for a patient and listed
 *    four real patients' birth dates and MRNs: one word that is nobody's name lists nobody, and a
 *    write-off taken back is an undo. "can front desk staff write stuff off?" is who may write
 *    off: the roles.
 * 4. The articles' example commands, shown with the patient asked about, kept a made-up amount
 *    ("/writeoff $3.50 Lee Chen small balance" when he owes $20): they show the real figure.
 */
import { describe, expect, it } from 'vitest';
import { actionAsked } from '../../src/help/action-asked.ts';
import { answerQuestion } from '../../src/help/answer.ts';
import { namedCharges } from '../../src/help/charge-named.ts';
import { examplesNaming } from '../../src/help/example-names.ts';
import { reasonNoteLine } from '../../src/help/reason-note.ts';
import { defaultHelpDesk } from '../../src/help/search.ts';
import { asksWhoMayWriteOff } from '../../src/help/who-may-asked.ts';
import type { ChargeView } from '../../src/ledger/index.ts';
import { useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const ask = demo.ask;

/** The first section heading after the article's introduction: the section the answer leads with. */
function firstSection(answer: string): string | undefined {
  return /^\*([^*\n]+)\*$/m.exec(answer.replace(/^\*[^*\n]+\*\n/, ''))?.[1];
}

describe('1a. a reason named that needs a note says which note', () => {
  it.each([
    [
      "can i write off jane roe's may office visit, she's got a hardship",
      '$96.00',
      'how financial need was established',
    ],
    [
      "how much does Samuel O'Neil owe, and can I w/o it as bad debt?",
      '$99.00',
      'the collection attempts made',
    ],
    // Variants: a death told as a story, the reason with a blocked amount.
    ["can I write off Tom Baker's colonoscopy? he passed away last month", '$350.00', 'the date of death'],
    [
      'write off $500 of Anne-Marie Dubois echo as hardship?',
      '$200.00',
      'how financial need was established',
    ],
  ])('%s', async (question, figure, note) => {
    const answer = await ask(question);
    expect(answer.answer).toContain(figure);
    expect(answer.answer).toContain(`it needs a note: ${note}.`);
  });

  // Counter-examples: a reason that needs no note, a role that is no reason, someone who would
  // write off that is no courtesy, a reason named for an action that takes no reason.
  it.each([
    'bob smith feb visit $25, ok to writeoff as small balance?',
    "I'm an admin, can I write off Jane Roe's may visit?",
    "can my coworker write off Jane Roe's may visit?",
    "can I cancel Janet Doe's estimate, we entered it by mistake?",
  ])('%s', async (question) => {
    expect((await ask(question)).answer).not.toContain('needs a note');
  });

  it('reads the reason as the request parser does, who writes off aside', () => {
    expect(reasonNoteLine('she lost her job, can I write it off?')).toContain('Financial hardship');
    expect(reasonNoteLine('can I write it off as a courtesy? her mom is one of our nurses')).toContain(
      'Professional courtesy',
    );
    expect(reasonNoteLine('as an admin, can I write this off?')).toBeUndefined();
    expect(reasonNoteLine('can the billing manager write it off?')).toBeUndefined();
  });
});

describe('1b. a charge named in a balance question gets that charge’s figures', () => {
  it.each([
    ["how much is left on maría garcía's june ultrasound", 'María García – Ultrasound 76700', '$120.00'],
    // Variants: "what's left", the charge by what it was, a short form.
    ["what's left on Jane Doe's chest xray?", 'Jane Doe – Chest X-ray 71046', '$70.00'],
    ['how much does Bob Smith owe on the MRI', 'Bob Smith – MRI knee 73721', '$200.00'],
  ])('%s', async (question, subject, figure) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('balance-lookup');
    expect(answer.answer).toContain(subject);
    expect(answer.answer).toContain(`${figure} is outstanding on this charge`);
    expect(answer.blockers).toEqual([]);
  });

  it('a charge with nothing left says so, with what the patient owes in all', async () => {
    const answer = await ask("Janet Doe's flu shot, how much is left");
    expect(answer.answer).toContain('Nothing is outstanding on this charge; $30.00 was paid.');
    expect(answer.answer).toContain('Janet Doe owes $50.00 on 1 open charge in all.');
  });

  // Counter-example: no charge named is the patient's whole balance, as before.
  it('how much does Jane Doe owe?', async () => {
    const answer = await ask('how much does Jane Doe owe?');
    expect(answer.topic).toBe('balance-lookup');
    // Headed by her name and followed by each open charge since known-misses-33 (J).
    expect(answer.answer).toMatch(/^(?:\*Jane Doe\*\n)?Jane Doe owes \$255\.00 on 2 open charges\./);
  });
});

/** A charge as the ledger lists it, with only what matching by description reads. */
function charge(id: number, description: string): ChargeView {
  return {
    id,
    patientId: 1,
    patientName: 'Test Patient',
    dateOfService: `2026-0${id}-01`,
    description,
    prSource: 'self_pay',
    assessedCents: 1_000,
    paidCents: 0,
    writtenOffCents: 0,
    cancelledCents: 0,
    outstandingCents: 1_000,
    status: 'outstanding',
  };
}

describe('2a. clinical short forms name a charge', () => {
  const charges = [
    charge(1, 'Echocardiogram 93306'),
    charge(2, 'EKG 93000'),
    charge(3, 'Lab panel 80053'),
    charge(4, 'Chest X-ray 71046'),
    charge(5, 'Flu vaccine 90686'),
    charge(6, 'Urinalysis 81001'),
    charge(7, 'Office visit 99213'),
  ];
  it.each([
    ['her echo', 'Echocardiogram 93306'],
    ['the ECG', 'EKG 93000'],
    ['his labs', 'Lab panel 80053'],
    ['both x-rays', 'Chest X-ray 71046'],
    ['the CXR', 'Chest X-ray 71046'],
    ['her flu shot', 'Flu vaccine 90686'],
    ['the UA', 'Urinalysis 81001'],
  ])('%s', (words, description) => {
    expect(namedCharges(charges, `can I write off ${words}?`).map((c) => c.description)).toEqual([
      description,
    ]);
  });

  it('Anne-Marie Dubois echo: the Echocardiogram, with what can be written off and was paid', async () => {
    const answer = await ask(
      'Anne-Marie Dubois echo - she owes the balance after insurance, I want to write off 250, will that work?',
    );
    expect(answer.answer).toContain('Anne-Marie Dubois – Echocardiogram 93306');
    expect(answer.blockers?.map((b) => b.code)).toEqual(['AMOUNT_EXCEEDS_OUTSTANDING']);
    expect(answer.answer).toContain('$200.00');
    expect(answer.answer).toContain('$75.00');
  });
});

describe('2b. money paid, wanted back, is a refund', () => {
  it('Lee Chen wants the $68 he paid on the lipid panel back', async () => {
    const answer = await ask('Lee Chen wants the $68 he paid on the lipid panel back, how do I do that?');
    expect(answer.topic).toBe('refund-payment');
    expect(answer.answer).toContain('Lee Chen – Lipid panel 80061');
    expect(answer.answer).toContain('$68.00 paid on it can be refunded');
    expect(answer.answer).toContain('It does not remove the PR');
    expect(answer.blockers).toEqual([]);
  });

  it.each([
    'Lee Chen wants the $68 he paid on the lipid panel back, how do I do that?',
    // Variants: the copay, the money, asked for rather than wanted.
    'she wants her $40 copay back',
    'the patient is asking for the money he paid last week back',
    'he wants the payment from his June visit back',
  ])('%s', (question) => {
    expect(actionAsked(question)).toBe('refund_payment');
  });

  // Counter-examples: a write-off wanted back is an undo, or no refund; nothing paid, none.
  it.each([
    ['she wants the $20 we wrote off back on the books', 'undo_write_off'],
    ['he wants the write-off back', 'write_off'],
    ['she wants her appointment back on the schedule', 'write_off'],
  ])('%s -> %s', (question, action) => {
    expect(actionAsked(question)).toBe(action);
  });
});

describe('3a. one word that is nobody’s name lists nobody', () => {
  const COVERING =
    'Hi all, covering for Dana this week. A patient called upset: she paid her copay at the front desk but someone also wrote the balance off, so the payment has nowhere to land. I need to take that write-off back so the payment can be posted properly. How do I do that?';

  it('covering for Dana: a general question about undoing a write-off', async () => {
    const answer = await ask(COVERING);
    expect(answer.topic).toBe('undo-write-off');
    expect(answer.answer).not.toContain('No patient matches');
    expect(answer.answer).not.toMatch(/DOB|MRN|DEMO-\d/);
  });

  it('a question about that person’s account says nobody matches, and lists nobody', async () => {
    for (const question of ["why can't I write off Dana's visit?", "what is Dana's balance?"]) {
      const answer = await ask(question);
      expect(answer.answer).toMatch(/^No patient matches "Dana"\.\n\n/);
      expect(answer.answer).not.toMatch(/Closest names|DOB|MRN/);
    }
  });

  // Counter-example: a full name close to a patient's still lists the closest.
  it('a misspelt full name still lists the closest patients', async () => {
    const answer = await ask("why can't I write off Samual O'Neal's visit?");
    expect(answer.answer).toContain('Samuel O');
  });

  it.each([
    'I need to take that write-off back, how do I do that?',
    // Variants: pulled, taken back, backed out.
    'how do I pull the w/o back? it went on the wrong visit',
    'can I take back the write off I did this morning?',
  ])('a write-off taken back is an undo: %s', (question) => {
    expect(answerQuestion(question, defaultHelpDesk()).topic).toBe('undo-write-off');
    expect(actionAsked(question)).toBe('undo_write_off');
  });
});

describe('3b. who may write off is the roles', () => {
  it.each([
    'can front desk staff write stuff off?',
    // Variants: a role allowed, who, access.
    'are viewers allowed to write off?',
    "who's allowed to write off?",
    'does our team have access to write off balances',
    'can the front desk w/o copays?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('approvals-limits');
    expect(firstSection(answer.answer)).toBe('Roles and who can do what');
    expect(asksWhoMayWriteOff(question)).toBe(true);
  });

  // Counter-examples: the asker's own write-off, another action's own article, approvals.
  it.each([
    ['can I write off a copay?', 'write-off-how'],
    ["who's allowed to undo a write off somebody else made?", 'undo-write-off'],
    ['can billers do refunds?', 'refund-payment'],
    ['who can approve write offs', 'approvals-limits'],
  ])('%s -> %s', async (question, topic) => {
    expect((await ask(question)).topic).toBe(topic);
    expect(asksWhoMayWriteOff(question)).toBe(false);
  });
});

describe('4. example commands show the patient asked about with their real figure', () => {
  it('a small balance: the charge’s outstanding, not the article’s $3.50', async () => {
    const answer = await ask('lee chen lipid panel, write off the remaining 20 bucks? small bal');
    expect(answer.answer).toContain('`/writeoff $20.00 Lee Chen small balance`');
    expect(answer.answer).not.toContain('$3.50');
    expect(answer.answer).not.toContain('Jane Doe');
  });

  it('the how-to: every example with the patient and what the charge has outstanding', async () => {
    const answer = await ask("can i write off jane roe's may office visit, she's got a hardship");
    expect(answer.answer).toContain('`/writeoff $96.00 Jane Roe hardship`');
    expect(answer.answer).not.toContain('$40');
  });

  it('a charge’s balance: the look-up’s examples name the patient', async () => {
    const answer = await ask("how much is left on maría garcía's june ultrasound");
    expect(answer.answer).toContain('`/billing balance María García`');
    expect(answer.answer).not.toContain('Jane Doe');
  });

  it('an amount goes when the charge has nothing outstanding, and stays when unknown', () => {
    const example = '`/billing write off $40 for Jane Doe, small balance` and `$40`';
    expect(examplesNaming(example, 'Lee Chen', 0)).toBe(
      '`/billing write off for Lee Chen, small balance` and `$40`',
    );
    expect(examplesNaming(example, 'Lee Chen')).toBe(
      '`/billing write off $40 for Lee Chen, small balance` and `$40`',
    );
  });

  it('a patient given with no situation (a balance) has the examples name them', () => {
    const answer = answerQuestion('what does she owe', {
      ...defaultHelpDesk(),
      topic: 'balance-lookup',
      patientName: 'Priya Patel',
    });
    expect(answer.answer).toContain('`/billing balance Priya Patel`');
    expect(answer.answer).not.toContain('Jane Doe');
  });

  it('a whole balance asked through cli ask has the examples name the patient', async () => {
    const answer = await ask('what does Priya Patel still owe?');
    expect(answer.topic).toBe('balance-lookup');
    expect(answer.answer).toContain('`/billing balance Priya Patel`');
    expect(answer.answer).not.toContain('Jane Doe');
  });
});
