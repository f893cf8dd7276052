/**
 * Help questions of the fourteenth probe, asked through `cli ask` (as the outside checks ask) on
 * the demo practice, each fixed by a rule about the question's shape or the patient's situation:
 *
 * 1. "can I w/o just $10 of a $60 PR instead of the whole thing" went to the write-off vs cancel
 *    comparison ("instead of"); a part set against the whole is the how-to's section on part.
 * 2. "what does the 'written off' status on a charge mean vs 'paid'" went to the same comparison; a
 *    charge status's meaning asked is the look-up's section on statuses.
 * 3. "can I undo Tom Baker's write-off?" answered "Nothing stands in the way" about a charge with
 *    no write-off; an undo is about the latest write-off not yet undone, and with none it says so.
 * 4. "I'm a biller, why can't I write off $150 for Tom Baker?" at the command line (an admin with
 *    no limit) never spoke of the limit: the role the operator states is the one answered for. A
 *    role typed in Slack changes nothing. "Why does my write-off need approval?" is the approvals
 *    article's, whoever asks.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asksToWriteOffPart } from '../../src/help/part-asked.ts';
import { roleStated } from '../../src/help/role-stated.ts';
import { defaultHelpDesk } from '../../src/help/search.ts';
import { asksWhatStatusMeans } from '../../src/help/status-asked.ts';
import { grantRole, undoWriteOff, writeOff } from '../../src/ledger/index.ts';
import { answerHelp } from '../../src/workflow/help.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { useDemoPractice } from './support/demo-practice.ts';

const MANAGER = 'U14MANAGER';
const BILLER = 'U14BILLER';

const demo = useDemoPractice(async (db) => {
  for (const [userId, role] of [
    [MANAGER, 'billing_manager'],
    [BILLER, 'biller'],
  ] as const) {
    await grantRole(db, { grantedBy: 'cli:test', userId, role });
  }
});
const ask = demo.ask;

/** The first section heading after the article's introduction: the section the answer leads with. */
function firstSection(answer: string): string | undefined {
  return /^\*([^*\n]+)\*$/m.exec(answer.replace(/^\*[^*\n]+\*\n/, ''))?.[1];
}

/** What a Slack user gets: the same function, their own role. */
async function askInSlack(userId: string, question: string) {
  return answerHelp(demo.db, { question, actorId: userId, today: '2026-12-04', desk: defaultHelpDesk() });
}

describe('1. part of a charge’s PR written off is the how-to’s section on part', () => {
  it.each([
    'can I w/o just $10 of a $60 PR instead of the whole thing',
    // Variants: another amount of an amount, a share named, the rest left to collect.
    'can I write off only $25 of her $80 balance?',
    'is it possible to w/o some of the PR and leave the rest',
    'can I write off half the copay and keep billing the rest?',
    'how do I write off 20 out of a 90 dollar copay',
    'can I write off part of the balance rather than all of it?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('write-off-how');
    expect(firstSection(answer.answer)).toBe('Write off part of what the patient owes');
    expect(asksToWriteOffPart(question)).toBe(true);
  });

  it('about a demo patient, the part section follows what is outstanding', async () => {
    const answer = await ask(
      "can I w/o just $10 of Tom Baker's $350 colonoscopy instead of the whole thing?",
    );
    expect(answer.topic).toBe('write-off-how');
    expect(answer.answer).toContain('Colonoscopy 45378');
    expect(answer.answer).toContain('Nothing stands in the way');
    expect(answer.answer).toContain('Write off part of what the patient owes');
  });

  // Counter-examples: a cancel or a refund of part, a write-off weighed against a cancel, a batch.
  it.each([
    ['should I cancel part of the PR instead of writing it off', 'write-off-vs-cancel'],
    ['can I cancel just $10 of a $60 PR instead of the whole thing', 'cancel-pr'],
    ['can I refund just $10 of a $60 payment instead of the whole thing', 'refund-payment'],
    ['can I write off some of the small balances in one go', 'small-balance-batch'],
    ['when should i cancel instead of writing off', 'write-off-vs-cancel'],
    ['is writing off the whole balance the same as cancelling it?', 'write-off-vs-cancel'],
  ])('%s -> %s', async (question, topic) => {
    expect((await ask(question)).topic).toBe(topic);
    expect(asksToWriteOffPart(question)).toBe(false);
  });
});

describe('2. what a charge status means is the look-up’s section on statuses', () => {
  it.each([
    "what does the 'written off' status on a charge mean vs 'paid'",
    // Variants: two statuses compared, a state, a status quoted by its name.
    'whats the difference between paid and written off status',
    "the charge shows 'Cancelled' as its state, what does that mean?",
    'what does status outstanding mean on a charge?',
    'what does "paid" mean next to a charge',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('balance-lookup');
    expect(firstSection(answer.answer)).toBe('What the statuses mean');
    expect(asksWhatStatusMeans(question)).toBe(true);
  });

  it('about a demo patient, with what they owe', async () => {
    const answer = await ask("what does the written off status on Priya Patel's charge mean?");
    expect(answer.topic).toBe('balance-lookup');
    expect(answer.answer).toMatch(/^Priya Patel owes \$40\.00/);
    expect(answer.answer).toContain('What the statuses mean');
  });

  // Counter-examples: a blocker's words, an approval request's status, the action's meaning, the
  // write-off vs cancel comparison.
  it.each([
    ["what does 'nothing outstanding' mean", 'write-off-blocked'],
    ['what does pending mean on my write-off request', 'approvals-limits'],
    ['what is the status of my approval request?', 'approvals-limits'],
    ['what does written off mean', 'write-off-how'],
    ['whats the diff between a w/o and a cancellation', 'write-off-vs-cancel'],
  ])('%s -> %s', async (question, topic) => {
    expect((await ask(question)).topic).toBe(topic);
    expect(asksWhatStatusMeans(question)).toBe(false);
  });
});

describe('3. an undo is about a write-off that can be undone, or says there is none', () => {
  it.each([
    "can I undo Tom Baker's write-off?",
    // Variants: money came in after all, a refusal asked, reverse.
    'she paid after all, undo the write-off for Tom Baker',
    "why can't I undo Tom Baker's write-off?",
    "how do I reverse Tom Baker's write off",
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('undo-write-off');
    expect(answer.answer).toContain('Tom Baker has no write-off on any charge, so there is nothing to undo.');
    expect(answer.answer).not.toContain('Nothing stands in the way');
    expect(answer.answer).not.toContain('Office visit 99214');
    expect(answer.blockers).toEqual([]);
  });

  it('picks the latest write-off not yet undone, whatever the visit dates', async () => {
    // Priya Patel's Feb 18 visit was written off after her Apr 4 allergy testing was.
    const answer = await ask("can I undo Priya Patel's write-off?");
    expect(answer.answer).toContain('Priya Patel – Office visit 99213 (2026-02-18)');
    expect(answer.answer).toContain('Nothing stands in the way');
  });

  it('"paid after all" is no charge state: the written-off charge, not the paid one', async () => {
    const answer = await ask('he paid after all, undo the write-off for Jane Doe');
    expect(answer.answer).toContain('Jane Doe – Office visit 99213 (2026-04-17)');
    expect(answer.answer).toContain('Nothing stands in the way');
  });

  it('a charge named that has no write-off says so, and where the write-offs are', async () => {
    const answer = await ask("how do I undo the write-off on Jane Doe's Jun 3 charge?");
    expect(answer.answer).toContain('This charge has no write-off, so there is nothing to undo on it.');
    expect(answer.answer).toContain("Jane Doe's write-offs are on Office visit 99213 (2026-04-17)");
  });

  // Counter-example: a write-off already undone is the rule's ALREADY_REVERSED, not "none".
  it('a write-off already undone is ALREADY_REVERSED', async () => {
    const answer = await ask("why can't I undo María García's write-off?");
    expect(answer.blockers?.map((b) => b.code)).toEqual(['ALREADY_REVERSED']);
  });

  it('an older write-off still in effect is undone before a newer one already undone', async () => {
    const charge = await createCharge(demo.db, {
      firstName: 'Ursula',
      lastName: 'Twiceover',
      assessedCents: 9_000,
      writtenOffCents: 2_000,
    });
    const op = { actor: 'cli:fixture', source: 'cli' as const };
    const later = await expectOk(
      writeOff(demo.db, {
        ...op,
        chargeId: charge.chargeId,
        amountCents: 3_000,
        reason: 'small_balance',
        idempotencyKey: randomUUID(),
      }),
    );
    await expectOk(
      undoWriteOff(demo.db, { ...op, writeOffEntryId: later.entryId, idempotencyKey: randomUUID() }),
    );
    const answer = await ask("can I undo Ursula Twiceover's write-off?");
    expect(answer.blockers).toEqual([]);
    expect(answer.answer).toContain('Nothing stands in the way');
  });
});

describe('4. a role the operator states is the role answered for', () => {
  it.each([
    "I'm a biller, why can't I write off $150 for Tom Baker?",
    "can I write off $350 on Tom Baker's colonoscopy? I'm a biller",
    // Variants: "as a", "I am", "only".
    "as a biller, can I w/o $200 of Tom Baker's colonoscopy?",
    'I am only a biller - why does my $150 write-off for Tom Baker need approval?',
  ])('%s', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('approvals-limits');
    expect(answer.blockers?.map((b) => b.code)).toEqual(['OVER_LIMIT']);
    expect(answer.answer).toContain('above your write-off limit of $100.00');
    expect(answer.answer).toMatch(/approval/);
    expect(answer.answer).toContain('Answered for a biller');
  });

  it('a biller under the limit is in the clear, and told whom it was answered for', async () => {
    const answer = await ask("as a biller, can I write off $80 on Tom Baker's colonoscopy?");
    expect(answer.blockers).toEqual([]);
    expect(answer.answer).toContain('Answered for a biller');
    expect(answer.answer).toContain('Nothing stands in the way');
  });

  it('a viewer may not write off', async () => {
    const answer = await ask("I'm just a viewer, can I write off Tom Baker's colonoscopy?");
    expect(answer.blockers?.map((b) => b.code)).toEqual(['NOT_AUTHORIZED']);
    expect(answer.answer).toContain('Answered for a viewer, who may not write off');
  });

  it('a viewer asking about a refund is told they may not refund, first', async () => {
    const answer = await ask("I'm a viewer, why can't I refund Jane Doe?");
    expect(answer.topic).toBe('refund-payment');
    expect(answer.blockers?.[0]?.code).toBe('NOT_AUTHORIZED');
    expect(answer.answer).toContain('Answered for a viewer, who may not refund payments');
    expect(answer.answer).not.toContain('may not write off');
  });

  it('a biller may undo only their own write-offs', async () => {
    const answer = await ask("as a biller can I undo Priya Patel's write-off?");
    expect(answer.topic).toBe('undo-write-off');
    expect(answer.blockers?.map((b) => b.code)).toEqual(['NOT_AUTHORIZED']);
  });

  // Counter-examples: a billing manager has no limit; no role stated is the operator's own.
  it.each([
    "I am a billing manager, can I write off $350 on Tom Baker's colonoscopy?",
    "can I write off $350 on Tom Baker's colonoscopy?",
    "can a biller write off as much as a billing manager on Tom Baker's colonoscopy? $350",
  ])('%s: nothing in the way', async (question) => {
    const answer = await ask(question);
    expect(answer.blockers).toEqual([]);
    expect(answer.answer).not.toContain('Answered for a biller');
  });

  it('a role typed in Slack does not change the user’s real one', async () => {
    const manager = await askInSlack(
      MANAGER,
      "I'm a biller, can I write off $350 on Tom Baker's colonoscopy?",
    );
    expect(manager.blockers).toEqual([]);
    expect(manager.answer.answer).not.toContain('Answered for');
    const biller = await askInSlack(BILLER, "I'm an admin, can I write off $350 on Tom Baker's colonoscopy?");
    expect(biller.blockers.map((b) => b.code)).toEqual(['OVER_LIMIT']);
    expect(biller.answer.answer).not.toContain('Answered for');
  });

  it.each([
    'why does my $250 write-off for Priya Patel need approval?',
    // Variants: waiting for approval, required approval.
    'how come my $150 write-off for Tom Baker is waiting for approval?',
    'my write-off for Jane Doe required approval, why?',
  ])('%s: the approvals article, with the asker’s limit', async (question) => {
    const answer = await ask(question);
    expect(answer.topic).toBe('approvals-limits');
    expect(answer.answer).toContain('You have no write-off limit');
    expect(answer.blockers).toEqual([]);
  });

  it('a biller in Slack asking why it needs approval is told their limit', async () => {
    const reply = await askInSlack(BILLER, 'why does my $250 write-off for Priya Patel need approval?');
    expect(reply.answer.topic).toBe('approvals-limits');
    expect(reply.answer.answer).toContain('Your write-off limit is $100.00 per patient per 24 hours');
  });

  it.each([
    ["I'm a biller", 'biller'],
    ['as a billing manager, can I approve it?', 'billing_manager'],
    ['I am just a viewer', 'viewer'],
    ['im an admin', 'admin'],
    ['my role is biller', 'biller'],
    ["I'm not a biller", null],
    ["I'm a biller's assistant", null],
    ['can a biller write off as much as a billing manager?', null],
    ['the biller said it was fine', null],
  ])('%s -> %s', (question, role) => {
    expect(roleStated(question)).toBe(role);
  });
});
