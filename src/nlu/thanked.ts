/**
 * Thanks for an action already done ask nothing of it (intent.ts), and a part of a message that is
 * only such thanks starts no request (first-request.ts).
 */

// Thanks for what was done, told or passed on: "Sakura Yamamoto said thanks for the write-off",
// "thank you for the refund!", "thx for the help with the refund for Jane Doe", "thanks for doing
// the write off on Bob Smith yesterday", "appreciate you cancelling that dup for Tom Baker". What is
// thanked is done; read as asked, it opened a write-off. The thanks runs to the end of its clause:
// a request after it ("thanks for the refund, can you also write off $10") is still read. Not thanks
// given ahead ("thanks in advance for …", "I'd appreciate you writing off $20 …"), which ask.
const THANKED_ACTION = `(?:writeoffs?|refunds?|undo|help|adjustments?|cancell?ations?|courtesy|discount|reversals?)`;
const THANKED_DOING = `(?:doing|handling|processing|taking care of|getting|sorting(?: out)?|fixing|writing|writeoffing|cancell?ing|refunding|reversing|undoing|voiding|waiving|comping|adjusting|removing|zeroing|wiping|issuing|sending|helping|jumping on|looking into)`;
const THANKS_FOR = new RegExp(
  String.raw`(?<!(?:'d|\bwould|'ll|\bwill)\s(?:really\s|greatly\s|so\s|much\s)?)\b(?:(?:thanks|thank you|thank u|thx|ty|tysm|grateful|appreciated?|appreciates)(?: (?:so|very) much| again| a lot| a ton)? for|(?:appreciate|appreciated|appreciates) (?:you|u|ya|y'all|your|it|that))(?: (?:the|your|that|this|my|her|his|their|our|all the|all your|you))? (?:(?:[\w$.,'-]+ ){0,3}?${THANKED_ACTION}\b|${THANKED_DOING}\b)[^,.;:!?]*?(?=$|[,.;:!?]|\s-\s|\s(?:but|now|also|can|could|would|will|pls|please|then|next|and (?:can|could|please|pls|now|also|then))\b)`,
  'g',
);

/** The lower-cased, unified text without thanks for what was done (THANKS_FOR). */
export function withoutThanks(lower: string): string {
  return lower.includes('th') || lower.includes('ty') || lower.includes('apprec')
    ? lower.replace(THANKS_FOR, ' ')
    : lower;
}
