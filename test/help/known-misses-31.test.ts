/**
 * Questions a blind tester found answered wrong on a fresh demo practice, each fixed by the rule
 * that failed, by family rather than by sentence:
 *
 * A. A role, a limit or a condition stated in the question was ignored, and the answer said
 *    "Nothing stands in the way": the role asked about ("can a biller …", "biller here"), what the
 *    asker says they already wrote off for the patient (request-told.ts, limit-finding.ts), a
 *    reason that needs a note said to have none, and a request to approve when none is pending
 *    (pending-approval.ts).
 * B. Names: two lower-case words whose balance is asked, an amount acted on "for" one first name,
 *    one word set off before the action (lone-name.ts); an exact full name the parser's name runs
 *    on past (patient-named.ts), and a spread asked for over the patient's charges (whole-balance.ts).
 * C. The charge: "estimate" names the estimate; a service every charge of the patient's is, named
 *    with no date, lists them (same-service.ts).
 * D. "was written off but now shows $40 again?": what re-opened it, from its ledger.
 * E. General questions: one reason asked about (reason-use-asked.ts), two compared ("diff"), a
 *    misspelt reason, undoing a refund (refund-undo-asked.ts), writing off a cancelled charge, a
 *    batch run again (batch-rerun-asked.ts), whether a batch takes a patient's charge
 *    (batch-situation.ts).
 */
import { describe, expect, it } from 'vitest';
import { listsNoPatient, useDemoPractice } from './support/demo-practice.ts';

const { ask } = useDemoPractice();

const NOTHING = 'Nothing stands in the way';

describe('A. the role, limit or condition the question states', () => {
  it.each([
    ["can a biller write off bob smith's MRI, all $200", '$200.00'],
    ['biller here, write off $150 on tom baker colonoscopy', '$150.00'],
    ["could a biller w/o $120 on Tom Baker's colonoscopy?", '$120.00'],
  ])('%s: over a biller’s default limit, so it goes for approval', async (question, amount) => {
    const { answer, topic, blockers } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(blockers?.map((b) => b.code)).toEqual(['OVER_LIMIT']);
    expect(answer).toContain('Answered for a biller, with a write-off limit of $100.00');
    expect(answer).toContain(`${amount} is above your write-off limit of $100.00`);
    expect(answer).toMatch(/approval/);
    expect(answer).not.toContain(NOTHING);
  });

  it.each(["can a viewer write off jane roe's balance", 'viewer here - can I write off Bob Smith MRI?'])(
    '%s: a viewer may not write off',
    async (question) => {
      const { answer, blockers } = await ask(question);
      expect(blockers?.map((b) => b.code)).toEqual(['NOT_AUTHORIZED']);
      expect(answer).toContain('Answered for a viewer, who may not write off');
      expect(answer).not.toContain(NOTHING);
    },
  );

  it.each([
    [
      "I'm a biller and already wrote off $80 for Tom Baker today, can I write off another $40 on his colonoscopy?",
      '$80.00',
      '$40.00',
      '$120.00',
      '$20.00',
    ],
    [
      "as a biller I've done $70 for Tom Baker earlier, can I w/o $35 more on his colonoscopy?",
      '$70.00',
      '$35.00',
      '$105.00',
      '$30.00',
    ],
  ])(
    '%s: what was written off and the amount asked count together',
    async (question, before, asked, total, left) => {
      const { answer, topic } = await ask(question);
      expect(topic).toBe('approvals-limits');
      expect(answer).toContain(
        `${before} already written off for Tom Baker in the last 24 hours and this ${asked} come to ${total}, over your write-off limit of $100.00`,
      );
      expect(answer).toContain(`Up to ${left} goes through without approval.`);
      expect(answer).not.toContain(NOTHING);
    },
  );

  it('guard: within the limit with what was written off, nothing is in the way', async () => {
    const { answer } = await ask(
      "I'm a biller and already wrote off $30 for Tom Baker today, can I write off another $40 on his colonoscopy?",
    );
    expect(answer).toContain(NOTHING);
    expect(answer).not.toContain('come to $70.00');
  });

  it('guard: "as much as a billing manager" compares roles, and states none', async () => {
    const { answer } = await ask(
      "can a biller write off as much as a billing manager on Tom Baker's colonoscopy? $350",
    );
    expect(answer).not.toContain('Answered for a biller');
  });

  it.each([
    [
      'write off $40 jane doe office visit sept bad debt, no note',
      'Bad debt – uncollectible',
      'collection attempts',
    ],
    ['hardship write-off for Bob Smith MRI without a note', 'Financial hardship', 'financial need'],
  ])('%s: the reason needs a note, refused until one is added', async (question, label, hint) => {
    const { answer, blockers } = await ask(question);
    expect(blockers?.map((b) => b.code)).toEqual(['NOTE_REQUIRED']);
    expect(answer).toContain(label);
    expect(answer).toContain('Next: Add a note with');
    expect(answer).toContain(hint);
    expect(answer).not.toContain(NOTHING);
    // A missing note is the request's, the same on every charge: no other charge "can" take it.
    expect(answer).not.toContain('It can be written off on the patient');
  });

  it('guard: a reason that needs a note, with no word of the note, is told what it needs', async () => {
    const { answer, blockers } = await ask('write off $40 jane doe office visit sept bad debt');
    expect(blockers ?? []).toEqual([]);
    expect(answer).toContain('it needs a note: the collection attempts made');
  });

  it.each(['approve the pending write-off for bob smith', "can I approve Jane Doe's write-off request?"])(
    '%s: no request is pending, and nothing reads as if it could go ahead',
    async (question) => {
      const { answer, topic } = await ask(question);
      expect(topic).toBe('approvals-limits');
      expect(answer).toMatch(/There is no pending write-off request for (Bob Smith|Jane Doe)/);
      expect(answer).not.toContain(NOTHING);
    },
  );
});

describe('B. names', () => {
  it.each([
    ['jan doe balance', ['Jane Doe', 'Janet Doe']],
    ['bob smth balance?', ['Bob Smith']],
  ])('%s: two words whose balance is asked', async (question, names) => {
    const { answer } = await ask(question);
    for (const name of names) expect(answer).toContain(name);
  });

  it('jan doe balance lists both patients it may mean', async () => {
    const { answer } = await ask('jan doe balance');
    expect(answer).toContain('Several patients match');
    expect(answer).toContain('• Jane Doe · DOB');
    expect(answer).toContain('• Janet Doe · DOB');
  });

  it.each([
    ['write off $20 for jane', ['Jane Doe', 'Jane Roe']],
    ['refund $15 to oliver', ['Oliver Johnson', 'Oliver Walker']],
    ['felix - write off $50', ['Felix Allen', 'Felix Brown']],
    ['oliver: write off $10', ['Oliver Johnson', 'Oliver Walker']],
  ])('%s: the patients of that name are listed', async (question, names) => {
    const { answer } = await ask(question);
    expect(answer).toContain('Several patients match');
    for (const name of names) expect(answer).toContain(`• ${name} · DOB`);
  });

  it.each([
    "why can't I write off for jane?",
    'total balance',
    'my total balance?',
    'quick question - write off $5',
  ])('guard: %s lists nobody', async (question) => {
    listsNoPatient((await ask(question)).answer);
  });

  it.each([
    [
      'write off $300 for jane doe spread across her charges',
      '$300.00',
      'more than the $255.00 Jane Doe owes in all',
    ],
    ['write off $100 for jane doe split over her charges', '$100.00', 'clears the oldest open charge first'],
  ])(
    '%s: the exact name wins, and the spread is weighed against all she owes',
    async (question, amount, said) => {
      const { answer, topic } = await ask(question);
      expect(topic).toBe('write-off-how');
      expect(answer).not.toContain('Several patients match');
      expect(answer).toContain('Jane Doe owes $255.00 on 2 open charges');
      expect(answer).toContain(`A spread of ${amount}`);
      expect(answer).toContain(said);
    },
  );
});

describe('C. which charge', () => {
  it.each(['jose nunez estimate: cancel it', "can I cancel josé núñez's estimate?"])(
    '%s: the estimate, paid, so refund first',
    async (question) => {
      const { answer, topic, blockers } = await ask(question);
      expect(topic).toBe('cancel-pr');
      expect(blockers?.map((b) => b.code)).toEqual(['HAS_PAYMENTS']);
      expect(answer).toContain('Office visit 99213 (estimate) (2026-07-15)');
      expect(answer).toContain('$30.00 has been paid on this PR');
      expect(answer).toMatch(/Refund the payment first/);
      expect(answer).not.toContain('Strep test 87880 (2026-09-25)*');
    },
  );

  it('guard: his strep test named is the strep test', async () => {
    const { answer, blockers } = await ask('jose nunez strep test: cancel it');
    expect(blockers?.map((b) => b.code)).toEqual(['REMITTANCE_PR']);
    expect(answer).toContain('Strep test 87880');
  });

  it.each(['mateo jones xray write off', 'can I write off Mateo Jones x-ray 73030?'])(
    '%s: both x-rays are shown, with which one is answered',
    async (question) => {
      const { answer } = await ask(question);
      expect(answer).toContain('Mateo Jones has 2 X-ray 73030 charges');
      expect(answer).toContain('2026-01-05 ($148.00 outstanding)');
      expect(answer).toContain('2026-09-24 ($175.00 outstanding)');
      expect(answer).toContain('name the date of service to ask about another');
    },
  );

  it('guard: a date named picks one, with no list', async () => {
    const { answer } = await ask('mateo jones xray 1/5 write off');
    expect(answer).toContain('(2026-01-05)');
    expect(answer).not.toContain('has 2 X-ray 73030 charges');
  });
});

describe('D. written off, then owed again', () => {
  it.each([
    'maría garcía sept visit was written off but now shows $40 again?',
    "maria garcia's september visit got written off, now it's owed again?",
  ])('%s: the write-off was undone', async (question) => {
    const { answer, blockers } = await ask(question);
    expect(blockers ?? []).toEqual([]);
    expect(answer).toContain('A write-off of $40.00 on it was undone by demo (command line)');
    expect(answer).toContain('put that amount back on the balance');
    expect(answer).not.toContain(NOTHING);
  });
});

describe('E. general questions', () => {
  it.each([
    ['when should i use prompt pay discount', 'Prompt-pay discount', 'It needs no note.'],
    [
      'what is the hardship reason for?',
      'Financial hardship / charity care',
      'It needs a note: how financial need',
    ],
    [
      'can i write off a balance for a patient who declared bankrupcy',
      'Bankruptcy',
      'It needs a note: the bankruptcy case number',
    ],
    ['can we write off for a patient that filed bankruptcy?', 'Bankruptcy', 'the bankruptcy case number'],
  ])('%s: the reasons article, led by the reason and its note', async (question, label, note) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('write-off-reasons');
    expect(answer.startsWith(`_${label}_`)).toBe(true);
    expect(answer).toContain(note);
  });

  it.each(["what's the diff btw collection agency and bad debt reasons", 'bad debt vs collection agency?'])(
    '%s: both reasons explained',
    async (question) => {
      const { answer, topic } = await ask(question);
      expect(topic).toBe('write-off-reasons');
      expect(answer).toContain('_Sent to collection agency_ (`collection_agency`)');
      expect(answer).toContain('_Bad debt – uncollectible_ (`bad_debt`)');
    },
  );

  it.each(['can i undo a refund', 'I refunded the wrong payment, can it be reversed?'])(
    '%s: a refund has no undo; what it re-opened is owed',
    async (question) => {
      const { answer, topic } = await ask(question);
      expect(topic).toBe('refund-payment');
      expect(answer).toMatch(/^No: a refund cannot be undone in the app\./);
      expect(answer).toContain('A refund re-opens the PR');
    },
  );

  it('guard: undoing a write-off compared with a refund keeps its comparison', async () => {
    const { answer } = await ask(
      "what's the difference between undoing a write-off and refunding a payment?",
    );
    expect(answer).toMatch(/^They take back different things\./);
  });

  it.each(['can i write off a cancelled charge', 'can we write off the canceled PR?'])(
    '%s: no, a cancelled PR no longer exists',
    async (question) => {
      const { answer, topic } = await ask(question);
      expect(topic).toBe('write-off-blocked');
      expect(answer).toContain('"This PR was cancelled"');
      expect(answer).toContain('It cannot be written off');
    },
  );

  it.each([
    'how do I re-run a small balance batch if it timed out, will it double write off?',
    'if I run the small balance batch twice will balances get written off twice?',
  ])('%s: the same key writes nothing twice', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('small-balance-batch');
    expect(answer).toMatch(/^Nothing is written off twice\./);
    expect(answer).toContain('with the same key');
    expect(answer).toContain('A batch from the command line');
  });

  it.each([
    "will josé núñez's estimate get picked up by a small balance batch under $60?",
    'would jose nunez estimate be included in the batch below $100',
  ])('%s: no, a batch never takes an estimate', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('small-balance-batch');
    expect(answer).toContain('No: Office visit 99213 (estimate) (2026-07-15) is an estimate');
    expect(answer).toContain('a batch never picks up estimates');
  });

  it('a batch amount below what a charge owes leaves it', async () => {
    const { answer } = await ask(
      "would mateo jones's xrays be included in a small balance batch under $150?",
    );
    expect(answer).toContain('No: X-ray 73030 (2026-09-24) has $175.00 outstanding, more than the $150.00');
  });
});

describe('known earlier: how much can be written off, and what happened', () => {
  it.each([
    ['how much can I write off on bob smith', '$225.00', 'Office visit 99212 (2026-02-05), $25.00'],
    ["what's the most I can write off for bob smith?", '$225.00', 'MRI knee 73721 (2026-08-12), $200.00'],
  ])('%s: what each open charge allows, from the how-to', async (question, total, charge) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('write-off-how');
    expect(answer).toContain(`At most ${total} can be written off for Bob Smith`);
    expect(answer).toContain(charge);
    expect(answer).toContain('You have no write-off limit');
    expect(answer).toContain('Write off part of what the patient owes');
  });

  it('as a biller: what goes through without approval', async () => {
    const { answer } = await ask("as a biller, what's the most I can write off for tom baker?");
    expect(answer).toContain('At most $350.00 can be written off for Tom Baker');
    expect(answer).toContain('Without approval, up to $100.00');
  });

  it('a charge named: that charge only', async () => {
    const { answer } = await ask("how much can I write off on bob smith's MRI?");
    expect(answer).toContain(
      'At most $200.00 can be written off for Bob Smith: what is outstanding on MRI knee 73721',
    );
  });

  it('guard: "can I write off $50 of bob smith\'s MRI" is weighed as before', async () => {
    const { answer } = await ask("can I write off $50 of bob smith's MRI?");
    expect(answer).not.toContain('At most $225.00 can be written off');
  });

  it.each([
    [
      'maría garcía sept visit - what happened?',
      'undo-write-off',
      '*"Already undone"*',
      'Write-off undone: $40.00',
    ],
    ["what happened to bob smith's MRI?", 'refund-payment', '*A refund re-opens the PR*', 'Refunded: $80.00'],
  ])('%s: the story, beside the article of its last step', async (question, topic, section, line) => {
    const answer = await ask(question);
    expect(answer.topic).toBe(topic);
    expect(answer.answer).toContain('What the ledger records:');
    expect(answer.answer).toContain(line);
    expect(answer.answer).toContain(section);
    expect(answer.answer).not.toContain('*Check a balance*');
  });
});
