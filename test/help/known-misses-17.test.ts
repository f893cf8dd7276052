/**
 * Help questions of the seventeenth probe, asked through `cli ask` (as the outside checks ask) on
 * the demo practice, and one from Slack, each fixed by a rule about the question's shape or the
 * patient's situation:
 *
 * 1. A question that mentions a balance but asks for something to be done got the balance
 *    article: money that came after a write-off is an undo; "wrte of" is a write-off; "she can't
 *    pay what she owes, what should I do?" asks advice (her balance, and the write-off with the
 *    reason her story tells); "she still owes $20, anything stopping me from writing it off?"
 *    asks about the write-off.
 * 2. "can I undo the write-off on …" said only "Nothing stands in the way": it names the
 *    write-off the undo reverses (amount, reason, who, when) and what the charge owes after.
 * 3. A refund's example showed a made-up "$25" beside a real patient: it shows what is left of the
 *    charge's one payment, or no amount.
 * 4. A goodwill story went to the undo ("back", "record"); "keyed in twice" to the refund; "what's
 *    PR mean?" to the cancel article: a goodwill gesture is a write-off (service recovery), a
 *    charge entered twice a duplicate, and a word's meaning asked is the section defining it.
 * 5. "Bob Smith's colonoscopy" answered about his MRI: a charge named that the patient does not
 *    have is said to be missing, with the charges they have.
 * 6. A write-off split to stay under the limit is answered with the 24-hour rule; the examples
 *    show the reason the question names; the roles article says what a role given without an
 *    amount does to the limit.
 * 7. A biller whose last 24 hours for the patient already reach their limit was told "Nothing
 *    stands in the way": any further write-off for the patient goes for approval, and it says so.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { asksWhatToDo } from '../../src/help/advice-asked.ts';
import { answerQuestion } from '../../src/help/answer.ts';
import { asksForBalance } from '../../src/help/balance-asked.ts';
import { missingCharge } from '../../src/help/charge-named.ts';
import { refundFigure } from '../../src/help/charge-standing.ts';
import { examplesWithReason } from '../../src/help/example-names.ts';
import { recentWriteOffsLine } from '../../src/help/limit-finding.ts';
import { asksToRestoreWrittenOff } from '../../src/help/restore-asked.ts';
import { defaultHelpDesk } from '../../src/help/search.ts';
import { asksToSplitUnderLimit } from '../../src/help/split-asked.ts';
import { normalizeText } from '../../src/help/synonym-phrases.ts';
import { grantRole, writeOff } from '../../src/ledger/index.ts';
import { answerHelp } from '../../src/workflow/help.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const ask = demo.ask;
const general = (question: string) => answerQuestion(question, defaultHelpDesk());

/** The first section heading after the article's introduction: the section the answer leads with. */
function firstSection(answer: string): string | undefined {
  return /^\*([^*\n]+)\*$/m.exec(answer.replace(/^\*[^*\n]+\*\n/, ''))?.[1];
}

describe('1a. money that came in after a write-off is the undo', () => {
  it.each([
    'patient mailed a check after we already wrote her balance off, what now?',
    // Variants: a payment sent in later, paid after the write-off, a check that came in.
    'we wrote off his balance last month and now he sent in a payment, how do I handle that?',
    'she paid after the write-off, what do I do',
    'we wrote off his balance and then a check came in',
  ])('%s', (question) => {
    const answer = general(question);
    expect(answer.topic).toBe('undo-write-off');
    expect(answer.answer).toContain('*Money came in on a written-off balance*');
    expect(asksToRestoreWrittenOff(question)).toBe(true);
  });

  // Counter-examples: paid before the write-off asked, a refund, nothing written off.
  it.each([
    'can I write off the rest after she paid part of it?',
    'she paid after the write-off, can I refund her?',
    'she mailed a check after her visit, how do I see her balance',
  ])('%s', (question) => {
    expect(asksToRestoreWrittenOff(question)).toBe(false);
  });
});

describe('1b. "write off" misspelt by a letter is still a write-off', () => {
  it.each([
    'how do i wrte of a paitent balnce',
    // Variants: a letter swapped, one doubled, "of" for "off".
    'how do i wirte off a patients balance',
    'how to writeof a pt balance',
    'how do i writte of a balance',
  ])('%s', (question) => {
    expect(general(question).topic).toBe('write-off-how');
    expect(normalizeText(question)).toContain('writeoff');
  });

  // Counter-examples: "of" after words that are not "write".
  it.each([
    'how much of her balance is left',
    'what is the rest of the bill',
    'the white of the form',
    'a writer of notes',
  ])('%s', (question) => {
    expect(normalizeText(question)).not.toContain('writeoff');
  });
});

describe('1c. a patient’s balance with advice or an action asked is the action', () => {
  it("María García lost her job: her balance, and the hardship write-off's note", async () => {
    const answer = await ask("María García lost her job and can't pay what she owes. what should I do?");
    expect(['write-off-how', 'write-off-reasons']).toContain(answer.topic);
    expect(answer.answer).toContain('María García owes $160.00 on 2 open charges in all.');
    expect(answer.answer).toContain('_Financial hardship / charity care_, it needs a note');
    expect(answer.blockers).toEqual([]);
  });

  it('a variant: options asked, the story a hardship', async () => {
    const answer = await ask("Jane Roe can't afford what she owes, what are my options?");
    expect(answer.topic).toBe('write-off-how');
    expect(answer.answer).toContain('Jane Roe owes $196.00 on 2 open charges in all.');
    expect(answer.answer).toContain('Financial hardship');
  });

  it.each([
    [
      'Lee Chen still owes $20 on the lipid panel — anything stopping me from writing it off?',
      'Lee Chen – Lipid panel 80061',
      '$20.00 is outstanding',
    ],
    // Variants: the verb misspelt and a word apart; the charge by its short form.
    [
      'Jane Doe owes on the xray, can I writ it off?',
      'Jane Doe – Chest X-ray 71046',
      '$70.00 is outstanding',
    ],
  ])('%s', async (question, subject, figure) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('write-off-how');
    expect(answer.answer).toContain(subject);
    expect(answer.answer).toContain(figure);
  });

  // Counter-examples: a balance asked, of the patient or of a charge.
  it.each(['what does Jane Doe owe?', "how much is left on Jane Doe's chest x-ray"])(
    '%s',
    async (question) => {
      expect((await ask(question)).topic).toBe('balance-lookup');
    },
  );

  it('reads advice and actions in any spelling, and balances otherwise', () => {
    expect(asksWhatToDo("she can't pay, what should I do?")).toBe(true);
    expect(asksWhatToDo('any advice?')).toBe(true);
    expect(asksWhatToDo('what does she owe?')).toBe(false);
    expect(asksForBalance('she still owes $20, anything stopping me from writing it off?')).toBe(false);
    expect(asksForBalance('how much does she owe?')).toBe(true);
  });
});

describe('2. an undo names the write-off it reverses and what the charge owes after', () => {
  it.each([
    [
      'Priya Patel allergy testing — can I undo the write-off on it?',
      'the $20.00 write-off (_Service recovery / patient experience_) made by demo (command line) on',
      '$60.00 would be outstanding on this charge again.',
    ],
    [
      "can I put Priya Patel's February office visit back on the books? the write-off was a mistake",
      'the $15.00 write-off (_Bad debt – uncollectible_) made by demo (command line) on',
      '$15.00 would be outstanding on this charge again.',
    ],
    [
      "undo the write-off on Samuel O'Neil's estimate?",
      'the $30.00 write-off (_Small balance_) made by demo (command line) on',
      '$30.00 would be outstanding on this charge again.',
    ],
  ])('%s', async (question, writeOffNamed, after) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('undo-write-off');
    expect(answer.blockers).toEqual([]);
    expect(answer.answer).toContain(writeOffNamed);
    expect(answer.answer).toContain(after);
  });

  it('in Slack, whoever made the write-off is among the people to mention; no batch is claimed', async () => {
    const ASKER = 'U17UNDOASK';
    await grantRole(demo.db, { grantedBy: 'cli:test', userId: ASKER, role: 'billing_manager' });
    const reply = await answerHelp(demo.db, {
      question: 'Priya Patel allergy testing — can I undo the write-off on it?',
      actorId: ASKER,
      today: '2026-12-04',
      desk: defaultHelpDesk(),
    });
    expect(reply.actors).toEqual(['cli:demo']);
    expect(reply.answer).not.toContain('small-balance batch');
  });

  it("the asker's own write-off is said to be theirs", async () => {
    await createCharge(demo.db, {
      firstName: 'Otto',
      lastName: 'Ownwriteoff',
      assessedCents: 9_000,
    }).then((charge) =>
      expectOk(
        writeOff(demo.db, {
          chargeId: charge.chargeId,
          amountCents: 2_500,
          reason: 'bad_debt',
          note: 'three statements, no answer',
          actor: 'cli:test',
          source: 'cli',
          idempotencyKey: randomUUID(),
        }),
      ),
    );
    const answer = await ask("can I undo Otto Ownwriteoff's write-off?");
    expect(answer.answer).toContain('the $25.00 write-off (_Bad debt – uncollectible_) made by you on');
    expect(answer.answer).toContain('$90.00 would be outstanding on this charge again.');
  });

  // Counter-example: a write-off already undone is the rule's refusal, with no write-off named.
  it("why can't I undo María García's write-off?", async () => {
    const answer = await ask("why can't I undo María García's write-off?");
    expect(answer.blockers?.map((b) => b.code)).toEqual(['ALREADY_REVERSED']);
    expect(answer.answer).not.toContain('would be outstanding');
  });
});

describe('3. a refund’s example shows what is left of the payment, never a made-up amount', () => {
  it.each([
    ["am I allowed to refund Janet Doe's flu shot payment?", "`/billing refund Janet Doe's $30.00 payment`"],
    [
      'maria garcia wants her $100 back for the ultrasound, how do I do that?',
      "`/billing refund María García's $100.00 payment`",
    ],
    [
      'Anne-Marie Dubois paid $75 on her echo, can I refund all of it?',
      "`/billing refund Anne-Marie Dubois's $75.00 payment`",
    ],
  ])('%s', async (question, example) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('refund-payment');
    expect(answer.answer).toContain(example);
    expect(answer.answer).not.toContain('$25');
  });

  it('one payment left: its amount; several or none: no amount', () => {
    const payment = (amountCents: number, refundedCents = 0) => ({
      entryId: 1,
      chargeId: 1,
      amountCents,
      refundedCents,
      createdAt: new Date(),
    });
    expect(refundFigure([payment(4_000, 1_000)])).toBe(3_000);
    expect(refundFigure([payment(4_000, 4_000), payment(2_000)])).toBe(2_000);
    expect(refundFigure([payment(4_000), payment(2_000)])).toBe(0);
    expect(refundFigure([])).toBe(0);
  });
});

describe('4. a goodwill gesture, a charge keyed twice, a word’s meaning', () => {
  const GOODWILL =
    "Long one, sorry. Patient came in back in the spring, after insurance she owed $45. She insists she paid at the front desk but there's no record of it, she's really upset, and my manager said to just let it go as a goodwill gesture. What's the right way to do that in here, and which reason do I pick?";

  it.each([
    GOODWILL,
    // Variants: let it slide, eat the cost.
    'the office manager wants us to let the $30 slide as a goodwill thing after the long wait, how do I do that?',
    'we are going to eat the cost for this patient as goodwill, which reason do I use?',
  ])('%s', (question) => {
    const answer = general(question);
    expect(['write-off-how', 'write-off-reasons']).toContain(answer.topic);
    expect(answer.answer).toMatch(
      /^Written off as _Service recovery \/ patient experience_, it needs a note/,
    );
  });

  it.each([
    'write off vs cancel vs refund: the front desk keyed the same self-pay charge in twice, which one fixes that?',
    // Variants: double billed, posted twice.
    'the patient was double billed for the same visit, should I cancel or refund or write off?',
    'a self-pay visit got posted twice, refund it or cancel it?',
  ])('%s', (question) => {
    expect(['cancel-pr', 'write-off-vs-cancel']).toContain(general(question).topic);
  });

  it.each([
    "what's PR mean in here?",
    // Variants: spelled out, stands for, no apostrophe.
    'what is patient responsibility?',
    'what does PR stand for',
    'whats patient responsibility mean',
  ])('%s', (question) => {
    const answer = general(question);
    expect(answer.topic).toBe('balance-lookup');
    expect(firstSection(answer.answer)).toBe('What PR means');
    expect(answer.answer).toContain('_PR_ is short for _patient responsibility_');
  });

  // Counter-examples: a status's meaning, a blocker's meaning, a word no section defines.
  it.each([
    ["what does the 'written off' status mean", 'What the statuses mean'],
    ["what does 'nothing outstanding' mean?", '"Already written off"'],
  ])('%s', (question, section) => {
    expect(firstSection(general(question).answer)).toBe(section);
  });
});

describe('5. a charge named that the patient does not have is said to be missing', () => {
  it.each([
    [
      "Bob Smith's colonoscopy — can I write that off?",
      'Bob Smith has no colonoscopy charge.',
      'MRI knee 73721',
    ],
    // Variants: a refund, a balance, an undo, a month, a short form.
    ["can I refund Tom Baker's flu shot?", 'Tom Baker has no flu shot charge.', 'Colonoscopy 45378'],
    ["how much is left on Priya Patel's x-ray", 'Priya Patel has no x-ray charge.', 'Allergy testing'],
    [
      'can I undo the write-off on Bob Smith’s ultrasound',
      'Bob Smith has no ultrasound charge.',
      'Office visit 99212',
    ],
    ["can I write off Jane Doe's March visit?", 'Jane Doe has no charge in March.', 'Chest X-ray 71046'],
    ["why can't I write off Lee Chen's echo?", 'Lee Chen has no echo charge.', 'Lipid panel 80061'],
  ])('%s', async (question, missing, listed) => {
    const answer = await ask(question);
    expect(answer.answer).toContain(missing);
    expect(answer.answer).toContain(listed);
    expect(answer.blockers).toEqual([]);
  });

  it('names no amount of another patient’s charge, nor a made-up one', async () => {
    const answer = await ask("Bob Smith's colonoscopy — can I write that off?");
    expect(answer.answer).not.toContain('$350');
    expect(answer.answer).toContain('`/billing write off for Bob Smith, small balance`');
  });

  // Counter-examples: the charge is there, by its words or a short form.
  it.each([
    ["can I write off Jane Doe's chest x-ray?", 'Jane Doe – Chest X-ray 71046'],
    ['Anne-Marie Dubois echo - can I write it off', 'Anne-Marie Dubois – Echocardiogram 93306'],
    ['write off jane doe labs', 'Jane Doe – Comprehensive metabolic panel 80053'],
    ["can I write off Tom Baker's colonoscopy?", 'Tom Baker – Colonoscopy 45378'],
  ])('%s', async (question, subject) => {
    const answer = await ask(question);
    expect(answer.answer).toContain(subject);
    expect(answer.answer).not.toContain(' has no ');
  });
});

describe('5b. a service named by another of its names is not missing', () => {
  const charge = (id: number, description: string) => ({
    id,
    patientId: 1,
    patientName: 'Test Patient',
    dateOfService: `2026-0${id}-01`,
    description,
    prSource: 'self_pay' as const,
    assessedCents: 1_000,
    paidCents: 0,
    writtenOffCents: 0,
    cancelledCents: 0,
    outstandingCents: 1_000,
    status: 'outstanding' as const,
  });
  const charges = [
    charge(1, 'EKG 93000'),
    charge(2, 'Flu vaccine 90686'),
    charge(3, 'Physical therapy 97110'),
  ];

  it.each(['her electrocardiogram', 'the vaccination', 'his physiotherapy', 'the jab', 'her ECG'])(
    '%s',
    (words) => {
      expect(missingCharge(charges, `can I write off ${words}?`)).toBeUndefined();
    },
  );

  it.each([
    ['her colonoscopy', { kind: 'service', word: 'colonoscopy' }],
    ['the knee MRI', { kind: 'service', word: 'knee MRI' }],
    ['her April visit', { kind: 'month', month: 4 }],
  ])('%s', (words, missing) => {
    expect(missingCharge(charges, `can I write off ${words}?`)).toEqual(missing);
  });
});

describe('6a. a write-off split to stay under the limit is the 24-hour rule', () => {
  it.each([
    "can I just do three $90 write-offs for the same patient instead of one $270 so it doesn't need approval?",
    // Variants: split, smaller ones, break it up.
    'can I split a $300 write-off into three $100 ones to stay under my limit?',
    'if I break it into smaller write offs will it avoid approval?',
    'can I do it in pieces so it stays under my cap?',
  ])('%s', (question) => {
    const answer = general(question);
    expect(answer.topic).toBe('approvals-limits');
    expect(firstSection(answer.answer)).toBe('Your write-off limit');
    expect(answer.answer).toContain('last 24 hours');
    expect(asksToSplitUnderLimit(question)).toBe(true);
  });

  // Counter-examples: a spread over charges, splitting with no limit in question.
  it.each(['can I spread a write-off over several charges?', 'can I split the bill between two visits?'])(
    '%s',
    (question) => {
      expect(asksToSplitUnderLimit(question)).toBe(false);
    },
  );
});

describe('6b. the examples show the reason the question names', () => {
  it("Tom Baker's colonoscopy, I want to write off $350 for hardship. Can I?", async () => {
    const answer = await ask("Tom Baker's colonoscopy, I want to write off $350 for hardship. Can I?");
    const examples =
      answer.answer.match(/`(?:\/writeoff|\/billing write off|@billing write off) [^`]*`/g) ?? [];
    expect(examples).toEqual([
      '`/writeoff $350.00 Tom Baker hardship`',
      '`/billing write off $350.00 for Tom Baker, hardship`',
      '`@billing write off $350.00 for Tom Baker, hardship`',
    ]);
  });

  // Variants: the command line's reason code, for a bad debt and a courtesy.
  it.each([
    ["what's the slack command to write off a bad debt balance?", '--reason bad_debt`'],
    ["how do I write off Jane Doe's balance in slack as a courtesy?", '--reason professional_courtesy`'],
  ])('%s', (question, code) => {
    const answer = general(question);
    expect(answer.answer).toContain(code);
    expect(answer.answer).not.toContain('small_balance');
  });

  it('the codes and words of the examples', () => {
    const text =
      '`/writeoff 40 Jane Doe hardship`, `/billing write off $40 for Jane Doe, small balance`, ' +
      '`npm run -s cli -- writeoff --charge <id> --amount 40 --reason small_balance`, `/billing undo the write-off for Jane Doe`';
    expect(examplesWithReason(text, 'deceased')).toBe(
      '`/writeoff 40 Jane Doe deceased`, `/billing write off $40 for Jane Doe, deceased`, ' +
        '`npm run -s cli -- writeoff --charge <id> --amount 40 --reason deceased`, `/billing undo the write-off for Jane Doe`',
    );
    expect(examplesWithReason(text, null)).toBe(text);
    expect(examplesWithReason(text, 'other')).toBe(text);
  });

  // Counter-example: reasons compared keep the examples as written, and no reason leads.
  it('whats collection agency reason vs bad debt', () => {
    const answer = general('whats collection agency reason vs bad debt');
    expect(answer.answer).not.toMatch(/^Written off as/);
    expect(answer.answer).toContain('`/writeoff 25 Jane Doe hardship`');
  });
});

describe('6c. the roles article says what a role given without an amount does to the limit', () => {
  it('the limit set is kept, except for a move up to billing manager or admin', () => {
    const article = defaultHelpDesk().articles.find((a) => a.id === 'approvals-limits');
    const section = article?.sections.find((s) => s.heading === 'Giving a role or a limit');
    expect(section?.text).toContain('the limit already set for the person stays as it is');
    expect(section?.text).toContain('someone made a billing manager or admin has no limit');
    expect(section?.text).not.toContain('back on the default');
  });
});

describe('7. a biller whose last 24 hours reach the limit is told any write-off goes for approval', () => {
  const REACHED = 'U17REACHED';
  const UNDER = 'U17UNDER';
  const MANAGER = 'U17MANAGER';

  /** What a Slack user gets: the same function, their own role. */
  const askInSlack = (userId: string, question: string) =>
    answerHelp(demo.db, { question, actorId: userId, today: '2026-12-04', desk: defaultHelpDesk() });

  beforeAll(async () => {
    // A biller whose limit was lowered after writing off $150 for the patient today.
    await grantRole(demo.db, {
      grantedBy: 'cli:test',
      userId: REACHED,
      role: 'biller',
      limitCents: 20_000,
    });
    await grantRole(demo.db, { grantedBy: 'cli:test', userId: UNDER, role: 'biller' });
    await grantRole(demo.db, { grantedBy: 'cli:test', userId: MANAGER, role: 'billing_manager' });
    const mri = await createCharge(demo.db, {
      firstName: 'Wanda',
      lastName: 'Limitreach',
      description: 'MRI knee 73721',
      dateOfService: '2026-08-12',
      assessedCents: 30_000,
    });
    const { patientId } = mri;
    await createCharge(demo.db, {
      patientId,
      description: 'Lab panel 80053',
      dateOfService: '2026-06-03',
      assessedCents: 4_200,
      paidCents: 4_200,
    });
    await createCharge(demo.db, {
      patientId,
      description: 'Office visit 99213',
      dateOfService: '2026-09-10',
      assessedCents: 9_000,
    });
    const writeOffBy = (actor: string, amountCents: number) =>
      expectOk(
        writeOff(demo.db, {
          chargeId: mri.chargeId,
          amountCents,
          reason: 'small_balance',
          actor,
          source: 'slash_command',
          idempotencyKey: randomUUID(),
        }),
      );
    await writeOffBy(REACHED, 15_000);
    await writeOffBy(UNDER, 6_000);
    await writeOffBy(MANAGER, 2_000);
    await grantRole(demo.db, {
      grantedBy: 'cli:test',
      userId: REACHED,
      role: 'biller',
      limitCents: 10_000,
    });
  });

  const FURTHER =
    'any further write-off for Wanda Limitreach goes to a billing manager or admin for approval';

  it("why can't I write off her office visit? — nothing else in the way, but the limit is reached", async () => {
    const reply = await askInSlack(REACHED, "why can't I write off Wanda Limitreach's office visit?");
    expect(reply.answer.answer).toContain('You wrote off $150.00 for Wanda Limitreach in the last 24 hours');
    expect(reply.answer.answer).toContain(FURTHER);
    expect(reply.answer.answer).not.toContain('Nothing stands in the way');
    expect(reply.answer.answer).toContain('$90.00 is outstanding');
    // The approvals article's section on going over the limit follows, not another refusal's.
    expect(reply.answer.topic).toBe('approvals-limits');
    expect(firstSection(reply.answer.answer)).toBe('Going over your limit');
  });

  it('the same on a paid charge, with its refusal', async () => {
    const reply = await askInSlack(REACHED, "why can't I write off Wanda Limitreach's Jun 3 charge?");
    expect(reply.blockers.map((b) => b.code)).toEqual(['PR_PAID']);
    expect(reply.answer.answer).toContain(FURTHER);
  });

  it('under the limit: how much more goes through without approval', async () => {
    const reply = await askInSlack(UNDER, "can I write off Wanda Limitreach's office visit?");
    expect(reply.answer.answer).toContain('Nothing stands in the way');
    expect(reply.answer.answer).toContain(
      'You wrote off $60.00 for Wanda Limitreach in the last 24 hours: up to $40.00 more goes through without approval',
    );
  });

  // Counter-examples: no limit, nothing written off by the asker, an amount the rules weigh.
  it('a billing manager with no limit is told nothing of it', async () => {
    const reply = await askInSlack(MANAGER, "can I write off Wanda Limitreach's office visit?");
    expect(reply.answer.answer).toContain('Nothing stands in the way');
    expect(reply.answer.answer).not.toContain('You wrote off');
  });

  it('an amount asked is weighed by the rules, which say the limit themselves', async () => {
    const reply = await askInSlack(REACHED, "why can't I write off $20 of Wanda Limitreach's office visit?");
    expect(reply.blockers.map((b) => b.code)).toEqual(['OVER_LIMIT']);
    expect(reply.answer.answer).not.toContain(FURTHER);
  });

  it('says reached at the limit exactly, and nothing with no limit or nothing written off', () => {
    const biller = { userId: 'U1', role: 'biller' as const, limitCents: 10_000 };
    const patient = { patientName: 'Pat Example' };
    expect(recentWriteOffsLine(biller, { cents: 10_000, ...patient })?.reached).toBe(true);
    expect(recentWriteOffsLine(biller, { cents: 9_999, ...patient })?.reached).toBe(false);
    expect(recentWriteOffsLine(biller, { cents: 0, ...patient })).toBeUndefined();
    expect(
      recentWriteOffsLine({ ...biller, limitCents: null }, { cents: 20_000, ...patient }),
    ).toBeUndefined();
  });
});
