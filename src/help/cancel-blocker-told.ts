/**
 * A cancel of PR asked about, with the charge's state told in the biller's words: "trying to cancel
 * a self-pay charge but the patient already put money on it", "what happens if I cancel PR the
 * patient already paid", "cancel won't work on a custom charge that had a discount written off". The
 * cancel rules (DOMAIN section 3) refuse while payments are applied (HAS_PAYMENTS: refund them
 * first) and while write-offs are applied (HAS_WRITE_OFFS: undo them first), and PR from an
 * insurance remittance is never cancelled (REMITTANCE_PR). The refusal the story describes is the
 * one the answer explains; the general cancel article told none of them, or another one.
 *
 * And the refusal a question rules out ("a custom charge", "self-pay") is not told beside it: PR the
 * practice entered itself did not come from a remittance.
 */
import type { BlockerCode } from '../domain/blockers.ts';
import { actionAsked } from './action-asked.ts';

const CANCEL = /\bcancel\w*|\bcxl\b|\bvoid\w*/i;
// Two things set side by side ("cancel vs write off", "should I cancel or write it off?", "whats the
// diff between a cancel and a write off on pt resp") ask which to use, not what refuses one: the
// "write off on" of a comparison is no write-off told on the charge.
const COMPARED =
  /\b(?:vs|versus|diff|difference|differ\w*|compar\w*|distinction|instead of|as opposed to|rather than)\b|\bbetween\b[^?.!]{0,40}?\band\b|\bor (?:an? |to )?(?:write|w\/o|writ)/i;

// The insurer's payment is not the patient's: "insurance paid part", "the payer paid".
const INSURER_PAID =
  /\b(?:insurance|ins|payer|insurer|carrier|plan|medicare|medicaid)\s+(?:already\s+|has\s+|had\s+)?paid\b/gi;
// Something paid on the PR: "already paid", "the patient paid", "put money on it", "made a payment",
// "has a payment on it", "paid part of it", "a deposit".
const PAID_TOLD =
  /\balready (?:been )?paid\b|\b(?:patient|pt|she|he|they|guarantor|mom|dad)\s+(?:had\s+|has\s+|already\s+|just\s+)*(?:paid|payed|put|made|sent|gave)\b|\bput (?:some |a little |down )?(?:money|cash|\$?\d[\d,.]*)\s+(?:down\s+)?(?:on|toward|towards|into|against)\b|\bmade (?:a |some |partial )?payments?\b|\b(?:has|have|had|with) (?:a |some |partial )?payments? (?:on|applied|posted|against)\b|\bpayments? (?:was |were |is |has been )?(?:already )?(?:posted|applied|made|received|came in)\b|\bpaid (?:part|some|half|a (?:bit|little|portion))\b|\b(?:partly|partially|part)[\s-]paid\b|\bdeposit\b/i;
const NOT_PAID =
  /\b(?:has(?:n'?t| not)|have(?:n'?t| not)|did(?:n'?t| not)|never|not (?:yet )?|nothing|no payments?)\s+(?:been\s+)?(?:paid|pay|payments?)\b/i;
// Something written off on it: "had a discount written off", "part of it was w/o'd", "a write-off on
// it", "someone wrote some of it off".
const WRITTEN_OFF_TOLD =
  /\bwritten[\s-]?off\b|\bwrote (?:\S+\s+){0,4}?off\b|\bw\/o'?d\b|\b(?:has|had|with|there'?s|there is|there was) (?:a |an |some |partial |small )?(?:write[\s-]?offs?|writeoffs?|w\/o|adjustments?)\b|\bwrite[\s-]?offs? (?:on|applied|posted|against)\b|\b(?:discount|adjustment)s? (?:was |were |got |had been )?(?:already )?(?:applied|taken|given|posted|written)\b|\b(?:had|has|got|gave|with) (?:a |an |the )?(?:little |small |prompt[\s-]?pay )?discount\b/i;
const NOT_WRITTEN_OFF = /\b(?:not|never|nothing|no)\s+(?:been\s+)?(?:written[\s-]?off|write[\s-]?offs?)\b/i;
// PR the question says came from a remittance: the insurance's PR.
const REMITTANCE_TOLD =
  /\bfrom (?:an? |the )?(?:insurance|payer|remit\w*|era|eob|835)\b|\bremittance\b|\b(?:insurance|payer)(?:'s)? (?:pr|patient responsibility)\b/i;
// PR the practice entered itself, which no remittance made: self-pay, custom, an estimate.
const NOT_FROM_REMITTANCE =
  /\bself[\s-]?pay\b|\bcustom\b|\bestimate\w*|\bplaceholder\b|\bcash[\s-]?pay\b|\buninsured\b|\bno insurance\b|\bmanual(?:ly)?(?: entered)?\b|\bwe (?:entered|added|created) (?:it|the pr|the charge)\b/i;

/** Whether the question asks about cancelling PR (not comparing a cancel with a write-off). */
function asksAboutCancel(question: string): boolean {
  return CANCEL.test(question) && actionAsked(question) === 'cancel_pr' && !COMPARED.test(question);
}

/**
 * The cancel's refusal the question's story describes, in the order the rules check them: the PR's
 * source, then payments, then write-offs; null when it describes none or asks no cancel.
 */
export function cancelBlockerTold(question: string): BlockerCode | null {
  const text = question.replace(/[’‘]/g, "'");
  if (!asksAboutCancel(text)) return null;
  if (REMITTANCE_TOLD.test(text) && !NOT_FROM_REMITTANCE.test(text)) return 'REMITTANCE_PR';
  const patientPaid = text.replace(INSURER_PAID, ' ');
  if (PAID_TOLD.test(patientPaid) && !NOT_PAID.test(patientPaid)) return 'HAS_PAYMENTS';
  if (WRITTEN_OFF_TOLD.test(text) && !NOT_WRITTEN_OFF.test(text)) return 'HAS_WRITE_OFFS';
  return null;
}

/** The refusals the question rules out: REMITTANCE_PR for PR it says is self-pay, custom or an estimate. */
export function blockersRuledOut(question: string): ReadonlySet<BlockerCode> {
  return new Set<BlockerCode>(NOT_FROM_REMITTANCE.test(question) ? ['REMITTANCE_PR'] : []);
}
