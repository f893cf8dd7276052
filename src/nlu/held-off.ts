/**
 * A request held off: "don't do anything yet", "hold off", "not yet", "wait on it", "sit on it
 * for now". Whatever the text says will be done (a write-off once an application is approved, a
 * refund when the check clears) is not to be done now, so it never becomes an action: read as one,
 * "we'll write off the $300 once it's approved, don't do anything yet. Just tell me what he owes"
 * opened a $300 write-off. What the text asks instead (a balance) is the request; else nothing is.
 * Works on the lower-cased, normalized text.
 */

// The hold-off as people write it. Each names no action of its own, or only a pronoun or
// "anything" as its object: "don't write it off yet" is a negated action (asked-part.ts), which
// leaves what else the text asks to decide.
const HOLD_OFF = new RegExp(
  [
    // "don't do anything yet", "please don't touch it", "do not change anything for now".
    String.raw`\b(?:don'?t|do not|dont)(?: (?:please|pls|actually))? (?:(?:do|touch) (?:anything|it|that|this|them|a thing)|change anything|make any changes)\b`,
    String.raw`\bdo nothing\b`,
    // "hold off", "hold off for now", "hold off on it", "let's hold off on the write-off".
    String.raw`\bhold off\b`,
    // "not yet", "not now", "not today" as a clause of their own ("but not yet", "- not yet!", "not yet
    // though"), not "not yet approved".
    String.raw`(?:^|[,.;:!?(]\s*|\s-\s|\b(?:but|just|so|and) )not (?:yet|now|today|just yet)(?=\s*(?:[,.;:!?)-]|$|\b(?:but|just|please|pls|we|i|though|tho|thanks|thx|ok|okay|for now|until|till|til)\b))`,
    // "wait on it", "wait with the refund", "sit on it for now", "hang onto it".
    String.raw`\b(?:wait|hold) (?:on|with) (?:it|that|this|them|those|the (?:writeoffs?|refunds?|cancel\w*|undo|reversal))\b`,
    String.raw`\b(?:sit|hang) on (?:it|that|this|them)\b`,
    // "let's wait until the remit posts", "please wait for the EOB": waiting asked, at a clause's start.
    String.raw`(?:^|[,.;:!?]\s*|\s-\s)(?:(?:let'?s|lets|please|pls|just|we(?:'ll| will| should)|i(?:'ll| will)) )?wait (?:until|till|til|for|on)\b`,
    // "put it on hold", "keep the write-off on hold", "no action yet", "leave it for now".
    String.raw`\b(?:put|keep|leave) (?:it|that|this|them|the (?:writeoffs?|refunds?|account|acct)) on hold\b`,
    String.raw`\bno action (?:yet|for now|needed|required|today)\b`,
    String.raw`\bleave (?:it|that|this|them) (?:alone|as is|for now)\b`,
  ].join('|'),
);

// The cheap look that spares HOLD_OFF on most texts: words one of the hold-offs has.
const MAY_HOLD_OFF = /\b(?:hold|don'?t|dont|do not|do nothing|not|wait|sit|hang|no action|leave)\b/;

// "…, refund her $20 instead": a course chosen in place of the one held off is asked.
const INSTEAD = /\binstead\b/;

/** Whether the text holds off what it talks of doing, with no other course chosen in its place. */
export function holdsOff(lower: string): boolean {
  return MAY_HOLD_OFF.test(lower) && HOLD_OFF.test(lower) && !INSTEAD.test(lower);
}
