/**
 * "can I write it off again? the undo was a mistake", "how do I redo the write-off I reversed",
 * "the reversal was wrong, put the write-off back": a write-off that was undone, asked to be made
 * again. An undo cannot itself be undone (DOMAIN section 3: at most one reversal per write-off);
 * what brings the write-off back is a new write-off of what is outstanding again. Read by its words
 * ("undo"), the question was answered with the undo's steps.
 */

const WRITE_OFF = String.raw`(?:writ\w*[\s-]*offs?|writeoffs?|w\/o)`;

// "write it off again", "w/o it again", "write off her visit again", "re-write it off".
const AGAIN = new RegExp(
  [
    String.raw`\b${WRITE_OFF}\s+(?:\S+\s+){0,4}?(?:again|once more|a second time)\b`,
    String.raw`\bwrite\s+(?:it|that|this|them|those|her|his)\s+(?:\S+\s+){0,2}?off\s+(?:again|once more)\b`,
    String.raw`\bre-?(?:write|do|apply|post|enter)\s+(?:the\s+|that\s+|this\s+|my\s+|her\s+|his\s+)?${WRITE_OFF}`,
    String.raw`\b(?:redo|re-do|reapply|re-apply|reinstate|reinstating|repost|re-post|put back|bring back)\s+(?:the\s+|that\s+|this\s+|my\s+|her\s+|his\s+|its\s+)?(?:original\s+|old\s+)?${WRITE_OFF}`,
    String.raw`\b(?:put|bring|get)\s+(?:the\s+|that\s+|this\s+|my\s+|her\s+|his\s+)?${WRITE_OFF}\s+back\b`,
  ].join('|'),
  'i',
);

// The control refusing once more: "greyed out again", "disabled again", "erroring again".
const REFUSED_AGAIN =
  /\b(?:gr[ae]y\w*|disabled|stuck|blocked|refused|not working|erroring|error|red)\s+(?:\S+\s+){0,2}?again\b/i;

// "undo the undo", "reverse the reversal", "the undo was a mistake", "I shouldn't have undone it".
const UNDO_UNDONE = new RegExp(
  [
    String.raw`\b(?:undo|reverse|cancel)\s+(?:the\s+|that\s+|this\s+|my\s+)?(?:undo|reversal)\b`,
    String.raw`\b(?:undo|reversal|un-do)\s+(?:\S+\s+){0,2}?(?:was|is|were)\s+(?:a\s+|an\s+)?(?:mistake|error|wrong|accident)\b`,
    String.raw`\b(?:undid|undone|reversed)\s+(?:\S+\s+){0,3}?(?:by mistake|by accident|in error|accidentally|wrongly)\b`,
    String.raw`\b(?:accidentally|mistakenly|wrongly)\s+(?:undid|undone|reversed)\b`,
    String.raw`\bshould(?:n'?t| not)\s+have\s+(?:undone|reversed)\b`,
  ].join('|'),
  'i',
);

// A write-off that was wrong, to be undone and made again right ("undo it, then write it off again
// with the right amount"): the undo's question, which its article's section on fixing answers.
const FIX_STORY =
  /\b(?:wrong|incorrect|right|correct|proper)\s+(?:amount|reason|patient|charge|note|visit|date)\b|\b(?:undo|reverse)\b[^.?!]{0,40}?\b(?:then|first|and then)\b/i;

/** Whether the question asks to make again a write-off that was undone. */
export function asksToWriteOffAgain(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  if (UNDO_UNDONE.test(text)) return true;
  // "write off button greyed out again": the refusal is what happens again, not the write-off.
  if (REFUSED_AGAIN.test(text)) return false;
  // "can I undo the write-off on her visit again?" asks for an undo.
  return AGAIN.test(text) && !FIX_STORY.test(text) && !/\b(?:undo|un-do|reverse)\b/i.test(text);
}

/** The lead of a general answer: an undo is not undone; the balance is written off again. */
export function writeOffAgainLead(question: string): string | undefined {
  if (!asksToWriteOffAgain(question)) return undefined;
  return (
    'An undo cannot itself be undone: to bring a write-off back, write off the balance again as a new ' +
    'write-off, with its reason (and note, where the reason needs one). The undone write-off and its undo ' +
    'stay on the record; the new one follows the same rules and limit as any other.'
  );
}
