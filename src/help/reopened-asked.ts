/**
 * "I thought her September visit was written off — why is it outstanding again?", "we refunded
 * his payment, why is he showing $200 owed again?": the biller asks why PR that was settled is
 * owed once more. The words of an action in the story ("written off", "refunded") read as a
 * write-off or a refund asked for now, and the answer weighed what could be done on the charge
 * instead of telling what re-opened it (a refund, an undone write-off), which its ledger says.
 */

// Owed once more: "outstanding again", "owed again", "showing a balance again", "back on her
// balance", "re-opened", "reappeared", "came back".
const OWED_AGAIN =
  /\b(?:owed?|owes|owing|outstanding|open|due|balance|bal|showing|shows?|billing|billed)\b[^.?!]{0,30}?\bagain\b|\bre-?open(?:ed|s)?\b|\breappear\w*|\b(?:came|come|comes|coming) back\b|\bback on (?:the|her|his|their) (?:balance|account|bill|statement)\b/i;
// Asked why, or what happened.
const WHY = /\bwhy\b|\bhow come\b|\bwhat happened\b|\bwhat changed\b/i;

// A refund or an undone write-off told, then what is owed asked: "we refunded $20 to him, why does
// he owe $20 now?". Each re-opens the PR it took away, which is what is owed now.
const REOPENED_BY =
  /\b(?:we|i|they|you|billing|someone)\s+(?:\S+\s+){0,2}?(?:refunded|undid|reversed)\b|\b(?:was|were|got|been|after (?:the|a|his|her))\s+(?:\S+\s+)?(?:refunded|refund|undone|reversed)\b/i;
const OWED_NOW = /\b(?:owed?|owes|owing|outstanding|due|balance|bal)\b/i;

// Settled, then owed again, told as a surprise with no "why": "her sept visit was written off but
// now shows $40 again?", "it was paid yet it's back on her balance".
const SETTLED_BUT =
  /\b(?:was|were|got|been|had|i|we)\s+(?:\S+\s+)?(?:written[\s-]?off|wrote (?:it |that )?off|w\/o|paid(?: off)?|cleared|zeroed(?: out)?)\b[^.?!]{0,40}?\b(?:but|yet|and now|now)\b/i;

/** Whether the question asks why a charge that was settled is owed again. */
export function asksWhyOwedAgain(question: string): boolean {
  return (
    (WHY.test(question) || SETTLED_BUT.test(question)) &&
    (OWED_AGAIN.test(question) || (REOPENED_BY.test(question) && OWED_NOW.test(question)))
  );
}
