/**
 * Families of questions answered wrong, each fixed by the rule that failed:
 *
 * A. A patient's charge told wrong ("billed in error", "a bogus charge", "she never should have been
 *    charged") with no "cancel" in it: the cancel's rules are asked (action-asked.ts `storyAction`),
 *    so a paid self-pay charge gets HAS_PAYMENTS (refund, then cancel), not a write-off.
 * B. One reason asked by name ("is courtesy allowed?") or by the story ("our billing error, which
 *    reason?"): that reason and its note lead (reason-use-asked.ts, reason-lead.ts).
 * C. "does it check again when my manager approves?": every write-off rule is checked again at
 *    approval time, and a blocker is shown to both (recheck-asked.ts `recheckLead`).
 * D. One charge written off as a small balance: the one charge's steps, never the batch's.
 * E. "is <patient>'s <service> in the small-balance batch under $N?": yes or no for that charge
 *    (batch-situation.ts).
 * F. "how do I write off <patient>'s <service> as <reason>?": the how-to's steps, with the reason's
 *    note, not only the list of reasons (answer.ts).
 * G. "what's the status of <patient>'s <service>?": the charge's status, not a write-off refusal
 *    (charge-status-asked.ts).
 * H. "why can't I write off?" after a refusal overtaken by events (its request approved and
 *    applied, the charge changed): the rules for the charge as it is now, and what became of the
 *    request (situation.ts `lastRefusalSituation`).
 * I. A colleague named by Slack id and no patient: their role leads (workflow/help.ts); with a
 *    patient, the limit lines speak of the colleague's limit, not "your" (limit-finding.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asksChargeStatus } from '../../src/help/charge-status-asked.ts';
import { asksApprovalRecheck } from '../../src/help/recheck-asked.ts';
import { defaultHelpDesk } from '../../src/help/search.ts';
import { actionAsked } from '../../src/help/situation.ts';
import {
  approveWriteOff,
  grantRole,
  isApprovalRequested,
  recordRefusal,
  writeOffOrRequestApproval,
} from '../../src/ledger/index.ts';
import { answerHelp } from '../../src/workflow/help.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const MANAGER = 'U0KM35MGR';
const BILLER = 'U0KM35BILL';
const COLLEAGUE = 'U0KM35KAREN';
const BATCH_STEPS = 'Every small balance at once (a batch)';

const demo = useDemoPractice(async (db) => {
  await grantRole(db, { grantedBy: 'cli:test', userId: MANAGER, role: 'billing_manager' });
  await grantRole(db, { grantedBy: 'cli:test', userId: BILLER, role: 'biller' });
  await grantRole(db, { grantedBy: 'cli:test', userId: COLLEAGUE, role: 'biller' });
  // A $200 charge: the biller's $120 write-off was refused as over the limit (the form shows it),
  // then sent for approval, approved and applied, leaving $80.
  const { chargeId } = await createCharge(db, {
    firstName: 'Perpetua',
    lastName: 'Lindqvist',
    description: 'MRI shoulder 73221',
    dateOfService: '2026-05-12',
    assessedCents: 20_000,
  });
  await recordRefusal(db, {
    actor: BILLER,
    action: 'write_off',
    chargeId,
    codes: ['OVER_LIMIT'],
    blockers: [
      {
        code: 'OVER_LIMIT',
        message: '$120.00 is above your write-off limit of $100.00 per patient per 24 hours.',
        nextStep: 'Submitting sends it for approval to a billing manager or admin.',
        nextAction: 'request_approval',
        field: 'amount',
      },
    ],
  });
  const sent = await expectOk(
    writeOffOrRequestApproval(db, {
      chargeId,
      amountCents: 12_000,
      reason: 'bad_debt',
      note: 'three statements, no answer',
      actor: BILLER,
      source: 'cli',
      idempotencyKey: randomUUID(),
    }),
  );
  if (!isApprovalRequested(sent)) throw new Error('the write-off was not sent for approval');
  await expectOk(
    approveWriteOff(db, { approvalId: sent.approvalId, decidedBy: MANAGER, idempotencyKey: randomUUID() }),
  );
});
const { ask } = demo;

/** A $150 charge whose $130 write-off was refused as over the limit, then sent and left pending. */
async function pendingAfterRefusal(db: typeof demo.db, actor: string): Promise<void> {
  const { chargeId } = await createCharge(db, {
    firstName: 'Perpetua',
    lastName: 'Ostrowski',
    description: 'CT head 70450',
    dateOfService: '2026-06-02',
    assessedCents: 15_000,
  });
  await recordRefusal(db, { actor, action: 'write_off', chargeId, codes: ['OVER_LIMIT'] });
  const sent = await expectOk(
    writeOffOrRequestApproval(db, {
      chargeId,
      amountCents: 13_000,
      reason: 'bad_debt',
      note: 'two letters returned',
      actor,
      source: 'cli',
      idempotencyKey: randomUUID(),
    }),
  );
  if (!isApprovalRequested(sent)) throw new Error('the write-off was not sent for approval');
}

/** What a Slack user gets: the same function, their own role. */
async function askInSlack(userId: string, question: string) {
  return answerHelp(demo.db, { question, actorId: userId, today: '2026-12-04', desk: defaultHelpDesk() });
}

describe('A. a charge told wrong, with no "cancel": the cancel’s rules', () => {
  it.each([
    "the patient says María García's ultrasound was billed in error",
    "María García's ultrasound is a bogus charge, she paid $100 on it",
    'María García ultrasound: she never should have been charged for it',
  ])('%s', async (question) => {
    const { topic, blockers, answer } = await ask(question);
    expect(topic).toBe('cancel-pr');
    expect(blockers?.map((b) => b.code)).toEqual(['HAS_PAYMENTS']);
    expect(answer).toContain('Refund the payment first, then cancel');
    expect(answer).not.toContain('Nothing stands in the way');
  });

  it('a paid estimate told wrong: refund, then cancel, never a write-off', async () => {
    const { blockers, answer } = await ask("Tom Baker's January estimate was charged by mistake");
    expect(blockers?.map((b) => b.code)).toEqual(['HAS_PAYMENTS']);
    expect(answer).not.toContain('can be written off');
  });

  it('guards: a write-off asked, a refund asked, a write-off made in error keep their actions', () => {
    expect(actionAsked('she was billed in error, can I write it off?')).toBe('write_off');
    expect(actionAsked('she should never have been charged, how do I give her the $100 back?')).toBe(
      'refund_payment',
    );
    expect(actionAsked('the write-off on her visit was a mistake')).toBe('undo_write_off');
  });
});

describe('B. one reason asked by name or by story: that reason leads', () => {
  it.each([
    'is professional courtesy allowed for a physician’s spouse?',
    'can we use prof courtesy for a staff member?',
  ])('%s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-reasons');
    expect(answer).toMatch(/^Yes: _Professional courtesy_ \(`professional_courtesy`\)[^\n]*It needs a note/);
  });

  it.each([
    'what w/o reason should I pick for a billing error on our end?',
    'we keyed the wrong code, a coding error on our side - which write-off reason?',
  ])('%s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-reasons');
    expect(answer).toMatch(/^Written off as _Administrative \/ practice error_, it needs a note: the error/);
  });

  it('guard: "w/o ok?" on a charge is no reason asked', async () => {
    const { answer } = await ask('Noah Davis EKG $15 small balance w/o ok?');
    expect(answer).not.toMatch(/\bYes: _Small balance_/);
  });
});

describe('C. the re-check at approval time', () => {
  it.each([
    'Does it check again when my manager approves?',
    'what if the balance changes before approval?',
    'are approvals re-validated? the patient paid since my request',
  ])('%s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toMatch(
      /^(?:Yes: when|When) a billing manager or admin approves, every write-off rule is checked again/,
    );
    expect(answer).toContain('shown to the approver and the requester');
  });

  it('guard: going over the limit is not the re-check', () => {
    expect(asksApprovalRecheck('what happens if I go over my limit?')).toBe(false);
    expect(asksApprovalRecheck('how do I approve a request?')).toBe(false);
  });
});

describe('D. one charge as a small balance: that charge’s steps', () => {
  it.each([
    "write off maria garcia's 9/2 visit small balance",
    "put Bob Smith's february visit through as a small balance write-off",
  ])('%s', async (question) => {
    const { answer } = await ask(question);
    expect(answer).toContain('Written off as _Small balance_, it needs no note.');
    expect(sectionsOf(answer)).not.toContain(BATCH_STEPS);
  });
});

describe('E. a charge in the small-balance batch: yes or no', () => {
  it.each([
    ["is José Núñez's strep test in the small balance batch under $10?", /^Yes: Strep test 87880/m],
    ["will Jane Doe's chest x-ray be in the $5 batch?", /^No: Chest X-ray 71046/m],
    ["Lee Chen lipid panel - is it in tomorrow's small-balance batch under $25", /^Yes: Lipid panel 80061/m],
  ])('%s', async (question, verdict) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('small-balance-batch');
    expect(answer).toMatch(verdict);
  });
});

describe('F. how to write off a charge with a reason: the steps', () => {
  it.each([
    ["how do I write off Tom Baker's colonoscopy as bad debt?", 'Bad debt – uncollectible'],
    [
      "how would I write off Lee Chen's lipid panel with reason hardship",
      'Financial hardship / charity care',
    ],
    ['Tom Baker colonoscopy, deceased per his wife. how do i do this', 'Patient deceased'],
  ])('%s', async (question, label) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-how');
    expect(answer).toContain(`Written off as _${label}_, it needs a note:`);
    expect(answer).toMatch(/^1\. /m);
  });
});

describe('G. a charge’s status: stated', () => {
  it.each([
    ["what's the status on Priya Patel's february visit?", 'Status: *written off*', 'Bad debt'],
    ['Bob Smith supplies charge - paid or cancelled?', 'Status: *cancelled*', 'entered_in_error'],
    ["status of Jane Doe's metabolic panel", 'Status: *paid*', '$42.00 was paid'],
    ["where does Lee Chen's lipid panel stand?", 'Status: *outstanding*', '$20.00 is outstanding'],
  ])('%s', async (question, status, fact) => {
    const { topic, blockers, answer } = await ask(question);
    expect(topic).toBe('balance-lookup');
    expect(blockers ?? []).toEqual([]);
    expect(answer).toContain(status);
    expect(answer).toContain(fact);
    expect(answer).not.toContain('undo that write-off first');
  });

  it('guards: a status meant, an action asked, a past asked', () => {
    expect(asksChargeStatus("what does the status 'written off' mean?")).toBe(false);
    expect(asksChargeStatus("can I write off Jane Doe's visit?")).toBe(false);
    expect(asksChargeStatus('what is the status of my approval request?')).toBe(false);
  });
});

describe('H. a refusal overtaken by events: the charge as it is now', () => {
  it.each(["why can't I write off?", 'why did it refuse my write-off?'])('%s', async (question) => {
    const reply = await askInSlack(BILLER, question);
    const { answer } = reply.answer;
    expect(answer).toContain('Perpetua Lindqvist – MRI shoulder 73221');
    expect(answer).toMatch(/Your \$120\.00 write-off request sent on \S+ was approved by U0KM35MGR/);
    expect(answer).not.toContain('above your write-off limit');
    expect(reply.blockers.map((b) => b.code)).toEqual(['AMOUNT_EXCEEDS_OUTSTANDING']);
    expect(answer).toContain('$80.00');
  });

  it('a request sent since and still pending is said so, not refused again for the limit', async () => {
    const asker = 'U0KM35PEND';
    await grantRole(demo.db, { grantedBy: 'cli:test', userId: asker, role: 'biller' });
    await pendingAfterRefusal(demo.db, asker);
    const reply = await askInSlack(asker, "why won't it let me write off?");
    expect(reply.answer.answer).toContain('Perpetua Ostrowski – CT head 70450');
    expect(reply.answer.answer).toMatch(
      /Your \$130\.00 write-off request sent on \S+ is waiting for a billing manager/,
    );
    expect(reply.blockers).toEqual([]);
  });
});

describe('I. a colleague named by Slack id', () => {
  it.each([`why can't <@${COLLEAGUE}> write off?`, `what's <@${COLLEAGUE}>'s limit?`])(
    '%s: their role leads',
    async (question) => {
      const reply = await askInSlack(MANAGER, question);
      expect(reply.answer.topic).toBe('approvals-limits');
      expect(reply.answer.answer).toMatch(new RegExp(`^<@${COLLEAGUE}> is a biller in the billing app`));
    },
  );

  it('with a patient, the limit is the colleague’s', async () => {
    const reply = await askInSlack(MANAGER, `why can't <@${COLLEAGUE}> write off Tom Baker's colonoscopy?`);
    expect(reply.answer.answer).toContain(`over <@${COLLEAGUE}>'s write-off limit of $100.00`);
    expect(reply.answer.answer).not.toMatch(/\bover your write-off limit/);
  });
});
