/**
 * A threshold said beside one patient's own write-off: "write off $30 for Evan Brooks, balance < $35
 * so small balance", "write off $9 for Abel Ruiz (under $10) small balance". The patient and the
 * amount make the request one write-off; "under $X" only says why the balance counts as small. Read
 * as a batch's threshold, the request cleared every balance in the practice up to $X.
 *
 * A batch names no amount of its own ("write off everything under $10 for all patients", "small
 * balance batch under $5"), so it keeps its threshold.
 */
import type { AmountMention } from './amount.ts';

/** Whether the threshold written only explains one named patient's write-off of an amount. */
export function thresholdOnlyExplains(mentions: readonly AmountMention[], namesPatient: boolean): boolean {
  if (!namesPatient || !mentions.some((m) => m.isThreshold)) return false;
  return mentions.some((m) => !m.isThreshold && !m.isKept && m.result.ok);
}

// A batch, or the practice's patients, said in so many words: "for all patients", "every account",
// "everyone except Jane Doe", "the small balance batch": the threshold is a batch's, a patient
// named or not.
const PRACTICE_WIDE =
  /\b(?:batch|sweep|bulk|mass|patients|pts|everyone|everybody|across the board|practice[\s-]?wide|(?:every|all|each) (?:patient|pt|account|acct)s?|except|excluding|other than|besides|but not)\b/;
// The patient named as whose balances they are: "for Jane Doe", "of Jane Doe", "on pt Jane Doe".
const WHOSE_CUE = /\b(?:for|of|on)\s+(?:(?:the\s+)?(?:patient|pt)\s+)?$/;

/**
 * Whether the threshold bounds one named patient's own balances: "write off everything under $10
 * for Jane Doe", "write off Jane Doe's balances under $10". Her balances under $10 are no amount for
 * one charge, and no batch across the practice: the write-off is hers, its amount asked by the form.
 * Not where a batch or many patients are said ("write off all balances under $5 for all patients"),
 * nor a name that is not whose balances ("per Dana, write off everything under $5").
 */
export function thresholdOfOnePatient(
  lower: string,
  text: string,
  mentions: readonly AmountMention[],
  patient: string | null,
): boolean {
  if (patient === null || !mentions.some((m) => m.isThreshold) || PRACTICE_WIDE.test(lower)) return false;
  const at = text.indexOf(patient);
  if (at < 0) return false;
  return WHOSE_CUE.test(text.slice(0, at).toLowerCase()) || /^'s?\b/.test(text.slice(at + patient.length));
}
