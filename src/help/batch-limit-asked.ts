/**
 * "does my write-off limit apply to small balance batches too?", "do batches need approval if
 * they're over my limit?": the limit asked of a batch. A batch is no way around the limit a single
 * write-off is held to (DOMAIN section 4, ledger/operations/small-balance-batch.ts): for someone with
 * a limit, a charge that would take what they wrote off for its patient in 24 hours over it is left
 * out of the batch, and listed. Only billing managers and admins run batches, who have no limit
 * unless an admin sets one; billers clear one small balance at a time, within theirs. Read by its
 * words, the question got the batch's steps, which never say it.
 */

// A batch of small balances, as billers name it.
const BATCH =
  /\bbatch\w*|\bbulk\b|\bsweep\w*|\bmass write|\bevery small[\s-]?bal\w*|\ball (?:the )?small[\s-]?bal\w*/i;
// The limit (not the approval: a batch is never sent for one).
const LIMIT = /\blimits?\b|\bcap\b/i;

/** The lead that answers the limit asked of a batch; undefined when the question asks no such thing. */
export function batchLimitLead(question: string): string | undefined {
  if (!BATCH.test(question) || !LIMIT.test(question)) return undefined;
  return (
    'Yes, for whoever has a limit: a batch counts toward the same write-off limit per patient per 24 hours as ' +
    'single write-offs. Only billing managers and admins run batches, and they have no limit unless an admin ' +
    'sets one; when one is set, a charge that would take what they wrote off for its patient in the last 24 ' +
    'hours over it is left out of the batch and listed as over the limit, never sent for approval. Billers ' +
    'cannot run a batch: they write off one small balance at a time, and one over their limit goes for approval.'
  );
}
