/**
 * "Can I edit the reason on a write-off after the fact? I picked small balance but it was really
 * hardship.", "I posted a hardship adjustment on the father's account but it belonged to his son.
 * How do I move it over?": a write-off made wrong, to be changed or moved. A write-off is never
 * edited (ledger entries are immutable, DOMAIN section 1): it is undone and made again, which the
 * undo article's section on fixing one says. Read by its words, the first question got the list
 * of reasons and the second the write-off steps.
 */
import { actionAsked } from './action-asked.ts';

// A write-off named, in the words billers use for one already made.
const WRITE_OFF =
  /\bwrit\w*[\s-]*offs?\b|\bwrote\b[^.?!]{0,20}?\boff\b|\bw\/o\b|\bwriteoffs?\b|\badjust(?:ment|ed)s?\b|\bwaived?\b/i;
// One of its parts changed: "edit the reason", "change the amount", "correct the note". Not
// "correct" said of a way to do it ("the correct process to write off … the patient won't pay").
const PART_CHANGED =
  /\b(?:edit|change|correct|fix|update|amend|modify|switch|swap|alter)\w*\b(?!\s+(?:way|process|procedure|method|steps?|approach)\b)[^.?!]{0,40}?\b(?:reasons?|amounts?|notes?|codes?|patients?|accounts?|charges?|dates?)\b/i;
// Moved to the patient it belonged to: "move it over", "transfer it", "it belonged to his son",
// "should have been on her account", "meant for", "the wrong patient".
const MOVED =
  /\bmov(?:e|es|ed|ing)\b[^.?!]{0,25}?\b(?:over|to|onto|across)\b|\btransfer\w*|\bbelong(?:s|ed)? to\b|\bshould have (?:been|gone) (?:on|to|for)\b|\bmeant for\b|\bwrong (?:patient|account|chart|person|kid|child|family member|pt)\b/i;

/** Whether the question asks to change a write-off already made, or move it to another patient. */
export function asksToFixWriteOff(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  if (!WRITE_OFF.test(text) || !(PART_CHANGED.test(text) || MOVED.test(text))) return false;
  const action = actionAsked(question);
  return action === 'write_off' || action === 'undo_write_off';
}
