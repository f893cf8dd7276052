/**
 * A write-off said to be wrong, with no undo verb: "the write off shouldnt have happened", "the w/o
 * on Derek Shaw was a mistake", "that write-off was wrong". What is asked is that it be taken back:
 * read with no verb of undoing, the write-off the text names was taken for a new one, the opposite
 * of what was asked. Works on the lower-cased, normalized text (`writeoff` unified).
 *
 * The write-off must be the subject: "write off $40, it shouldn't have been billed" writes off (and
 * the words between the two stop at a clause's end). What it names may sit between: "the writeoff
 * on Derek Shaw", "the w/o for $40".
 */

// The write-off as the subject, with what it was on or for.
const WRITE_OFF_SUBJECT = String.raw`\bwriteoffs?(?: (?:on|for|of|to) [^,.;!?]{1,40}?)?`;
// Said not to have been done, or to be wrong.
const REGRET = String.raw`(?:(?:should(?:n'?t| not| never)|never should|(?:was|were)(?:n'?t| not) supposed to)(?: have)? (?:happen(?:ed)?|been (?:done|made|posted|applied|entered|approved|processed)|gone (?:through|thru)|go (?:through|thru))|(?:was|is|were) (?:(?:all |totally |completely )?wrong|(?:a |an |our |my )?(?:mistake|error)|in error|done (?:in error|by mistake)|not (?:right|correct|supposed to happen)))\b`;

const WRITE_OFF_REGRETTED = new RegExp(`${WRITE_OFF_SUBJECT} ${REGRET}`);

// An adjustment is how billing systems name a write-off: "the small balance adjustment on Bill Payne
// shouldn't have happened, … reverse it", "the hardship adj on Lee Chen wasn't supposed to happen.
// undo pls". Said wrong, it is undone only where an undo is also asked ("the adjustment was wrong"
// alone may be about its amount), and never an insurer's (contractual, payer, denial …).
const ADJUSTMENT_REGRETTED = new RegExp(
  String.raw`\b(?<!(?:contractual|insurance|ins|payer|denial) )(?:adjustments?|adjs?)(?: (?:on|for|of|to) [^,.;!?]{1,40}?)? ${REGRET}`,
);
const UNDO_ASKED =
  /\b(?:undo|un-?do|reverse|revert|roll (?:it|that|this) back|back (?:it|that|this) out|back out)\b/;

// A write-off put on the wrong patient: "wrong patient on my last write-off", "I put that w/o on the
// wrong account", "the write-off for Jane Doe went to the wrong pt". The one made is to be undone
// (who it was meant for is a new write-off, which the writer asks after). Read as asked, the
// write-off named opened a new one, for no one.
const WHOM = '(?:patient|pt|account|acct|person|chart|guarantor)';
// The write-off as a thing done, not the verb: "write off $20 for Jane Doe, the PR was billed to the
// wrong patient" asks a write-off.
const THE_WRITE_OFF = String.raw`\b(?:the|my|our|that|this|her|his|their|last|latest) (?:[\w$.'-]+ )?writeoffs?\b`;
const WRONG_PATIENT = new RegExp(
  String.raw`\bwrong ${WHOM} (?:on|for|with) (?:my|our|the|that|this|her|his|their|a) (?:(?:last|latest|recent|previous|earlier|first|\$?[\d.,]+) )*writeoffs?\b` +
    String.raw`|${THE_WRITE_OFF}[^,.;!?]{0,60}?\b(?:on|to|under|for|against|in|into) (?:the |a )?wrong ${WHOM}\b` +
    String.raw`|${THE_WRITE_OFF}[^,.;!?]{0,60}?\b(?:was|is|went|got) (?:the )?wrong ${WHOM}\b`,
);

/** Whether the text says a write-off (or an adjustment, with an undo asked) should not have been done. */
export function regretsWriteOff(lower: string): boolean {
  if (lower.includes('writeoff') && (WRITE_OFF_REGRETTED.test(lower) || WRONG_PATIENT.test(lower)))
    return true;
  return lower.includes('adj') && ADJUSTMENT_REGRETTED.test(lower) && UNDO_ASKED.test(lower);
}
