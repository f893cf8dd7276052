/**
 * What a small-balance preview will skip because its runner has a write-off limit (a billing
 * manager or admin given one): the ledger holds a batch to the same per-patient, 24-hour limit as
 * a single write-off, so the preview says beforehand how many charges that leaves out, rather than
 * offering "Write off 55" and then skipping 16.
 */
import type { Database } from '../db/client.ts';
import { type ActorFacts, perPatientLimitKeeper } from '../domain/index.ts';
import { loadActor, patientsOfCharges, recentWriteOffsByPatient } from '../ledger/index.ts';
import { loadPendingAction } from './pending-actions.ts';
import type { PinnedBatch } from './types.ts';

export interface BatchOverLimit {
  readonly count: number;
  readonly totalCents: number;
  readonly limitCents: number;
}

export async function previewOverLimit(
  db: Database,
  actor: ActorFacts,
  pins: PinnedBatch['pins'],
): Promise<BatchOverLimit | null> {
  const limitCents = actor.limitCents;
  if (limitCents === null || pins.length === 0) return null;
  // The ledger writes a batch in charge id order; the count must follow the same order.
  const ordered = [...pins].sort(([a], [b]) => a - b);
  const patientOf = await patientsOfCharges(
    db,
    ordered.map(([chargeId]) => chargeId),
  );
  const counted = await recentWriteOffsByPatient(db, actor.userId, [...patientOf.values()]);
  const keeps = perPatientLimitKeeper(limitCents, counted);
  let count = 0;
  let totalCents = 0;
  for (const [chargeId, cents] of ordered) {
    const patientId = patientOf.get(chargeId);
    if (patientId === undefined || keeps(patientId, cents)) continue;
    count += 1;
    totalCents += cents;
  }
  return count > 0 ? { count, totalCents, limitCents } : null;
}

/**
 * How many charges a confirmed batch is expected to write: the preview's, less those the runner's
 * limit skips, as its "Write off N" button counted them. The progress message counts to this, not
 * to every previewed charge, or "Write off 34" would run to "0 / 35".
 */
export async function batchWriteCount(db: Database, pendingId: string, actorId: string): Promise<number> {
  const pins = (await loadPendingAction(db, pendingId))?.payload.batch?.pins ?? [];
  const over = await previewOverLimit(db, await loadActor(db, actorId), pins);
  return pins.length - (over?.count ?? 0);
}
