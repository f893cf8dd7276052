/**
 * "What percentage are we allowed to take off for a prompt-pay discount?": how much a reason lets
 * the practice take off. The app sets no percentage for any reason (DOMAIN section 2 lists reasons
 * and notes, no rates): the amount is the practice's policy, entered with the reason. The reasons
 * article's list of reasons that need no note says so beside the prompt-pay discount; read by its
 * words, the question could get any section that names a discount.
 */

// A share or rate asked: "what percentage", "10%", "what rate", "how big a discount".
const SHARE_ASKED =
  /\bpercent(?:age)?s?\b|\d+(?:\.\d+)?\s?%|\bwhat rate\b|\bhow (?:big|large|much) (?:of )?(?:an? |the )?discount\b/i;

/** Whether the question asks what share or rate a write-off may take off. */
export function asksHowMuchToTakeOff(question: string): boolean {
  return SHARE_ASKED.test(question);
}
