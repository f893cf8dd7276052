/**
 * "why can't I write off $0 / -$5 / $40.123 / $2,000,000 for Tom Baker's July 29 charge?": the
 * amount asked is one the form refuses, whatever the charge (DOMAIN sections 1 and 3). The rules
 * are asked with the amounts they can weigh, in cents, so this one never reaches them; without it
 * the answer would weigh no amount and say "Nothing stands in the way". The amount is read as the
 * parser reads it, and its refusal is AMOUNT_INVALID with the parser's message and the next step
 * the rules give it (domain/rules/write-off.ts, refund.ts).
 */
import { amountInvalid, type Blocker } from '../domain/blockers.ts';
import type { AmountProblem } from '../domain/money.ts';
import { chooseAmount, findAmountMentions } from '../nlu/amount.ts';
import { normalizeText } from '../nlu/normalize.ts';
import type { BlockedAction } from './blocker-topics.ts';

// What is wrong with an amount itself, as written: not a share or a range of one, which the
// question may be asking about in words of its own.
const REFUSED_AS_WRITTEN: ReadonlySet<AmountProblem> = new Set([
  'zero',
  'negative',
  'too_many_decimals',
  'too_large',
]);

/** What is wrong with the amount the question asks about, when the form would refuse it. */
export function amountRefusedAsked(question: string): string | undefined {
  const amount = chooseAmount(findAmountMentions(normalizeText(question).lower));
  const result = amount?.result;
  return result && !result.ok && REFUSED_AS_WRITTEN.has(result.problem) ? result.message : undefined;
}

/**
 * The charge's blockers with the refused amount's: the rules tell a charge that cannot take the
 * action at all (not authorized, paid, cancelled, written off) before any amount, and only that;
 * otherwise the amount is what stands in the way. Only for the actions that weigh an amount.
 */
export function withAmountRefused(
  blockers: readonly Blocker[],
  action: BlockedAction,
  refusal: string | undefined,
): readonly Blocker[] {
  if (refusal === undefined || blockers.length > 0) return blockers;
  if (action !== 'write_off' && action !== 'refund_payment') return blockers;
  return [amountInvalid(refusal)];
}
