/**
 * Families of questions answered wrong, each fixed by the rule that failed:
 *
 * 1. A patient's charge named with what to do with it ("… office visit sept 2 write it off small
 *    balance"): that charge's answer, and the one small balance's steps, never the batch's
 *    (answer.ts); with nothing in the way, that it can be written off with that reason
 *    (situation.ts, reason-note.ts).
 * 2. A request told rejected: the ledger's record of it, who rejected it, when and their note, or
 *    what it really is (pending, approved, expired) (request-record.ts).
 * 3. "write off or cancel?" on one charge: the one that applies leads (either-action.ts
 *    `eitherVerdict`): remittance PR is written off, paid PR refunded first, wrong self-pay PR
 *    cancelled.
 * 4. REASON_REQUIRED / NOTE_REQUIRED on a charge: which reasons need which note
 *    (note-reasons-asked.ts `reasonsNeedingNoteLine`).
 * 5. A colleague named by Slack id: their actual role and limit (colleague-access.ts).
 * 6. The small-balance batch's minimum age as configured (SMALL_BALANCE_MIN_AGE_DAYS), not a
 *    hard-coded 60 (batch-age.ts, search.ts `helpDeskFor`, batch-situation.ts).
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/help/answer.ts';
import { slackUserNamed } from '../../src/help/colleague-access.ts';
import { eitherVerdict } from '../../src/help/either-action.ts';
import { reasonsNeedingNoteLine } from '../../src/help/note-reasons-asked.ts';
import { defaultHelpDesk, helpDeskFor } from '../../src/help/search.ts';
import { findSituation } from '../../src/help/situation.ts';
import {
  approveWriteOff,
  grantRole,
  isApprovalRequested,
  rejectApproval,
  writeOffOrRequestApproval,
} from '../../src/ledger/index.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const MANAGER = 'U0KM34MGR';
const BILLER = 'U0KM34BILL';
const GONE = 'U0KM34GONE';
const VIEWER = 'U0KM34VIEW';
const BATCH_STEPS = 'Every small balance at once (a batch)';

/** The day `days` before today, as `YYYY-MM-DD`. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** A $300 remittance charge and a $300 write-off request the biller sent for it (over the $100 limit). */
async function requested(db: Parameters<typeof createCharge>[0], lastName: string): Promise<string> {
  const { chargeId } = await createCharge(db, {
    firstName: 'Ottilie',
    lastName,
    description: 'MRI knee 73721',
    dateOfService: '2026-05-04',
    assessedCents: 30_000,
  });
  const result = await expectOk(
    writeOffOrRequestApproval(db, {
      chargeId,
      amountCents: 30_000,
      reason: 'bad_debt',
      note: 'three statements sent',
      actor: BILLER,
      source: 'cli',
      idempotencyKey: randomUUID(),
    }),
  );
  if (!isApprovalRequested(result)) throw new Error('the write-off was not sent for approval');
  return result.approvalId;
}

const demo = useDemoPractice(async (db) => {
  await grantRole(db, { grantedBy: 'cli:test', userId: MANAGER, role: 'billing_manager' });
  await grantRole(db, { grantedBy: 'cli:test', userId: BILLER, role: 'biller' });
  await grantRole(db, { grantedBy: 'cli:test', userId: VIEWER, role: 'viewer' });
  await grantRole(db, { grantedBy: 'cli:test', userId: GONE, role: 'biller' });
  await grantRole(db, { grantedBy: 'cli:test', userId: GONE, role: null });
  const rejected = await requested(db, 'Quarrington');
  await expectOk(
    rejectApproval(db, {
      approvalId: rejected,
      decidedBy: MANAGER,
      reason: 'attach the collection letters first',
      idempotencyKey: randomUUID(),
    }),
  );
  await requested(db, 'Vandermeer'); // left pending
  const approved = await requested(db, 'Hazelwood');
  await expectOk(
    approveWriteOff(db, { approvalId: approved, decidedBy: MANAGER, idempotencyKey: randomUUID() }),
  );
  // Self-pay PR, nothing paid: either action is possible.
  await createCharge(db, {
    firstName: 'Ottilie',
    lastName: 'Blackstone',
    description: 'Flu shot 90686',
    dateOfService: '2026-03-10',
    assessedCents: 8_000,
    prSource: 'self_pay',
  });
  // A $20 balance on a visit 75 days old: a default batch (60 days) takes it, a 90-day one does not.
  await createCharge(db, {
    firstName: 'Ottilie',
    lastName: 'Farrow',
    description: 'Office visit 99212',
    dateOfService: daysAgo(75),
    assessedCents: 2_000,
  });
});
const { ask } = demo;

describe('1. a charge named with what to do: that charge, one small balance', () => {
  it.each([
    [
      "maria garcia's office visit sept 2 write it off small balance",
      'María García – Office visit 99213 (2026-09-02)',
    ],
    ["can I write off Lee Chen's lipid panel as a small balance?", 'Lee Chen – Lipid panel 80061'],
    ['noah davis ekg - ok to w/o as small bal?', 'Noah Davis – EKG 93000'],
    [
      'write off the remaining balance on Lee Chen lipid panel, small balance',
      'Lee Chen – Lipid panel 80061',
    ],
  ])('%s', async (question, subject) => {
    const { answer, topic } = await ask(question);
    expect(answer.startsWith(`*${subject}`)).toBe(true);
    expect(answer).toContain('Nothing stands in the way');
    expect(answer).toContain('Written off as _Small balance_, it needs no note.');
    expect(topic).toBe('small-balance-batch');
    expect(sectionsOf(answer)).toContain('One small balance');
    expect(sectionsOf(answer)).not.toContain(BATCH_STEPS);
  });

  it('a charge that is refused gets its refusal, not the batch', async () => {
    const { answer, blockers } = await ask("can I write off Jane Doe's metabolic panel as a small balance?");
    expect(blockers?.map((b) => b.code)).toEqual(['PR_PAID']);
    expect(answer).not.toContain(BATCH_STEPS);
  });

  it('guard: a batch asked beside a patient stays the batch', async () => {
    const { answer } = await ask(
      'can I write off every small balance under $5 in one batch, like Lee Chen lipid panel?',
    );
    expect(answer).not.toMatch(/^\*Lee Chen[^\n]*\*\nNothing stands[\s\S]*\*One small balance\*\n1\. /);
  });
});

describe('2. a request told rejected: what the ledger records', () => {
  it.each([
    "my write-off request for Ottilie Quarrington's MRI was rejected, what now?",
    'ottilie quarrington mri approval got denied - why?',
    "Why was the approval for Ottilie Quarrington's write-off declined?",
  ])('%s: who rejected it, when, and their note', async (question) => {
    const { answer, topic } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toMatch(
      /The \$300\.00 write-off request U0KM34BILL sent on \d{4}-\d\d-\d\d was rejected by U0KM34MGR on \d{4}-\d\d-\d\d\./,
    );
    expect(answer).toContain('Their note: “attach the collection letters first”.');
    expect(answer).toContain('A rejected request is final');
  });

  it.each([
    ["my request for Ottilie Vandermeer's MRI was rejected?", 'was not rejected: it is still pending'],
    [
      'ottilie hazelwood mri write-off request denied, what now',
      'was not rejected: it was approved by U0KM34MGR',
    ],
  ])('%s: what it really is', async (question, said) => {
    const { answer } = await ask(question);
    expect(answer).toContain(said);
    expect(answer).not.toContain('A rejected request is final');
  });

  it('no request on record is said first', async () => {
    const { answer } = await ask("my write-off request for bob smith's MRI was rejected, what now?");
    expect(answer).toContain('No write-off request for Bob Smith');
    expect(answer).toContain('is on record in the ledger');
  });
});

describe('3. write off or cancel: the one that applies leads', () => {
  it.each([
    ["Bob Smith's MRI: write off or cancel?", /^Write it off: this PR came from an insurance remittance/m],
    [
      'should i cancel or write off bob smith mri',
      /^Write it off: this PR came from an insurance remittance/m,
    ],
    ["should I write off or cancel Jane Doe's metabolic panel?", /^Refund first: a payment is applied/m],
    [
      "Ottilie Blackstone's flu shot PR is a duplicate - should I cancel it or write it off?",
      /^Cancel it: the PR was wrong, and this is self-pay PR/m,
    ],
    ['ottilie blackstone flu shot, cancel or write off?', /^Cancel it if the PR was wrong/m],
  ])('%s', async (question, lead) => {
    const { answer } = await ask(question);
    // The verdict is the first line after the charge's heading.
    expect(answer.split('\n')[1]).toMatch(lead);
  });

  it('weighs the rules, not the words', () => {
    const remit = { prSource: 'remittance', outstandingCents: 5_000 };
    const blocker = {
      code: 'REMITTANCE_PR',
      message: '',
      nextStep: '',
      nextAction: 'write_off',
      field: null,
    } as const;
    expect(eitherVerdict('wrong PR, cancel or write off?', remit, [], [blocker])).toMatch(/^Write it off/);
  });
});

describe('4. a reason or note refused: which reasons need which note', () => {
  it.each([
    'bob smith mri w/o - left the reason blank, got blocked??',
    'tom baker colonoscopy bad debt no note, why blocked',
    "why won't it let me write off Bob Smith's MRI? I didn't choose a reason",
  ])('%s', async (question) => {
    const { answer } = await ask(question);
    expect(answer).toContain('Reasons that need a note, and what it says:');
    expect(answer).toContain('_Bad debt – uncollectible_ (the collection attempts made)');
    expect(answer).toContain(
      'No note needed: _Small balance_, _Sent to collection agency_, _Prompt-pay discount_.',
    );
  });

  it.each(['why does it say a note is required?', 'which reasons need a note'])('%s: the list', async (q) => {
    const { answer } = await ask(q);
    expect(answer).toContain('_Bankruptcy_: the bankruptcy case number');
  });

  it('the line follows the reasons table', () => {
    expect(reasonsNeedingNoteLine()).toContain('_Patient deceased_ (the date of death)');
    expect(reasonsNeedingNoteLine()).not.toMatch(/needs? a note[^.]*_Small balance_ \(/);
  });
});

describe('5. a colleague named by Slack id: their actual role and limit', () => {
  it.each([
    [
      `why can't <@${BILLER}> write off Bob Smith's MRI?`,
      'is a biller in the billing app, with a write-off limit of $100.00',
    ],
    [
      `can <@${VIEWER}|pat> write off Bob Smith's MRI?`,
      'is a viewer in the billing app, a role that may not write off',
    ],
    [`why can't ${GONE} write off bob smith's mri`, 'has the role `none` in the billing app'],
  ])('%s: about a charge, as the rules apply to them', async (question, said) => {
    const { answer } = await ask(question);
    expect(answer).toContain('Bob Smith – MRI knee');
    expect(answer).toContain(said);
  });

  it.each([
    [`why can't <@${GONE}> write off?`, 'has the role `none`', 'ask'],
    [
      `what can <@${BILLER}> do, can they write off?`,
      'is a biller in the billing app, with a write-off limit of $100.00',
      '',
    ],
  ])('%s: with no patient (the help desk, given the lookup)', async (question, said) => {
    const lookup = await findSituation(demo.db, question, { actor: 'cli:test', today: daysAgo(0) });
    expect(lookup.kind).toBe('colleague');
    if (lookup.kind !== 'colleague') return;
    const { answer, topic } = answerQuestion(question, { ...defaultHelpDesk(), colleagueLead: lookup.lead });
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain(said);
  });

  it('an id the ledger has never seen, or a name in words, is the general answer', async () => {
    expect(
      await findSituation(demo.db, "why can't <@U0NOBODY9> write off?", {
        actor: 'cli:test',
        today: daysAgo(0),
      }),
    ).toEqual({
      kind: 'none',
    });
    expect(slackUserNamed("why can't Karen write off")).toBeUndefined();
  });
});

describe('6. the batch minimum age as configured', () => {
  afterEach(() => {
    delete process.env.SMALL_BALANCE_MIN_AGE_DAYS;
  });

  it('the article tells the configured age', () => {
    const q = 'how old does a charge have to be for the small balance batch?';
    expect(answerQuestion(q, helpDeskFor({ smallBalanceMinAgeDays: 90 })).answer).toContain(
      'at least 90 days old',
    );
    expect(answerQuestion(q, helpDeskFor({ smallBalanceMinAgeDays: 90 })).answer).not.toContain('60 days');
    expect(answerQuestion(q, helpDeskFor()).answer).toContain('at least 60 days old');
  });

  it('whether a batch would take a charge uses the configured age', async () => {
    const question = "would Ottilie Farrow's office visit get picked up by a small balance batch under $50?";
    const lookup = await findSituation(demo.db, question, { actor: 'cli:test', today: daysAgo(0) });
    expect(lookup.kind).toBe('found');
    if (lookup.kind !== 'found') return;
    const as = (days?: number) =>
      answerQuestion(question, {
        ...helpDeskFor({ smallBalanceMinAgeDays: days }),
        situation: lookup.situation,
      }).answer;
    expect(as()).toContain('Yes:');
    expect(as(90)).toContain('Not yet: the visit of Office visit 99212');
    expect(as(90)).toContain('less than 90 days old');
  });

  it('cli ask reads SMALL_BALANCE_MIN_AGE_DAYS', async () => {
    process.env.SMALL_BALANCE_MIN_AGE_DAYS = '120';
    const { answer } = await ask('what is the minimum age for the small balance batch?');
    expect(answer).toContain('120 days');
    expect(answer).not.toContain('60 days');
  });
});
