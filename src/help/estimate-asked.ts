/**
 * "We collected an estimate at check-in and then the remittance came back lower. Do I cancel the
 * estimate or write it off?": an estimate (placeholder PR) set against the remittance that replaces
 * it. The estimate can be cancelled, once any payment on it is refunded, and the remittance's PR
 * stays (DOMAIN sections 1 and 3), which the cancel article's section on estimates says. Read by
 * its words ("remittance"), the question got the section saying insurance PR cannot be cancelled,
 * as if the estimate could not be either.
 */
import { actionAsked } from './action-asked.ts';

// The estimate collected at the visit, as billers name it.
const ESTIMATE =
  /\bestimates?\b|\bestimated (?:pr|amount|charge|balance)\b|\bplaceholders?\b|\bdeposits?\b|\bcollected (?:\w+ )?at (?:the )?(?:visit|check-?in|front desk|time of service)\b/i;
// What replaces it: the remittance, the payer's answer, the real amount.
const REMITTANCE =
  /\bremit\w*|\binsurance\b|\beob\b|\bera\b|\bpayer\b|\bpayor\b|\b(?:real|actual|final|true) (?:amount|bill|charge|balance|pr)\b|\bclaim (?:paid|came|processed)\b/i;

/**
 * Whether the question sets an estimate collected at the visit against the remittance's PR, and
 * asks what to do with the estimate: money asked back ("how do I give her the $60 back?") is the
 * refund's question.
 */
export function asksAboutEstimateAndRemittance(question: string): boolean {
  return ESTIMATE.test(question) && REMITTANCE.test(question) && actionAsked(question) !== 'refund_payment';
}

// The same thing billed twice, as a biller suspects it: "billed twice", "double charged", "a
// duplicate", "two of the same".
const TWICE =
  /\b(?:billed|charged|invoiced)\s+(?:\S+\s+){0,2}?twice\b|\bdouble[\s-]?(?:billed|charged|billing|charge)\b|\bduplicates?\b|\btwo of (?:the same|them)\b/i;

/**
 * Whether a question about a patient may be about an estimate and its remittance: it asks whether
 * something was billed twice, or sets an estimate against the remittance. The patient's charges
 * then say whether it is (estimate-situation.ts).
 */
export function estimateStoryAsked(question: string): boolean {
  return TWICE.test(question) || asksAboutEstimateAndRemittance(question);
}
