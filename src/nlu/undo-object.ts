/**
 * What an undo is asked of. Undoing exists for write-offs only (DOMAIN section 3: a write-off not
 * yet reversed, or a batch of them); a refund, a payment, a cancelled PR or a void has no undo here.
 * Asked of one of those, an undo is no undo_write_off, and no new refund or cancel either: read as
 * one, "Dana refunded Bob Smith's copay by mistake, can you undo it" opened an undo form for a
 * write-off nobody made. Nor is a request of the writer's own that they take back. intent.ts answers
 * such an ask as unknown, whose reply says what the app does.
 */

// Undo verbs that take an object (intent.ts reads the same verbs as undoing a write-off).
const UNDO_VERB = '(?:undo|un-?do|revert|roll ?back|back out|take back|pull back|reverse|cancel|void)';
// Words that may stand between the verb and what it undoes ("the $40", "Dana's", "that duplicate"),
// but never across a write-off, a second clause or what the PR is: "undo the write-off and the
// refund", "cancel the PR and refund her" are not undoing a refund.
const OBJECT_WORD = String.raw`(?!(?:and|or|then|but|so|writeoffs?|adj\w*|pr|balance|bal|charges?)\b)[^\s,.;!?]+`;
// "undo the refund for Bob Smith", "reverse Dana's $40 refund", "cancel the refund", "undo the
// cancellation on Lee Chen's PR", "roll back the refund batch".
const OTHER_THING_UNDONE = new RegExp(
  String.raw`\b${UNDO_VERB} (?:${OBJECT_WORD} ){0,4}?(?:refunds?|reimbursements?|cancell?ations?|voids?)\b`,
);
// "undo the payment posted to Jane Doe": a payment cannot be unposted here. "Reverse the payment"
// is how billers ask for a refund (intent.ts REFUND), so "reverse" is not read here.
const PAYMENT_UNDONE = new RegExp(
  String.raw`\b(?:undo|un-?do|revert|roll ?back|back out|take back) (?:${OBJECT_WORD} ){0,4}?(?:payments?|pmts?)\b`,
);

// An undo that points back at what the text told: "can you undo it", "reverse that", "put it back",
// "back it out", or the verb alone at the end ("… by mistake, undo pls"). Not "cancel it" or "void
// it": after "the copay was refunded", those may well ask to cancel the PR.
const POINTS_BACK =
  /\b(?:undo|un-?do|reverse|revert|roll|take|put|pull|walk) (?:it|that|this|them|those|the one)\b|\bback (?:it|that|this|them|those) out\b|\b(?:undo|un-?do|reverse|revert)(?: (?:pls|please|asap))?[\s.!?]*$/;
// What was told as done, other than a write-off: "Dana refunded …", "the $40 refund", "the PR was
// cancelled", "a payment posted to the wrong patient", "voided".
const TOLD_OTHER_THING =
  /\b(?:refunded|reimbursed|cancell?ed|cancell?ations?|voided|posted)\b|\b(?:the|that|this|a|an|her|his|their|my|our)(?: [\w$.,'-]+){0,2}? refunds?\b/;
// A write-off named anywhere: then "undo it" may well be about it (intent.ts WRITE_OFF_WORD). Also a
// reported "wrote it off", unified to `writeoff` before this is read, and an adjustment.
const NAMES_WRITE_OFF =
  /\bwriteoffs?\b|\b(?:wrote|written) (?:[\w$.,'-]+ ){1,2}?off\b|\badj(?:ustments?|s)?\b/;

// The writer's own ask taken back: "cancel my request to write off Jane Roe's balance", "withdraw
// my write-off request", "scratch that request". Nothing was done to undo, and nothing is asked:
// read as an undo, it opened one for a write-off that was never made.
const OWN_REQUEST_WITHDRAWN =
  /\b(?:cancel|withdraw|retract|take back|scratch|void|delete|undo) (?:my|our|that|this|the) (?:[\w$.'-]+ ){0,2}?(?:requests?|submissions?|tickets?)\b/;

/**
 * Whether the undo asked is of something other than a write-off. `asked` is what the text asks
 * (reports and negations taken out, asked-part.ts); `whole` the whole text, which tells what "it"
 * is: "Dana refunded Bob Smith's copay by mistake, can you undo it".
 */
export function undoesOtherThanWriteOff(asked: string, whole: string): boolean {
  if (OTHER_THING_UNDONE.test(asked) || PAYMENT_UNDONE.test(asked)) return true;
  if (OWN_REQUEST_WITHDRAWN.test(asked)) return true;
  return POINTS_BACK.test(asked) && !NAMES_WRITE_OFF.test(whole) && TOLD_OTHER_THING.test(whole);
}

// An undo of "the one" on or for a patient: "reverse the one on Jane Doe", "back out the one for Tom
// Baker", "can you undo the one on Lee Chen too". "The one" points back at something done to that
// patient, and only a write-off has an undo here (an undo of some other thing the text told is
// unknown: undoesOtherThanWriteOff). Read as anything else, "I meant Jane Roe, not Jane Doe. Reverse
// the one on Jane Doe" opened a new write-off for Jane Roe.
const THE_ONE_UNDONE =
  /\b(?:undo|un-?do|reverse|revert|roll ?back|back[\s-]?out|take back|pull back) (?:just )?the (?:one|1)(?: (?:i|we) (?:did|made|posted|entered|put through))? (?:on|for|of|to|under)\s+/i;

/** Where the patient of "reverse the one on <name>" starts in `text`, or -1 when it asks no such undo. */
export function theOneUndoneAt(text: string): number {
  const found = THE_ONE_UNDONE.exec(text);
  return found ? found.index + found[0].length : -1;
}

/** "reverse the one on Jane Doe": an undo of the write-off made for that patient. */
export function undoesTheOne(lower: string): boolean {
  return lower.includes(' one ') || lower.includes(' 1 ') ? THE_ONE_UNDONE.test(lower) : false;
}
