/**
 * A cancel said without "cancel": the PR should never have existed. "the PR on Bernadette's 11/3
 * visit should never have been there", "this balance shouldn't exist at all", "her placeholder PR
 * needs to come off … it's wrong". A write-off forgives what is owed; a PR that was never owed is
 * cancelled (DOMAIN.md section 1). Read as no request, or as a balance look-up for "balance", none
 * of them reached the cancel form. Works on the lower-cased, normalized text.
 */

// The PR, charge or balance said not to belong at all.
const NEVER_BELONGED = new RegExp(
  [
    // "should never have been there", "shouldn't be there", "should not exist", "shouldn't have been
    // billed", "never should have been posted".
    String.raw`\b(?:should(?:n'?t| not| never)|never should)(?: have)?(?: been| be)? (?:there|here|on (?:there|(?:the|her|his|their|this|that) (?:account|acct|ledger|balance|bal|statement))|exist(?:ed)?|posted|billed|charged|created|entered|assessed)\b`,
    // "doesn't belong", "wasn't supposed to be there", "she never owed that".
    String.raw`\b(?:does|did|do)(?:n'?t| not) belong\b`,
    String.raw`\b(?:was|is|were|are)(?:n'?t| not) (?:supposed|meant) to be (?:there|on)\b`,
    String.raw`\bnever owed (?:it|that|this|them|anything)\b`,
  ].join('|'),
);

// "Lee Chen shouldn't have been billed for the 9/9 visit at all": billed or charged names the charge
// itself, so no PR needs naming. Not a card charged ("her card shouldn't have been charged"): money
// paid is a refund's.
const NEVER_BILLED =
  /\b(?:should(?:n'?t| not| never)|never should)(?: have)?(?: been)? (?:billed|charged|assessed)\b/;
const PAYMENT = /\b(?:card|payment|pmt|paid|pays?)\b/;

// A cancel reason's label as the last clause, as billers close a ticket: "Jane Roe was charged twice
// for Monday's visit, duplicate charge", "… - entered in error". Told without it, "PR for Kwame was
// posted twice" asks nothing.
const CANCEL_LABEL_LAST =
  /(?:[,;:]|\s-)\s*(?:(?:it'?s|this is|that'?s|it was)\s+)?(?:an?\s+)?(?:duplicate|dupe?|double[\s-]?(?:billed|charged|posted)|(?:entered|posted|billed) in error|wrong (?:patient|pt|account|chart))(?:\s+(?:charge|pr|bill|entry|posting|visit|claim))?[\s.!]*$/;
const CHARGE_TOLD = /\b(?:charged|billed|posted|charges?|pr|visit|bill)\b/;

// "needs to come off", "has to come off": taken away, a cancel only when the text says it is wrong.
const COMES_OFF = /\b(?:needs? to|has to|have to|should|must|got to|gotta) (?:come|be taken|go) off\b/;
const WRONG =
  /\b(?:wrong|incorrect|in error|by mistake|mistaken\w*|error|erroneous\w*|not (?:right|correct|valid))\b/;

// What the cancel removes: a PR, a charge, a balance.
const PR_OBJECT =
  /\b(?:pr|patient responsibility|patient resp|pt resp|charge|balance|bal|placeholder|self[\s-]?pay)\b/;

// Asked what is owed instead: "it shouldn't be there, so what does she owe now?" is a look-up.
const ASKS_WHAT_IS_OWED = /\b(?:how much|what)\b[^.;!]*\b(?:owe[sd]?|owing|left|due)\b[^.;!]*\?/;

/** Whether the text says a PR was never owed, and asks nothing else about what is owed. */
export function saysNeverOwed(lower: string): boolean {
  if (ASKS_WHAT_IS_OWED.test(lower)) return false;
  if (!PR_OBJECT.test(lower)) return NEVER_BILLED.test(lower) && !PAYMENT.test(lower);
  return NEVER_BELONGED.test(lower) || (COMES_OFF.test(lower) && WRONG.test(lower));
}

/** Whether the text tells of a charge and closes with a cancel reason's label, asking nothing else. */
export function labelsChargeWrong(lower: string): boolean {
  if (lower.includes('?') || !CANCEL_LABEL_LAST.test(lower)) return false;
  return CHARGE_TOLD.test(lower) && !PAYMENT.test(lower);
}
