/**
 * Families of general questions answered wrong in a blind probe of `cli ask` (round 4), each fixed
 * by the rule that failed:
 *
 * 1. A refused write-off told as a symptom of the interface ("the write off button's grey", "red
 *    text"): the refusals article, its commonest refusal and how to ask why (synonym-phrases.ts,
 *    refusal-asked.ts).
 * 2. A refusal told by its word alone ("it keeps saying paid", "says cancelled", "shows written
 *    off"): that refusal's section, with its next step (quoted-blocker.ts).
 * 3. "It won't let me write off more than $100": a biller's default limit, above which a write-off
 *    goes for approval, not a refusal of an amount over what is outstanding (limit-told-asked.ts).
 * 4. A whole small-balance batch undone, whatever it is called (cleanup, sweep, bulk write-off, the
 *    small-balance run): undone as a whole, with _Undo the batch_ or `undo --batch` (batch-undo-asked.ts).
 */
import { describe, expect, it } from 'vitest';
import { asksToUndoBatch } from '../../src/help/batch-undo-asked.ts';
import { asksRefusedAtDefaultLimit } from '../../src/help/limit-told-asked.ts';
import { quotedBlocker } from '../../src/help/quoted-blocker.ts';
import { asksWhyRefused } from '../../src/help/refusal-asked.ts';
import { sectionsOf, useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const { ask } = demo;

describe('1. a refused write-off told as a symptom of the interface', () => {
  it.each([
    "the write off button's grey",
    "the w/o button's gray on that account",
    'write off option is all grey',
    "there's red text when I try to write off",
    'write off button greyed out again',
    'the write-off button is disabled, why',
  ])('%s', async (question) => {
    expect(asksWhyRefused(question)).toBe(true);
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-blocked');
    expect(sectionsOf(answer)).toContain('"Already paid"');
    expect(answer).toMatch(/refund/i);
    expect(answer).toMatch(/\/billing why/);
  });
});

describe('2. a refusal told by its word', () => {
  it.each([
    ['it keeps saying paid when i try to write off', 'PR_PAID', '"Already paid"'],
    ['write-off keeps saying "paid", what gives', 'PR_PAID', '"Already paid"'],
    ["tried to write it off and it says it's paid", 'PR_PAID', '"Already paid"'],
    ['it says cancelled when I try to write off', 'PR_CANCELLED', '"This PR was cancelled"'],
    ['the write-off shows already written off', 'NOTHING_OUTSTANDING', '"Already written off"'],
    ['write off keeps telling me written off, why', 'NOTHING_OUTSTANDING', '"Already written off"'],
  ])('%s', async (question, code, section) => {
    expect(quotedBlocker(question)).toBe(code);
    const { topic, answer } = await ask(question);
    expect(topic).toBe('write-off-blocked');
    expect(sectionsOf(answer)[0]).toBe(section);
    if (code === 'PR_PAID') expect(answer).toMatch(/refunds the payment first/);
  });

  it.each([
    "what's the difference between a charge showing paid vs written off?",
    'it says partly paid, can I write off the rest?',
    'she already paid some of it, can I write off the rest?',
  ])('near miss: %s', (question) => {
    expect(quotedBlocker(question)).not.toBe('PR_PAID');
  });
});

describe('3. a write-off refused above $100: the limit, which goes for approval', () => {
  it.each([
    "it won't let me write off more than $100",
    "it won't let me do more than 100 on a write off",
    'the app stops me at $100 when I write off',
    "can't write off more than $100, why?",
    "write-off form won't allow me to go over $100",
  ])('%s', async (question) => {
    expect(asksRefusedAtDefaultLimit(question)).toBe(true);
    const { topic, answer } = await ask(question);
    expect(topic).toBe('approvals-limits');
    expect(answer).toMatch(/^\$100\.00 is a biller's write-off limit/);
    expect(answer).toMatch(/not refused/);
    expect(answer).toMatch(/approval/);
  });

  it.each([
    ["it won't let me write off more than $40", 'write-off-blocked'],
    ['how do I write off $150?', 'write-off-how'],
    ["my boss said I can't do more than $100, is that right?", 'approvals-limits'],
  ])('near miss: %s', async (question, expected) => {
    expect(asksRefusedAtDefaultLimit(question)).toBe(false);
    const { topic, answer } = await ask(question);
    expect(topic).toBe(expected);
    expect(answer).not.toMatch(/^\$100\.00 is a biller's write-off limit/);
  });

  it('with a patient, the situation answer stays', async () => {
    const { answer, blockers } = await ask("it won't let me write off more than $40 on Jane Doe's visit");
    expect(answer).toMatch(/^\*Jane Doe – /);
    expect(blockers?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('4. a whole small-balance batch undone, by any name', () => {
  it.each([
    'we ran the small balance cleanup by mistake, can it be undone?',
    'how do I reverse the sweep we ran this morning?',
    'we ran the bulk write-off by accident, how do we fix it?',
    'can the small balance run be undone?',
    'undo the small balances batch',
    'need to roll back the mass write-off from today',
  ])('%s', async (question) => {
    expect(asksToUndoBatch(question)).toBe(true);
    const { topic, answer } = await ask(question);
    expect(['small-balance-batch', 'undo-write-off']).toContain(topic);
    expect(answer).toMatch(/batch is undone as a whole/);
    expect(answer).toMatch(/Undo the batch/);
    expect(answer).toMatch(/undo --batch/);
  });

  it.each([
    ['can I undo one patient from the batch?', /^No: a small-balance batch is undone only as a whole/],
    ['how do I undo a write-off?', /^Every write-off can be undone/],
  ])('near miss: %s', async (question, lead) => {
    expect(asksToUndoBatch(question)).toBe(false);
    const { topic, answer } = await ask(question);
    expect(topic).toBe('undo-write-off');
    expect(answer).toMatch(lead);
  });
});
