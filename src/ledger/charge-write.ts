/**
 * The frame of a mutation on one charge, in as few round trips as the guarantees allow:
 * BEGIN; the key's advisory lock; one statement that locks the charge row and reads the key's
 * stored record and the actor's role with it; the entry with its totals, audit row and record in
 * one statement (appendEntry); COMMIT.
 */
import { eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client.ts';
import { charges, idempotencyRecords, users } from '../db/schema/index.ts';
import type { ActorFacts } from '../domain/index.ts';
import { actorFactsFromRow, isOperatorActor } from './actors.ts';
import type { ChargeRow } from './charge-lock-and-facts.ts';
import { NotFoundError } from './errors.ts';
import {
  findRecord,
  type MutationRequest,
  type PendingRecord,
  type ReadResult,
  runIdempotentWith,
} from './idempotency.ts';
import { recentWriteOffsSql } from './queries/recent-write-offs.ts';
import type { LedgerResult } from './result.ts';

export interface LockedCharge {
  readonly charge: ChargeRow;
  readonly actor: ActorFacts;
  /** What the actor wrote off for this patient in the last 24 hours (0 unless asked for). */
  readonly recentWriteOffCents: number;
}

export interface ChargeTarget {
  readonly chargeId: number;
  /** The user or operator acting; their role comes with the charge row. */
  readonly actor: string;
  /** Read the actor's recent write-offs for the patient with the row (write-offs, for the limit). */
  readonly withRecentWriteOffs?: boolean;
}

export function runOnCharge<T>(
  db: Database,
  request: MutationRequest,
  target: ChargeTarget,
  apply: (tx: Transaction, locked: LockedCharge, record: PendingRecord) => Promise<LedgerResult<T>>,
): Promise<LedgerResult<T>> {
  return runIdempotentWith<T, LockedCharge>(
    db,
    request,
    (tx, key) => lockChargeWithRecord(tx, key, target),
    apply,
  );
}

/**
 * Locks the charge (FOR UPDATE OF the charge only) and reads the key's record and the actor's row
 * in the same statement. The locked row is the latest committed version, as FOR UPDATE re-reads it.
 */
async function lockChargeWithRecord(
  tx: Transaction,
  key: string,
  target: ChargeTarget,
): Promise<ReadResult<LockedCharge>> {
  const [row] = await tx
    .select({
      charge: charges,
      stored: { requestHash: idempotencyRecords.requestHash, result: idempotencyRecords.result },
      user: { role: users.role, limitCents: users.limitCents },
      recentWriteOffCents: recentColumn(target),
    })
    .from(charges)
    .leftJoin(idempotencyRecords, eq(idempotencyRecords.key, key))
    .leftJoin(users, eq(users.userId, target.actor))
    .where(eq(charges.id, target.chargeId))
    .for('update', { of: charges });
  if (!row) {
    // No such charge: a stored record for the key still answers first (a conflict, most likely).
    const stored = await findRecord(tx, key);
    if (stored) return { stored };
    throw new NotFoundError('charge', target.chargeId);
  }
  if (row.stored) return { stored: row.stored };
  const actor = actorFactsFromRow(target.actor, row.user);
  return {
    stored: null,
    context: { charge: row.charge, actor, recentWriteOffCents: Number(row.recentWriteOffCents) },
  };
}

/**
 * The 24-hour sum rides in the locking statement. The row lock comes first in effect: the sum's
 * snapshot is taken after the acting user's advisory lock (limitLocks, in the key's statement),
 * so it sees every earlier write-off of theirs that committed.
 */
function recentColumn(target: ChargeTarget) {
  if (!target.withRecentWriteOffs || isOperatorActor(target.actor)) return sql<number>`0`;
  return sql<number>`${recentWriteOffsSql(target.actor, sql`${charges.patientId}`)}`;
}
