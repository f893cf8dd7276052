/**
 * "who can undo my write off?", "does undo need approval?": who may undo, and that no approval
 * stands in the way, which the undo article's "Who can undo" section says. Read by its words
 * alone, the question got the article's first section, how to undo.
 */
const WHO_UNDOES =
  /\b(?:who|who'?s|which (?:roles?|users?|people))\s+(?:\S+\s+){0,3}?(?:undo|undoes|reverse|reverses|back out)\b/i;
const UNDO_APPROVAL = /\b(?:undo|undoing|reversing|reversal)\b.*\b(?:approv\w*|sign[\s-]?off|permission)\b/i;

export function asksWhoMayUndo(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return WHO_UNDOES.test(text) || UNDO_APPROVAL.test(text);
}
