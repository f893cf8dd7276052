/**
 * Help questions of the twenty-first probe, asked through `cli ask` (as the outside checks ask) on
 * the demo practice, each fixed by a general rule about the question's shape:
 *
 * A. The amount asked is weighed by the form's rules: one the form refuses (zero, negative, more
 *    than two decimals, over the maximum) is AMOUNT_INVALID with what is wrong with it, never
 *    "Nothing stands in the way" (amount-refused.ts); one above what is outstanding is still
 *    AMOUNT_EXCEEDS_OUTSTANDING.
 * B. A write-off limit the question states ("with a $10 limit", "my limit is $250") is the limit
 *    the answer weighs and quotes, and its amount is not the one asked about (role-stated.ts).
 */
import { describe, expect, it } from 'vitest';
import { amountRefusedAsked } from '../../src/help/amount-refused.ts';
import { limitStated, withoutLimitStated } from '../../src/help/role-stated.ts';
import { useDemoPractice } from './support/demo-practice.ts';

const demo = useDemoPractice();
const ask = demo.ask;
const codesOf = (answer: Awaited<ReturnType<typeof ask>>) => (answer.blockers ?? []).map((b) => b.code);

describe('A. an amount the form refuses is AMOUNT_INVALID', () => {
  it.each([
    [
      "why can't I write off $2,000,000 for Tom Baker's July 29 charge",
      'The amount is over the $1,000,000.00 limit.',
    ],
    ["why can't I write off $0 for Tom Baker's July 29 charge", 'The amount must be more than $0.00.'],
    ["why can't I write off -$5 for Tom Baker's July 29 charge", 'The amount cannot be negative.'],
    [
      "why can't I write off $40.123 for Tom Baker's July 29 charge",
      'The amount has more than two decimal places; cents are the smallest unit.',
    ],
    // Variants: said another way, and a refund's amount.
    [
      "Tom Baker's July 29 charge won't take a write-off of 0 dollars, why?",
      'The amount must be more than $0.00.',
    ],
    ['it refuses $12.505 as a write-off on Tom Baker’s Jul 29 colonoscopy', 'more than two decimal places'],
  ])('%s', async (question, message) => {
    const answer = await ask(question);
    expect(codesOf(answer)).toEqual(['AMOUNT_INVALID']);
    expect(answer.blockers?.[0]?.message).toContain(message);
    expect(answer.blockers?.[0]?.nextStep).toBe('Enter an amount such as 40 or 40.50.');
    expect(answer.topic).toBe('write-off-blocked');
    expect(answer.answer).toContain(message);
    expect(answer.answer).not.toContain('Nothing stands in the way');
  });

  it('an amount above what is outstanding is still AMOUNT_EXCEEDS_OUTSTANDING', async () => {
    const answer = await ask("why can't I write off $400 for Tom Baker's July 29 charge");
    expect(codesOf(answer)).toEqual(['AMOUNT_EXCEEDS_OUTSTANDING']);
    expect(answer.answer).toContain('At most $350.00 can be written off on this charge.');
  });

  // Counter-examples: a charge that cannot be written off at all says so first, as the rules do;
  // a well-formed amount is weighed as before; a share of an amount is no refused amount.
  it('a paid charge is told as paid, before any amount', async () => {
    const answer = await ask("why can't I write off $0 for Jane Doe's paid charge");
    expect(codesOf(answer)).toEqual(['PR_PAID']);
  });

  it('reads only the refusals of the amount as written', () => {
    expect(amountRefusedAsked("why can't I write off $40 for Tom Baker")).toBeUndefined();
    expect(amountRefusedAsked("why can't I write off $1,000,001 for Tom Baker")).toBe(
      'The amount is over the $1,000,000.00 limit.',
    );
  });
});

describe('B. a limit the question states is the limit answered with', () => {
  it.each([
    [
      "I'm a biller with a $10 limit, why can't I write off $40 for Tom Baker's July 29 charge",
      '$10.00',
      '$40.00',
    ],
    // Variants: "my limit is …" with no role stated, and "a limit of …" with the role after it.
    ["my limit is $250, why can't I write off $300 for Tom Baker's July 29 charge", '$250.00', '$300.00'],
    [
      "Tom Baker's July 29 charge: as a biller with a limit of $50, why can't I write off $75?",
      '$50.00',
      '$75.00',
    ],
  ])('%s', async (question, limit, amount) => {
    const answer = await ask(question);
    expect(codesOf(answer)).toEqual(['OVER_LIMIT']);
    expect(answer.topic).toBe('approvals-limits');
    expect(answer.answer).toContain(
      `with a write-off limit of ${limit} per patient per 24 hours, as the question says.`,
    );
    expect(answer.answer).toContain(`${amount} is above your write-off limit of ${limit}`);
    expect(answer.answer).not.toContain('Nothing stands in the way');
  });

  // Counter-examples: within the limit stated nothing is in the way; without a stated amount, the
  // role's default applies as before; a rule's limit is no one's.
  it('an amount within the limit stated goes through', async () => {
    const answer = await ask(
      "I'm a biller with a $500 limit, why can't I write off $40 for Tom Baker's July 29 charge",
    );
    expect(codesOf(answer)).toEqual([]);
    expect(answer.answer).toContain('with a write-off limit of $500.00 per patient per 24 hours');
  });

  it('a role without a limit stated has its default limit', async () => {
    const answer = await ask("I'm a biller, why can't I write off $150 for Tom Baker's July 29 charge");
    expect(codesOf(answer)).toEqual(['OVER_LIMIT']);
    expect(answer.answer).toContain('with a write-off limit of $100.00 per patient per 24 hours');
  });

  it('reads the limit stated, and only a limit of the asker', () => {
    expect(limitStated("I'm a biller with a $10 limit")).toBe(1000);
    expect(limitStated('my write-off limit is $1,500, can I …')).toBe(150_000);
    expect(limitStated('is $2,000,000 over the $1,000,000 limit?')).toBeUndefined();
    expect(limitStated('what is the limit of $1,000,000 about?')).toBeUndefined();
    expect(withoutLimitStated("I'm a biller with a $10 limit, can I write off X")).not.toContain('$10');
  });
});
