/**
 * "we ran the small balance cleanup by mistake, can it be undone?", "how do I reverse the sweep?":
 * a whole small-balance batch taken back, whatever it is called (batch, sweep, cleanup, bulk
 * write-off, the small-balance run). A batch is undone as a whole (DOMAIN section 3): _Undo the
 * batch_ on its message, or `undo --batch` with its id; the article on undoing one write-off does
 * not say so.
 */
import { asksToUndoPartOfBatch } from './batch-part-undo-asked.ts';

const BATCH =
  /\bbatch\w*|\bsweep\w*|\bbulk\b|\bmass[\s-]?write|\bsmall[\s-]?bal\w*\b[^?.!]{0,30}\b(?:run|job|clean[\s-]?up|sweep|write[\s-]?offs?|w\/o)\b|\b(?:ran|run|running|did|started|kicked off|applied)\s+(?:the|a|our|that|this|today'?s|yesterday'?s)\s+(?:\S+\s+){0,2}?clean[\s-]?up\b/i;
const UNDO =
  /\bun-?do\w*|\brevers\w*|\brevert\w*|\bput\w* (?:\S+\s+){0,3}?back\b|\broll\w* (?:\S+\s+)?back\b|\btake\w* (?:\S+\s+)?back\b|\bback (?:it |them )?out\b/i;
// Run by mistake, asked to be fixed: "we ran the sweep by accident, how do we fix it?"
const MISTAKE_FIXED =
  /\b(?:by (?:mistake|accident)|accidentally|mistakenly|shouldn'?t have|wrong(?:ly)?)\b[\s\S]*\b(?:fix|fixed|repair|get (?:\S+\s+)?back|what (?:now|do (?:i|we) do))\b/i;

/** Whether the question asks to undo a whole small-balance batch. */
export function asksToUndoBatch(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return BATCH.test(text) && (UNDO.test(text) || MISTAKE_FIXED.test(text)) && !asksToUndoPartOfBatch(text);
}

/** How a batch is undone, to lead the answer. */
export function batchUndoLead(question: string): string | undefined {
  if (!asksToUndoBatch(question)) return undefined;
  return (
    'Yes: a small-balance batch is undone as a whole, never one balance at a time. Press _Undo the batch_ on the ' +
    "batch's message in your direct messages with the app (undoing any one of its write-offs from the Home tab or " +
    '`/billing undo` takes back the whole batch too); from the command line, `undo --batch <batch id>`. Every ' +
    'balance the batch wrote off goes back at once, and the batch and its undo both stay on the record. A billing ' +
    'manager or admin can do it.'
  );
}
