/**
 * Families of questions answered wrong in a blind probe (q2), each fixed by the rule that failed:
 *
 * 1. How large the limit is, asked with no role or limit of one's own said ("what's the most a biller
 *    can write off without approval?"): the answer leads with the rule, $100 per user by default,
 *    per patient over 24 hours, over it an approval request (limit-default-asked.ts).
 * 2. Part of a small-balance batch undone ("for just one patient in it"): no, a batch is undone only
 *    as a whole, and what to do instead (batch-part-undo-asked.ts).
 * 3. A cancel told as "entered by mistake" shows its example command with that reason, not
 *    `duplicate` (cancel-reason-example.ts).
 */
import { describe, expect, it } from 'vitest';
import { asksToUndoPartOfBatch } from '../../src/help/batch-part-undo-asked.ts';
import { cancelExamplesWithReason, cancelReasonAsked } from '../../src/help/cancel-reason-example.ts';
import { asksDefaultLimit } from '../../src/help/limit-default-asked.ts';
import { useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const ask = (question: string) => demo.ask(question);

describe('1. the size of the limit, asked', () => {
  it.each([
    "What's the most a biller can write off without approval?",
    "What's the most a biller can write off without needing approval?",
    'how much can I write off before it needs approval?',
    'what is the default write-off limit for a biller?',
  ])('%s: the rule leads', async (question) => {
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toMatch(
      /^Billers can write off up to \$100\.00 without approval by default; an admin can set a different limit for each user\./,
    );
    expect(answer).toContain('for the same patient in the last 24 hours, this write-off included');
    expect(answer).toContain('becomes an approval request');
  });

  it.each([
    'how much can a billing manager write off without approval?',
    'what is the max a viewer can write off?',
    'can I write off $300 without approval?',
    'how long does an approval stay open?',
  ])('guard: %s is not the default limit', (question) => {
    expect(asksDefaultLimit(question)).toBe(false);
  });

  it("guard: the asker's own role still leads with that role's limit", async () => {
    const { answer } = await ask("I'm a billing manager - do I need approval for a $2,000 write-off?");
    expect(answer).toMatch(/^A billing manager has no write-off limit/);
  });
});

describe('2. part of a batch undone', () => {
  it.each([
    'Can I undo a small balance batch for just one patient in it?',
    'Can I undo just one charge from a small balance batch?',
    'undo one charge from a batch',
  ])('%s: no, a batch is undone as a whole', async (question) => {
    const { topic, answer } = await ask(question);
    expect(['small-balance-batch', 'undo-write-off']).toContain(topic);
    expect(answer).toMatch(/^No: a small-balance batch is undone only as a whole\./);
    expect(answer).toContain('puts back every balance the batch wrote off');
    expect(answer).toContain('undo the batch, then write off the others again one at a time');
  });

  it.each([
    'how do I undo a small balance batch?',
    'can I undo a write-off for one patient?',
    'how do I re-run a small balance batch if it timed out?',
  ])('guard: %s is not part of a batch', (question) => {
    expect(asksToUndoPartOfBatch(question)).toBe(false);
  });
});

describe('3. the cancel example with the reason told', () => {
  it('entered by mistake: the example says entered in error', async () => {
    const { topic, answer } = await ask(
      "Can I cancel Anne-Marie Dubois's October 9 visit? It was entered by mistake.",
    );
    expect(topic).toBe('cancel-pr');
    expect(answer).toContain('`/billing cancel PR for Anne-Marie Dubois, entered in error`');
    expect(answer).not.toContain(', duplicate`');
  });

  it('the amount was wrong: wrong amount', async () => {
    const { answer } = await ask('how do I cancel a PR, the amount was wrong');
    expect(answer).toContain('`/billing cancel PR for Jane Doe, wrong amount`');
  });

  it('guard: a duplicate keeps its example', async () => {
    const { answer } = await ask('how do I cancel a duplicate PR?');
    expect(answer).toContain('`/billing cancel PR for Jane Doe, duplicate`');
  });

  it.each([
    'I get an error when I cancel PR, why?',
    'error: this PR is already paid',
    'the amount is more than outstanding error',
  ])('guard: an error shown by the app is no reason: %s', (question) => {
    expect(cancelReasonAsked(question)).toBeNull();
  });

  it('guard: a PR entered in error is', () => {
    expect(cancelReasonAsked('void PR that was entered in error')).toBe('entered_in_error');
  });

  it('guard: only cancel commands change', () => {
    const text = '`/writeoff $3 Jane Doe duplicate` and `/billing cancel PR for Jane Doe, duplicate`';
    expect(cancelExamplesWithReason(text, 'entered_in_error')).toBe(
      '`/writeoff $3 Jane Doe duplicate` and `/billing cancel PR for Jane Doe, entered in error`',
    );
  });
});
