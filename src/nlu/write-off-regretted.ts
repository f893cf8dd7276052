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
const REGRET = String.raw`(?:(?:should(?:n'?t| not| never)|never should|(?:was|were)(?:n'?t| not) supposed to)(?: have)? (?:happen(?:ed)?|been (?:done|made|posted|applied|entered|approved|processed)|gone through|go through)|(?:was|is|were) (?:(?:all |totally |completely )?wrong|(?:a |an |our |my )?(?:mistake|error)|in error|done (?:in error|by mistake)|not (?:right|correct|supposed to happen)))\b`;

const WRITE_OFF_REGRETTED = new RegExp(`${WRITE_OFF_SUBJECT} ${REGRET}`);

/** Whether the text says a write-off should not have been done. */
export function regretsWriteOff(lower: string): boolean {
  return lower.includes('writeoff') && WRITE_OFF_REGRETTED.test(lower);
}
