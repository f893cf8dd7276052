/**
 * Questions a blind tester found answered wrong on a fresh demo practice, each fixed by the rule
 * that failed, by family rather than by sentence:
 *
 * A. The 24-hour limit: amounts told with a comma after them ("$50, what happens?") were not
 *    added up (limit-sum-asked.ts), and the sum over a stated limit goes to the limits article
 *    whatever the story's words rank first; approval asked about a patient's charge with no amount
 *    weighs all it owes (situation.ts); what was written off before, told as "and wrote off $60
 *    earlier today" or "60 today", and "50 more" asked, are weighed together (request-told.ts,
 *    charge-named.ts).
 * B. Access taken away (the role `none`) and whether the CSV files are safe in a spreadsheet
 *    (access-asked.ts).
 * C. Approving one's own request, asked with a patient named: SELF_APPROVAL first (situation.ts).
 * D. Whether a batch would take a charge ("be in a $50 small balance batch") or did take it ("was
 *    it part of a batch?", which batch) (batch-situation.ts).
 * E. Several write-offs on one charge: which one is undone and which still stand, the batch's own
 *    when a batch is named (undo-situation.ts); "I thought we undid that" lists the write-offs too
 *    (history-asked.ts).
 * F. A cancel asked back on a patient's cancelled charge: it has no undo; the PR is posted again
 *    (cancel-undo-asked.ts).
 * G. A request expired (older than 7 days) or rejected: what that means and what to do next
 *    (request-outcome-asked.ts); "is it possible to write off …" asks to act (action-asked.ts).
 * H. "owes what now" asks the balance (balance-asked.ts); "what's written off … and by who" asks
 *    the ledger's history (history-asked.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.ts';
import {
  applySmallBalanceBatch,
  cancelPr,
  chargeHistory,
  grantRole,
  listCharges,
  undoWriteOff,
  writeOff,
} from '../../src/ledger/index.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { useDemoPractice } from './support/demo-practice.ts';

const NOTHING = 'Nothing stands in the way';

const MANAGER = 'U-KM32-MANAGER';

/** The day `days` before today, as `YYYY-MM-DD`. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
const common = { actor: MANAGER, source: 'cli' as const };

/**
 * A $25 office visit written off whole as a small balance, that undone ("wrong patient"), then
 * $10 written off as an administrative error; with `batch`, the $15 left taken by a small-balance
 * batch, and with `batchUndone` that batch undone.
 */
async function severalWriteOffs(
  db: Database,
  lastName: string,
  options: { readonly batch?: boolean; readonly batchUndone?: boolean } = {},
): Promise<void> {
  const { chargeId } = await createCharge(db, {
    firstName: 'Ottilie',
    lastName,
    description: 'Office visit 99212',
    dateOfService: '2026-02-05',
    assessedCents: 2_500,
  });
  const first = await expectOk(
    writeOff(db, {
      ...common,
      chargeId,
      amountCents: 'all',
      reason: 'small_balance',
      idempotencyKey: randomUUID(),
    }),
  );
  await expectOk(
    undoWriteOff(db, {
      ...common,
      writeOffEntryId: first.entryId,
      note: 'wrong patient',
      idempotencyKey: randomUUID(),
    }),
  );
  await expectOk(
    writeOff(db, {
      ...common,
      chargeId,
      amountCents: 1_000,
      reason: 'administrative',
      note: 'billing error on copay',
      idempotencyKey: randomUUID(),
    }),
  );
  if (!options.batch) return;
  await expectOk(
    applySmallBalanceBatch(db, {
      ...common,
      selection: [{ chargeId, outstandingCents: 1_500 }],
      underCents: 2_500,
      minAgeDays: 60,
      idempotencyKey: randomUUID(),
    }),
  );
  if (!options.batchUndone) return;
  const batchEntry = (await chargeHistory(db, { chargeId })).find((e) => e.kind === 'write_off' && e.batchId);
  if (!batchEntry) throw new Error('the batch wrote nothing off');
  await expectOk(
    undoWriteOff(db, { ...common, writeOffEntryId: batchEntry.id, idempotencyKey: randomUUID() }),
  );
}

const { ask } = useDemoPractice(async (db) => {
  await grantRole(db, { grantedBy: 'cli:test', userId: MANAGER, role: 'billing_manager' });
  await severalWriteOffs(db, 'Brankowski');
  await severalWriteOffs(db, 'Askevold', { batch: true });
  await severalWriteOffs(db, 'Tremayne', { batch: true, batchUndone: true });
  // Two small balances, one on a visit 10 days old, one 100 days old (a batch takes only the second).
  await createCharge(db, {
    firstName: 'Ottilie',
    lastName: 'Farquhar',
    description: 'Office visit 99212',
    dateOfService: daysAgo(10),
    assessedCents: 4_500,
  });
  await createCharge(db, {
    firstName: 'Ottilie',
    lastName: 'Pemberton',
    description: 'Office visit 99213',
    dateOfService: daysAgo(100),
    assessedCents: 4_000,
  });
  // Janet Doe's estimate, cancelled as entered in error.
  const patients = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const all = (await Promise.all(patients.map((patientId) => listCharges(db, { patientId })))).flat();
  const [estimate] = all.filter(
    (c) => c.patientName === 'Janet Doe' && c.prSource === 'placeholder' && c.outstandingCents > 0,
  );
  if (!estimate) throw new Error('the demo has no open estimate for Janet Doe');
  await expectOk(
    cancelPr(db, {
      chargeId: estimate.id,
      reason: 'entered_in_error',
      ...common,
      idempotencyKey: randomUUID(),
    }),
  );
});

describe('A. the 24-hour limit', () => {
  it.each([
    'my limit is $100, i wrote off $60 this morning and now want to write off $50, what happens?',
    'my limit is $100, i wrote off $60 this morning and now want to write off $50 for the same patient. does it need a second person to confirm?',
    'my limit is $100. wrote off $60 this morning, now i want to write off $50 more - will it go through?',
  ])('%s: the sum is over the limit, so it goes for approval', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain('$60.00 + $50.00 = $110.00');
    expect(answer).toContain('over your $100.00 limit');
    expect(answer).toMatch(/approval/);
  });

  it('guard: two amounts within the limit need no approval', async () => {
    const { answer, topic } = await ask(
      'my limit is $100, i wrote off $30 this morning and now want to write off $50, what happens?',
    );
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain('$30.00 + $50.00 = $80.00');
    expect(answer).toContain('none of them needs approval');
  });

  it.each([
    "tom baker colonoscopy, i'm a biller, already wrote off 60 today, can i do 50 more without approval?",
    "tom baker colonoscopy - i'm a biller and wrote off $60 earlier today. can i write off another $50 without needing approval?",
  ])('%s: what was told and what is asked are added up', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain('$60.00 already written off for Tom Baker');
    expect(answer).toContain('come to $110.00, over your write-off limit of $100.00');
    expect(answer).toContain('Up to $40.00 goes through without approval');
    expect(answer).not.toContain(NOTHING);
  });

  it.each([
    ['tom baker colonoscopy write off, do i need approval as a biller?', '$350.00'],
    ["as a biller, does writing off bob smith's mri need a manager to approve it?", '$200.00'],
  ])('%s: all it owes is over the limit', async (question, owed) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain(`All of its ${owed} is over your write-off limit of $100.00`);
    expect(answer).toContain('Up to $100.00 goes through without approval');
    expect(answer).not.toContain(NOTHING);
  });

  it('guard: $50 asked on top of $30 told is within the limit', async () => {
    const { answer } = await ask(
      "tom baker colonoscopy, i'm a biller, already wrote off $30 today, can i do $50 more without approval?",
    );
    expect(answer).not.toContain('over your write-off limit');
  });
});

describe('B. access and the CSV files', () => {
  it.each([
    "why can't U0GONE see balances anymore",
    'my coworker suddenly cannot look up patients in the app, why?',
  ])('%s: the role none takes access away', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain('the role `none`');
    expect(answer).toContain('can still read the general help, but nothing about a patient');
  });

  it.each(['what does role none mean', 'what happens if an admin sets someone to none?'])(
    '%s: what the role none is',
    async (question) => {
      const { answer } = await ask(question);
      expect(answer).toContain('The role `none` is how an admin takes someone’s access away');
    },
  );

  it.each([
    'is the report CSV safe in Excel if notes start with =?',
    'can a note starting with + run as a formula when I open the audit csv in a spreadsheet?',
  ])('%s: yes, spreadsheet-safe', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toMatch(/^Yes\. Every CSV the app writes/);
    expect(answer).toContain("written with a `'` in front");
  });

  it('guard: a write-off refused is not about access', async () => {
    const { answer } = await ask("why can't I write off a paid charge?");
    expect(answer).not.toContain('the role `none`');
  });
});

describe('F. a cancel asked back', () => {
  it.each([
    "can I undo the cancellation on janet doe's estimate",
    'janet doe - we cancelled her estimate by mistake, how do we reverse that?',
  ])('%s: a cancel has no undo; post the PR again', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('cancel-pr');
    expect(answer).toContain('Janet Doe');
    expect(answer).toContain("$50.00 of PR on this charge of Janet Doe's was cancelled");
    expect(answer).toContain('A cancel cannot be undone in the app');
    expect(answer).toContain('assessed again and posted as new PR');
    expect(answer).not.toContain('nothing to undo');
  });

  it('guard: a patient with no cancelled charge is not told of one', async () => {
    const { answer } = await ask("can I undo the cancellation on tom baker's colonoscopy");
    expect(answer).not.toContain('of PR on this charge of');
  });
});

describe('E. several write-offs on one charge', () => {
  it.each([
    "why is ottilie brankowski's office visit written off, I thought we undid that",
    "didn't we undo ottilie brankowski's office visit write-off? why is it still written off",
  ])('%s: the undo and the write-off still in place', async (question) => {
    const { answer } = await ask(question);
    expect(answer).toContain('Write-off undone: $25.00');
    expect(answer).toContain('Written off: $10.00');
    expect(answer).toContain('$15.00 is outstanding now.');
  });

  it.each([
    "undo ottilie askevold's office visit write-off, it says ALREADY_REVERSED",
    "ottilie askevold's office visit: tried to undo and got ALREADY_REVERSED, what now?",
  ])('%s: which write-off was undone, and which still stand', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('undo-write-off');
    expect(answer).toContain('This charge has 3 write-offs (2 still in effect)');
    expect(answer).toMatch(/\$25\.00 \(_Small balance_\) by [^\n]*: already undone by/);
    expect(answer).toMatch(/\$10\.00 \(_Administrative \/ practice error_\) by [^\n]*: still in effect/);
    expect(answer).not.toContain('already written off');
  });

  it.each([
    "can i undo the batch write-off on ottilie tremayne's office visit again? says ALREADY_REVERSED",
    "what's outstanding on ottilie tremayne's office visit after the batch undo and why",
  ])('%s: the batch write-off is the one already undone; $15.00 is owed now', async (question) => {
    const { answer } = await ask(question);
    expect(answer).toContain('This write-off was already undone');
    expect(answer).toMatch(
      /\$15\.00 \(_Small balance_\) by [^\n]*, in a small-balance batch: already undone by/,
    );
    expect(answer).toContain('$15.00 is outstanding now.');
    expect(answer).not.toContain('reverses the $10.00 write-off');
  });

  it('guard: a charge with one write-off lists none', async () => {
    const { answer } = await ask("can I undo the write-off on jane doe's fully written off charge?");
    expect(answer).not.toContain('write-offs (');
  });
});

describe('D. small-balance batch membership', () => {
  it.each([
    "would ottilie farquhar's office visit be in a $50 small balance batch",
    'ottilie farquhar office visit - would it end up in the $60 batch?',
  ])('%s: not yet, the visit is under the minimum age', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('small-balance-batch');
    expect(answer).toContain('Not yet: the visit of Office visit 99212');
    expect(answer).toContain('less than 60 days old');
    expect(answer).not.toContain('can be written off');
  });

  it.each([
    "would ottilie pemberton's office visit be in a $50 small balance batch",
    "would samuel o'neil's january visit be in a $100 small balance batch",
  ])('%s: yes', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('small-balance-batch');
    expect(answer).toMatch(
      /Yes: Office visit \d+ \(\d{4}-\d\d-\d\d\) has \$\d+\.00 outstanding, at most \$(50|100)\.00/,
    );
  });

  it('guard: over the batch amount, no', async () => {
    const { answer } = await ask("would ottilie pemberton's office visit be in a $20 small balance batch");
    expect(answer).toContain('No: Office visit 99213');
    expect(answer).toContain('more than the $20.00 the batch is for');
  });

  it.each([
    "was ottilie askevold's office visit part of a small balance batch?",
    'did a batch write off ottilie askevold office visit?',
  ])('%s: yes, and which batch', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('small-balance-batch');
    expect(answer).toMatch(
      /Yes: \$15\.00 of Office visit 99212 \(2026-02-05\) was written off by small-balance batch batch-/,
    );
  });

  it('an undone batch is said to be undone', async () => {
    const { answer } = await ask("was ottilie tremayne's office visit in a batch?");
    expect(answer).toContain('that batch was undone since');
  });

  it('guard: a charge no batch took', async () => {
    const { answer } = await ask("was ottilie brankowski's office visit part of a small balance batch?");
    expect(answer).toContain('No: no small-balance batch wrote off Office visit 99212');
  });
});

describe('G. what became of an approval request', () => {
  it.each([
    ['my approval request is 8 days old and nobody approved it, can someone still approve it?', '8 days'],
    ['sent a request for approval two weeks ago, still nothing - what do i do?', '14 days'],
  ])('%s: expired, send it again', async (question, age) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain('expires (APPROVAL_EXPIRED)');
    expect(answer).toContain(`at ${age} old it can no longer be approved`);
    expect(answer).toContain('confirm it again');
  });

  it('guard: a request 3 days old is still waiting', async () => {
    const { answer } = await ask('my approval request is 3 days old, is it still pending?');
    expect(answer).toContain('at 3 days old it is still waiting');
    expect(answer).not.toContain('APPROVAL_EXPIRED):');
  });

  it.each([
    "my write-off request for bob smith's MRI was rejected, what now?",
    'the approval for bob smith mri got denied - what do i do',
  ])('%s: rejected, and what to do next', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain('Bob Smith – MRI knee');
    expect(answer).toContain('A rejected request is final: nothing was written off');
    expect(answer).not.toContain('You have no write-off limit');
    expect(answer).not.toContain(NOTHING);
  });
});

describe('"is it possible to" asks to act', () => {
  it.each(['is it possible to write off the canceled PR?', 'any way to write off a cancelled charge?'])(
    '%s: the refusal of a cancelled PR',
    async (question) => {
      const { answer, topic } = await ask(question);
      expect(topic).toBe('write-off-blocked');
      expect(answer).toContain('*"This PR was cancelled"*');
    },
  );

  it('guard: is it possible to cancel a PR is the cancel article', async () => {
    const { topic } = await ask('is it possible to cancel a PR?');
    expect(topic).toBe('cancel-pr');
  });
});

describe('H. what is owed, asked as "owes what"', () => {
  it.each([
    ['lee chen owes what now', 'Lee Chen'],
    ['priya patel owes how much now?', 'Priya Patel'],
  ])('%s: the balance', async (question, name) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('balance-lookup');
    expect(answer).toMatch(new RegExp(`^${name} owes \\$\\d+\\.\\d\\d on \\d+ open charges?`));
  });

  it('guard: writing off what is owed is a write-off', async () => {
    const { topic } = await ask('can I write off what bob smith owes on his MRI?');
    expect(topic).not.toBe('balance-lookup');
  });
});

describe('C. approving one’s own request, with a patient named', () => {
  it.each([
    "i'm a billing manager, can i approve my own $300 request for tom baker?",
    "as admin can I sign off on my own write-off request for bob smith's mri",
  ])('%s: nobody approves their own request', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain('No: nobody can approve or reject their own write-off request');
    expect(answer).toContain('(SELF_APPROVAL)');
    expect(answer).not.toContain(NOTHING);
  });

  it('guard: approving a colleague’s request for a patient is not refused as one’s own', async () => {
    const { answer } = await ask('approve the pending write-off for bob smith');
    expect(answer).toContain('There is no pending write-off request for Bob Smith');
    expect(answer).not.toContain('No: nobody can approve or reject their own');
  });
});

describe('H. what was written off, and by whom, asked as it stands', () => {
  it.each([
    "jane roe - what's written off on her PT and by who",
    "what got written off on jane roe's physical therapy, and by whom?",
  ])('%s: the $50 prompt-pay write-off and who made it', async (question) => {
    const { answer } = await ask(question);
    expect(answer).toContain('Jane Roe – Physical therapy 97110');
    expect(answer).toMatch(
      /Written off: \$50\.00 by demo \(command line\) on \d{4}-\d\d-\d\d, reason: Prompt-pay discount/,
    );
  });

  it('guard: what can be written off is not the ledger’s history', async () => {
    const { answer } = await ask("what can be written off on jane roe's PT?");
    expect(answer).not.toContain('What the ledger records');
  });
});
