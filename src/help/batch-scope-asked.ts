/**
 * What a small-balance batch takes, asked of its rule rather than of the steps: "can the small
 * balance write-off only pick up balances that are at least 90 days old?" (its minimum age, which
 * can be set) and "can I leave two specific accounts out of the small balance cleanup?" (it takes
 * exactly what its preview lists). The batch article has a section on each; read by their words,
 * both questions got the steps, which answer neither.
 */

// A batch of small balances, as billers name it.
const BATCH = /\bsmall[\s-]?bal\w*|\bbatch\w*|\bclean[\s-]?up\b|\bsweep\w*|\bbulk\b|\bmass write/i;
// An age of the charges: "90 days old", "older than 60 days", "minimum age", "how old", "from
// last week", "recent ones".
const AGE =
  /\b\d+\s*(?:days?|weeks?|months?)(?:\s+old)?\b|\bhow (?:old|recent|new)\b|\bmin(?:imum)?[\s-]?age\b|\b(?:older|newer) than\b|\bage of\b|\baged?\b|\b(?:last|this|past|previous) (?:week|month)\b|\brecent(?:ly)?\b/i;
// Asked to leave some out: "leave two accounts out", "exclude", "skip these patients" (but not
// "does it skip balances that changed?", which is what the batch does by itself).
const LEAVE_OUT =
  /\b(?:leave|leaving|keep|keeping|take|taking|pull|pulling)\s+(?:\S+\s+){0,4}?out\b|\bexclud\w*|\bomit\w*|\bexempt\w*|\bskip (?:a |an |a few |these |those |two |three |\d+ |certain |specific |particular )(?:patients?|accounts?|balances?|charges?|people)\b/i;

/** Whether the question asks how old the charges a batch takes must be. */
export function asksBatchMinimumAge(question: string): boolean {
  return BATCH.test(question) && AGE.test(question);
}

/** Whether the question asks to leave some balances out of a batch. */
export function asksToLeaveOutOfBatch(question: string): boolean {
  return BATCH.test(question) && LEAVE_OUT.test(question);
}
