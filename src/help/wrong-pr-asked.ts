/**
 * PR that should never have been charged, told as a story: "we charged a pt a copay we shouldn't
 * have", "she was billed by mistake", "he never owed that". Wrong PR is cancelled, not written off
 * (DOMAIN section 3: a write-off is for PR that is right but will not be collected), and a cancel
 * waits until what was paid on it is refunded (HAS_PAYMENTS). Read by its words, "they already
 * paid it" was taken for the write-off's refusal of paid PR (refund, then write off).
 *
 * And an estimate collected at the visit that was wrong ("the estimate we collected at check-in was
 * too high, how do I fix the PR?"): placeholder PR, corrected by cancelling it once any payment on
 * it is refunded, as the cancel article's section on estimates says.
 */
import { actionAsked, WRONGLY_CHARGED } from './action-asked.ts';

// What was charged is paid, in part or in full: "they already paid it", "she paid $20 on it".
const PAID =
  /\b(?:already (?:been )?paid|(?:they|she|he|pt|patient|we|i)\s+(?:already\s+)?(?:paid|collected)|paid (?:it|that|this|us|for it|\$?\d)|(?:has|have|had) (?:already )?(?:been )?paid)\b/i;
const NOT_PAID =
  /\b(?:has(?:n'?t| not)|have(?:n'?t| not)|did(?:n'?t| not)|never|not (?:yet )?)\s+(?:been\s+)?(?:paid|pay)\b/i;

/**
 * Whether the question tells of PR that should never have been charged, and whether something was
 * paid on it: 'paid' (refund, then cancel), 'unpaid' (cancel), or null (no such story). A refund
 * asked for in so many words ("how do I give it back?") is the refund's question.
 */
export function wrongPrStory(question: string): 'paid' | 'unpaid' | null {
  if (!WRONGLY_CHARGED.test(question) || actionAsked(question) === 'refund_payment') return null;
  return PAID.test(question) && !NOT_PAID.test(question) ? 'paid' : 'unpaid';
}

// The estimate collected at the visit, as billers name it.
const ESTIMATE =
  /\bestimates?\b|\bestimated (?:pr|amount|charge|balance)\b|\bplaceholders?\b|\bcollected (?:\w+ )?at (?:the )?(?:visit|check-?in|front desk|time of service)\b/i;
// Wrong, and to be put right.
const WRONG =
  /\btoo (?:high|low|much|little|big|small)\b|\b(?:was|is|came out|turned out) (?:\S+ )?(?:wrong|off|incorrect|inflated)\b|\bwrong (?:amount|estimate)\b|\bover[\s-]?(?:estimated|collected|charged)\b|\b(?:fix|correct|adjust)\w* (?:the |that |this |her |his |their )?(?:pr|estimate|placeholder|amount|balance)\b/i;

/** Whether the question asks how to put right an estimate collected at the visit that was wrong. */
export function asksToCorrectEstimate(question: string): boolean {
  return ESTIMATE.test(question) && WRONG.test(question) && actionAsked(question) !== 'refund_payment';
}
