/**
 * The patient's share of a charge, in the words billers use for it instead of "balance": "PR",
 * "pt resp", "patient responsibility". Someone's share asked about ("what's nguyen thi lan's pt
 * resp", "what's Chloe's total PR right now?") is their balance asked. Told, it asks nothing
 * ("Kwame's PR was posted twice" is a story, often before a cancel).
 */

// What is due said as billers say it, too: "amount due", "balance due", "total due", "amount owed".
const SHARE = `(?:prs?|pt resp(?:onsibility)?|patient resp(?:onsibility)?|(?:amount|amt|balance|bal) (?:due|owed)|(?<=total )due)`;
// What is asked of it: how much of it is there now.
const WHICH_PART = `(?:(?:current|total|open|outstanding|remaining) )?`;

// Whose it is, said before it: "Chloe's total PR", "her pt resp".
const OWNED_SHARE = String.raw`(?:'s?|\b(?:her|his|their)) ${WHICH_PART}${SHARE}\b`;

/** Someone's share: "Chloe's total PR", "her pt resp", "the patient responsibility for Jane". */
export const SOMEONES_SHARE = String.raw`${OWNED_SHARE}|\b${SHARE} (?:for|on|of)\b`;

// Asked, the asking words first in its clause: "can you tell me what …'s pt resp is", "check
// her PR", "how much is Jane's patient responsibility". "The PR on …" is asked only as the whole
// text (intent.ts NOUN_LOOKUP): "what's the PR on Pham Minh Duc DOS 10/2 was posted twice" tells.
// A title's point ends no clause: "can you tell me Ms. Fairbanks' current patient responsibility?".
const CLAUSE_CHAR = String.raw`(?:[^.?!;]|(?<=\b(?:mrs?|ms|mx|dr|miss))\.)`;
const SHARE_ASKED = new RegExp(
  String.raw`\b(?:what(?:'?s| is| was)?|tell me|let me know|how much(?: is)?|check|look ?up|pull up|show me)\b${CLAUSE_CHAR}{0,50}?${OWNED_SHARE}`,
);

/** The text asks what someone's share (their PR) is: a balance look-up when a patient is named. */
export function asksPatientShare(lower: string): boolean {
  return SHARE_ASKED.test(lower);
}
