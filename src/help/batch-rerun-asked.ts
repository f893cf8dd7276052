/**
 * "how do I re-run a small balance batch if it timed out, will it double write off?", "I ran the
 * batch twice, did it write everything off twice?": a batch run again. Each write-off carries an
 * idempotency key, and a repeat with the same key writes nothing (DOMAIN section 5); a balance a
 * batch cleared has nothing left above $0, so no later batch picks it up. The batch article has
 * the steps, not this, so the answer leads with it.
 */

const BATCH = /\bbatch\w*|\bsmall[\s-]?bal(?:ance)?s?\b[^?.!]{0,20}\b(?:run|write[\s-]?off|cleanup)\b/i;
// Again: "re-run", "run it again", "retry", "timed out", "twice", "double", "duplicate".
const AGAIN =
  /\bre-?run\w*|\brun\w* (?:it |the batch |that )?again\b|\bretr(?:y|ied|ies|ying)\b|\btime[ds]? ?out\b|\btimed[\s-]?out\b|\btwice\b|\bdouble\w*|\bduplicat\w*|\bagain\b/i;

/** Whether the question asks what running a small-balance batch again does. */
export function asksToRerunBatch(question: string): boolean {
  return BATCH.test(question) && AGAIN.test(question);
}

/** That a batch run again writes nothing twice, to lead the answer. */
export function batchRerunLead(question: string): string | undefined {
  if (!asksToRerunBatch(question)) return undefined;
  return (
    'Nothing is written off twice. From the command line, run the same `small-balances --under … --apply --key …` ' +
    'again with the same key: if the first run went through, it answers with that batch (its id, count and total) ' +
    'and writes nothing; if it did not, it runs now. The same key with a different list is refused as a conflict. ' +
    'A balance a batch already cleared has nothing left above $0, so a new batch (another key, or _Write off_ ' +
    'pressed again in Slack) does not pick it up either. To take a batch back, undo it as a whole.'
  );
}
