/**
 * Two of our actions weighed against each other, asked: "for a duplicate charge do i write it off or
 * cancel it?", "wrong amount on a self-pay charge - cancel or w/o?", "with a duplicate, do we void it or
 * write it off?". Which one fits is the help desk's (write-off-vs-cancel); read as a request, the
 * last verb won and a cancel or an undo form opened for no one. The openings that ask it first ("do
 * i …", "should we …") are read in question.ts; this finds the choice wherever the question starts.
 */

// An action and the words that name it (normalize.ts has unified "w/o" and "write-off" to "writeoff").
const ACTION =
  '(writeoff|write (?:it|that|this|them|the (?:pr|charge|balance)) off|cancel|void|refund|undo|reverse)';
const EITHER = new RegExp(
  String.raw`\b${ACTION}\b(?: (?:it|that|this|them|the (?:pr|charge|balance|whole thing)))?\s*(?:,\s*)?or (?:should (?:i|we) |do (?:i|we) |(?:just |rather |to |we |i )+)?${ACTION}\b`,
);
// Asked, not told: a question mark, or the writer asking what they should do.
const ASKED = /\?|\b(?:do|should|shall|would|can|could) (?:i|we)\b|\bwhich\b/;

/** The family an action's words belong to: "write it off" and "writeoff" are one, "void" is a cancel. */
function family(words: string): string {
  if (words.startsWith('write')) return 'writeoff';
  return words === 'void' ? 'cancel' : words === 'reverse' ? 'undo' : words;
}

/** Does the text ask which of two different actions to take, with no amount to act on? */
export function weighsTwoActions(lower: string, hasAmount: boolean): boolean {
  if (hasAmount || !lower.includes(' or ')) return false;
  const either = EITHER.exec(lower);
  if (!either?.[1] || !either[2] || family(either[1]) === family(either[2])) return false;
  return ASKED.test(lower);
}
