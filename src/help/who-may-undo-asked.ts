/**
 * "who can undo my write off?", "does undo need approval?": who may undo, and that no approval
 * stands in the way, which the undo article's "Who can undo" section says. Read by its words
 * alone, the question got the article's first section, how to undo.
 */
const WHO_UNDOES =
  /\b(?:who|who'?s|which (?:roles?|users?|people))\s+(?:\S+\s+){0,3}?(?:undo|undoes|reverse|reverses|back out)\b/i;
const UNDO_APPROVAL = /\b(?:undo|undoing|reversing|reversal)\b.*\b(?:approv\w*|sign[\s-]?off|permission)\b/i;

// "can I undo a write-off someone else made?", "undo another biller's w/o": whose write-off may be
// undone is who may undo it.
const SOMEONE_ELSES =
  /\b(?:undo|undoing|reverse|reversing|back out)\b.*\b(?:some(?:one|body) else(?:'s)?|another (?:biller|user|person|colleague|coworker|co-worker)(?:'s)?|other (?:billers?|users?|people)(?:'s)?|a (?:colleague|coworker|co-worker)(?:'s)?|(?:my )?(?:colleague|coworker|co-worker|manager|boss)'s|(?:i|you) did(?:n't| not) make|not (?:my|mine)|wasn't mine)\b/i;

export function asksWhoMayUndo(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return WHO_UNDOES.test(text) || UNDO_APPROVAL.test(text) || SOMEONE_ELSES.test(text);
}
