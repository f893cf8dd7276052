/**
 * "Can I undo a small balance batch for just one patient in it?", "undo one charge from a batch":
 * part of a batch taken back. A small-balance batch is undone only as a whole (DOMAIN section 3):
 * the ledger undoes the whole group whichever of its write-offs is picked (undo-write-off.ts
 * `undoGroup`), and only a billing manager or admin may undo one. The articles say so in a step or
 * a bullet; the answer leads with the no and what to do instead.
 */

const BATCH =
  /\bbatch\w*|\bsmall[\s-]?bal\w*\b[^?.!]{0,30}\b(?:run|cleanup|clean[\s-]up|sweep|write[\s-]?off)\b/i;
const UNDO = /\bun-?do\w*|\brevers\w*|\bput\w* back\b|\broll\w* back\b|\btake\w* back\b|\bback out\b/i;
// One of it: "just one patient", "one charge", "a single balance", "only that account", "part of".
const PART =
  /\b(?:just|only) (?:for )?(?:one|a|that|this|the one|a single|some)\b|\bone (?:patient|charge|balance|account|write[\s-]?off|of (?:them|the|its))\b|\bsingle\b|\bindividual\w*\b|\bpart of\b|\bsome of\b|\bpartially\b|\bpartly\b|\bselected\b|\bspecific (?:patient|charge|balance|account)s?\b/i;

/** Whether the question asks to undo part of a small-balance batch. */
export function asksToUndoPartOfBatch(question: string): boolean {
  return BATCH.test(question) && UNDO.test(question) && PART.test(question);
}

/** That a batch is undone only as a whole, and what to do instead, to lead the answer. */
export function batchPartUndoLead(question: string): string | undefined {
  if (!asksToUndoPartOfBatch(question)) return undefined;
  return (
    'No: a small-balance batch is undone only as a whole. Undoing any one of its write-offs (from the batch message, ' +
    'the Home tab or `/billing undo`) puts back every balance the batch wrote off, and only a billing manager or admin ' +
    'can do it. To put back just one balance, undo the batch, then write off the others again one at a time (a new ' +
    'batch would pick that balance up again unless a narrower rule leaves it out).'
  );
}
