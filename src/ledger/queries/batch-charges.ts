/**
 * The charges a small-balance batch wrote off, in the preview's shape ({id, outstandingCents}),
 * so whoever applied it can compare them with the preview they saw. Read from the batch's own
 * write-off entries, not from the selection: a replayed key (the batch applied earlier) gets
 * the same list as the first run, and a charge skipped because it changed is not in it.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { ledgerEntries } from '../../db/schema/index.ts';

export interface BatchCharge {
  readonly id: number;
  /** What the preview showed outstanding, which is exactly what the batch wrote off. */
  readonly outstandingCents: number;
}

export async function chargesOfBatch(db: Executor, batchId: string | null): Promise<BatchCharge[]> {
  // Every charge was skipped: the batch wrote nothing and has no id.
  if (batchId === null) return [];
  return db
    .select({ id: ledgerEntries.chargeId, outstandingCents: ledgerEntries.amountCents })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.batchId, batchId), eq(ledgerEntries.kind, 'write_off')))
    .orderBy(asc(ledgerEntries.chargeId));
}
