/**
 * "undo vs cancel - i wrote off the wrong charge by mistake, which do i use", "I w/o'd the wrong
 * patient, do I cancel it?", "should I cancel or undo a write-off I made by accident?": a write-off
 * made by mistake, with a cancel weighed against the undo. A write-off is taken back by undoing it
 * (DOMAIN section 3: the ledger's reversal puts the PR back as it was); a cancel erases PR that was
 * wrong and has no undo. Read by its words ("undo", "cancel"), the question was taken for "can a
 * cancel be undone?" and answered "No".
 */

// A write-off the asker made, said to be a mistake: "wrote off the wrong charge", "w/o'd the wrong
// patient", "the write-off was a mistake", "wrote it off by accident", "shouldn't have written it off".
const MISTAKEN_WRITE_OFF =
  /\b(?:wrote|written|w\/o'?d|writ\w*)\s+(?:\S+\s+){0,3}?off\s+(?:(?:on|for|to)\s+)?(?:the\s+)?wrong\b|\b(?:wrote|w\/o'?d)\s+(?:\S+\s+){0,1}?(?:the\s+)?wrong\b|\b(?:wrote|written)\s+(?:\S+\s+){0,4}?off\b[^.?!]{0,40}?\b(?:by (?:mistake|accident)|in error|accidentally|mistakenly|wrongly)\b|\b(?:by (?:mistake|accident)|accidentally|mistakenly)\s+(?:wrote|written|w\/o'?d)\b|\b(?:write[\s-]?off|w\/o)\s+(?:\S+\s+){0,2}?(?:was|is)\s+(?:a mistake|wrong|an error|in error)\b|\bshould(?:n'?t| not) have (?:written|wrote|w\/o'?d)\b|\b(?:wrong|mistaken|accidental) (?:write[\s-]?off|w\/o)\b/i;
const CANCEL = /\bcancel\w*|\bcxl\b|\bvoid\w*/i;

/** Whether the question tells of a write-off made by mistake and weighs a cancel for it. */
export function asksCancelForMistakenWriteOff(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return MISTAKEN_WRITE_OFF.test(text) && CANCEL.test(text);
}

/** The undo's section that tells how a write-off made by mistake is put right. */
export const MISTAKE_SECTION =
  'Fix a write-off on the wrong patient, for the wrong amount or with the wrong reason';

/** Undo, not cancel, and then the right write-off, to lead the undo article. */
export function mistakenWriteOffLead(question: string): string | undefined {
  if (!asksCancelForMistakenWriteOff(question)) return undefined;
  return (
    'Undo it: a write-off made by mistake is taken back by undoing that write-off, which puts the PR back on the charge as it was; ' +
    'then write off the right charge (or the right amount, with the right reason). A cancel is not for this: it erases PR that ' +
    'was wrong from the start, it cannot be undone, and it is refused on a charge that has a write-off on it.'
  );
}
