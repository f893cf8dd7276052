/**
 * The small-balance selection is made once per pending action, when its preview is first shown,
 * and stored in the action: every later showing and the confirm use exactly those charges and
 * cents. A conditional update keeps two showings at once from pinning two different selections.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { pendingActions } from '../db/schema/index.ts';
import { DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS, isoDay } from '../domain/index.ts';
import { selectSmallBalances } from '../ledger/index.ts';
import { loadPendingAction } from './pending-actions.ts';
import type { PendingAction, PinnedBatch } from './types.ts';

export interface Pinned {
  readonly batch: PinnedBatch;
  /** True when this call made the selection (its list is then shared, once). */
  readonly pinnedNow: boolean;
}

/** Null when the request named no threshold: there is nothing to select yet. */
export async function pinBatchOnce(db: Database, pending: PendingAction, now: Date): Promise<Pinned | null> {
  if (pending.payload.batch) return { batch: pending.payload.batch, pinnedNow: false };
  const underCents = pending.payload.hints.amountCents;
  if (!underCents || underCents <= 0) return null;
  const minAgeDays = pending.payload.smallBalanceMinAgeDays ?? DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS;
  const today = isoDay(now);
  const selection = await selectSmallBalances(db, { underCents, minAgeDays, today });
  const batch: PinnedBatch = {
    underCents,
    minAgeDays,
    today,
    pins: selection.charges.map((c) => [c.id, c.outstandingCents] as const),
  };
  const updated = await db
    .update(pendingActions)
    .set({ payload: sql`jsonb_set(${pendingActions.payload}, '{batch}', ${JSON.stringify(batch)}::jsonb)` })
    .where(
      and(
        eq(pendingActions.id, pending.id),
        eq(pendingActions.status, 'pending'),
        sql`coalesce(${pendingActions.payload}->'batch', 'null'::jsonb) = 'null'::jsonb`,
      ),
    )
    .returning({ id: pendingActions.id });
  if (updated.length === 1) return { batch, pinnedNow: true };
  // Another showing pinned first (or the action is no longer pending): use what it stored.
  const stored = (await loadPendingAction(db, pending.id))?.payload.batch;
  return stored ? { batch: stored, pinnedNow: false } : null;
}

export function pinnedTotalCents(batch: PinnedBatch): number {
  return batch.pins.reduce((sum, [, cents]) => sum + cents, 0);
}
