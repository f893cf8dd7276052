/**
 * Families of questions answered wrong in a blind probe of `cli ask` written in new styles (round
 * 2), each fixed by the rule that failed:
 *
 * 1. The practice's write-off totals for a month, by person or reason ("what was the total we
 *    wrote off in November, and can I see it per biller?"): the monthly report, not a patient's
 *    balance (report-asked.ts).
 * 2. How an approver approves or rejects ("how do I approve a write-off one of my billers sent
 *    me?"): the section on approving leads, not the limit (approve-asked.ts).
 * 3. A write-off for someone the asker knows ("… for a friend of mine who's a patient here?"):
 *    no reason, a conflict of interest, for a billing manager (compliance-asked.ts).
 * 4. Waiving copays as a routine ("is it ok to just waive copays for everybody?"): a compliance
 *    risk, never the steps (compliance-asked.ts).
 * 5. Billing shorthand ("how do i refnd a pymt", "cxl the PR"): spelled out (chat-spelling.ts).
 * 6. The limit and who approves over it, asked together with "w/o": both (limit-default-asked.ts).
 * 7. A write-off asked with "or do I need to refund first?": the write-off's own article, never
 *    another action's, and whether a refund must come first, from the charge's figures.
 * 8. A charge named by its place among the visits ("his last visit", "her first visit", "the
 *    oldest charge"): that charge, never all the open ones added up (visit-order.ts).
 */
import { describe, expect, it } from 'vitest';
import { asksHowToApprove } from '../../src/help/approve-asked.ts';
import { withShorthandSpelled } from '../../src/help/chat-spelling.ts';
import { asksRoutineWaiver, asksWaiverForSomeoneKnown } from '../../src/help/compliance-asked.ts';
import { asksRefundFirst } from '../../src/help/refund-first-asked.ts';
import { asksWriteOffTotals } from '../../src/help/report-asked.ts';
import { visitOrderNamed } from '../../src/help/visit-order.ts';
import { sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const { ask } = demo;

/** The first section after the article's introduction. */
const leading = (answer: string) => sectionsOf(answer)[0];

describe('1. write-off totals for a month, by person or reason', () => {
  it.each([
    'what was the total we wrote off in November, and can I see it per biller?',
    'how much did we write off last month?',
    'can I get a breakdown of write-offs by biller for October?',
    'total write-offs this month by reason?',
    'how much have our billers written off so far this month, per person',
    'monthly write-off totals per user?',
  ])('%s', async (question) => {
    expect(asksWriteOffTotals(question)).toBe(true);
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(leading(answer)).toBe('Reports and the audit trail');
    expect(answer).toContain('/billing report');
  });

  it.each([
    'how much can a biller write off per month?',
    'does an undone write-off still show up in the monthly report',
    'how much can I write off?',
    'can billers write off by reason code?',
  ])('near miss: %s', (question) => {
    expect(asksWriteOffTotals(question)).toBe(false);
  });
});

describe('2. how an approver approves or rejects', () => {
  it.each([
    'how do I approve a write-off one of my billers sent me?',
    'where do I approve pending write-off requests?',
    "as a manager how can I reject a biller's w/o request?",
    "how do I sign off on a write-off over a biller's limit?",
    'how to approve a write off request',
  ])('%s', async (question) => {
    expect(asksHowToApprove(question)).toBe(true);
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(leading(answer)).toBe('Approving or rejecting a request');
  });

  it.each([
    'how do i get approval for a write-off over my limit?',
    "why can't I approve this request? the button is greyed out",
    'does a $300 write-off need approval?',
  ])('near miss: %s', (question) => {
    expect(asksHowToApprove(question)).toBe(false);
  });
});

describe('3. a write-off for someone the asker knows', () => {
  it.each([
    "can I write off a balance for a friend of mine who's a patient here?",
    'my sister is a patient, can I waive her copay?',
    'can i w/o my own bill?',
    "is it ok to write off my neighbor's balance?",
    'can I zero out the copay for my mom?',
  ])('%s', async (question) => {
    expect(asksWaiverForSomeoneKnown(question)).toBe(true);
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-reasons');
    expect(leading(answer)).toBe('For someone you know');
    expect(answer).toMatch(/conflict of interest/);
    expect(answer).toMatch(/billing manager/);
  });

  it.each([
    "can I undo a colleague's write-off?",
    'my coworker wrote off the wrong patient, how do I fix it?',
    'my boss said I can only write off $100, is that right?',
    'how do I write off a balance as professional courtesy?',
  ])('near miss: %s', (question) => {
    expect(asksWaiverForSomeoneKnown(question)).toBe(false);
  });
});

describe('4. waiving copays as a routine', () => {
  it.each([
    'is it ok to just waive copays for everybody?',
    'can we routinely waive deductibles?',
    'is it legal to waive copays?',
    'should we just stop collecting copays from all our patients?',
    'can I write off every patient’s copay as a rule?',
  ])('%s', async (question) => {
    expect(asksRoutineWaiver(question)).toBe(true);
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-reasons');
    expect(leading(answer)).toBe('Waiving copays as a routine');
    expect(answer).toMatch(/compliance risk/);
    expect(answer).not.toContain('/writeoff 40');
  });

  it.each([
    'how do I waive a copay?',
    'how do I write off Jane Doe’s balance in slack as a courtesy?',
    'is it ok to write off small balances for everyone under $5?',
    'can I waive the copay for a patient with hardship?',
  ])('near miss: %s', (question) => {
    expect(asksRoutineWaiver(question)).toBe(false);
  });

  it('the how-to still answers how to waive one copay', async () => {
    expect((await ask('how do I waive a copay?')).topic).toBe('write-off-how');
  });
});

describe('5. billing shorthand', () => {
  it.each([
    ['how do i refnd a pymt', 'refund-payment'],
    ['how do i rfnd a pmt', 'refund-payment'],
    ['whats the process to refnd a paymt', 'refund-payment'],
    ['can i cxl the pr on an estimate', 'cancel-pr'],
    ['how do i aprv a request', 'approvals-limits'],
  ])('%s -> %s', async (question, topic) => {
    expect((await ask(question)).topic).toBe(topic);
  });

  it('spells out whole words only', () => {
    expect(withShorthandSpelled('refnd the pmts')).toBe('refund the payments');
    expect(withShorthandSpelled('Pmtconsult stays')).toBe('Pmtconsult stays');
  });
});

describe('6. the limit and who approves over it', () => {
  it.each([
    "what's the w/o limit for billers and who approves anything over it?",
    "what's the biller limit and who signs off above it?",
    'how much can billers w/o, and who approves the rest?',
    'what is the default w/o limit, and who approves more?',
  ])('%s', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toContain('$100');
    expect(answer).toMatch(/billing manager or admin/);
  });
});

describe('7. a write-off asked with "or do I need to refund first?"', () => {
  it.each([
    "can i w/o tom baker's colonoscopy or do i need to refund first?",
    "can i write off tom baker's colonoscopy or do i have to refund first?",
    "can I write off Tom Baker's colonoscopy without refunding first?",
    "can I writeoff Tom Baker's colonoscopy, or does it need a refund first?",
  ])('%s', async (question) => {
    expect(asksRefundFirst(question)).toBe(true);
    const { topic, answer } = await ask(question);
    expect(['write-off-how', 'write-off-blocked']).toContain(topic);
    expect(answer).toContain('Colonoscopy');
    expect(answer).not.toMatch(/Cancelling erases PR/);
  });

  it('without the refund asked, nothing is added', async () => {
    const { answer } = await ask("can i w/o tom baker's colonoscopy?");
    expect(answer).not.toContain('No refund is needed');
  });

  it.each(['how do I refund a payment?', 'the refund went through first thing this morning'])(
    'near miss: %s',
    (question) => {
      expect(asksRefundFirst(question)).toBe(false);
    },
  );
});

describe('8. a charge named by its place among the visits', () => {
  it.each([
    ["how much can I write off on Tom Baker's last visit?", 'latest'],
    ["what's the most I can w/o on tom baker's most recent visit", 'latest'],
    ["how much can i write off for tom baker's oldest charge", 'earliest'],
    ["how much can I write off on Tom Baker's first visit?", 'earliest'],
  ] as const)('%s', async (question, order) => {
    expect(visitOrderNamed(question)).toBe(order);
    const { answer } = await ask(question);
    expect(answer).not.toMatch(/open charges owe/);
    if (order === 'latest') expect(answer).toContain('2026-07-29');
    else expect(answer).toContain('2026-01-22');
  });

  it.each([
    'spread it over her charges, oldest first',
    'the last time I wrote off a balance it failed',
    'refund first and then write off the balance',
    'how much can I write off on Tom Baker?',
  ])('near miss: %s', (question) => {
    expect(visitOrderNamed(question)).toBeUndefined();
  });

  it('with no visit named, the patient’s open charges are still added up', async () => {
    const { answer } = await ask('how much can I write off on Tom Baker?');
    expect(answer).toMatch(/At most \$[\d,.]+ can be written off for Tom Baker/);
  });
});
