/**
 * An attempt the writer says failed, and what to do about it asked: "Tried to write off $500 for
 * Lorna Bell and it said over my limit. What now?", "I tried refunding Bob Smith $20 but got an error,
 * what do I do?". The action was already tried; what is asked is the way past the refusal, which the
 * help desk answers for that patient. Read as the request, the same write-off was opened again.
 * Without a question ("… it said over my limit, send it for approval") the request stands.
 */

// Trying one of our actions: "tried to write off", "was trying to refund", "attempted cancelling".
const ATTEMPTED =
  /\b(?:tried|attempted|was trying|were trying|(?:have|had|'ve) been trying)(?: again)?(?: to)? (?:writeoff|write|refund|cancel|undo|reverse|void|waive|run|process|submit|do)\w*\b|\b(?:tried|attempted) (?:writing|refunding|cancell?ing|undoing|reversing|voiding|waiving|running|processing)\b/;
// What the app did instead: it said or showed something, refused or failed.
const FAILED =
  /\b(?:said|says|saying|told me|showed|shows|gave me|popped up|got|getting|error|errored|failed|fails|blocked|rejected|denied|refused|(?:would|will|did|does|could|can)(?:n'?t| not)|greyed|grayed|stuck|bounced|kicked (?:it )?back|(?:over|above) (?:my|the|her|his) limit|not allowed)\b/;
// The way past it, asked: "what now", "what do I do", "why", "what does that mean".
const WHAT_NOW =
  /\b(?:what now|now what|what (?:do|should|can) (?:i|we) do|what(?:'s| is) (?:the )?next step|how do (?:i|we) (?:fix|get (?:around|past)|proceed|handle)|what gives|what does (?:that|this|it) mean|why|any (?:ideas?|advice|thoughts|help))\b/;

/** Whether the text tells a failed attempt at our action and asks what now (ATTEMPTED, FAILED, WHAT_NOW). */
export function asksPastFailedAttempt(lower: string): boolean {
  const attempt = ATTEMPTED.exec(lower);
  if (attempt === null) return false;
  const after = lower.slice(attempt.index + attempt[0].length);
  return FAILED.test(after) && WHAT_NOW.test(after);
}
