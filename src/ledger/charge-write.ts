/**
 * The frame of a mutation on one charge, in as few round trips as the guarantees allow:
 * BEGIN; the key's advisory lock; one statement that locks the charge row and reads the key's
 * stored record and the actor's role with it; the entry with its totals, audit row and record in
 * one statement (appendEntry); COMMIT. On PostgreSQL that is two round trips: BEGIN, the lock and
 * the locking read leave in one write (the driver's patched `begin`, lockThenRead in
 * idempotency.ts), and COMMIT goes with the entry (db/commit-behind.ts).
 */
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client.ts';
import { statementsByShape } from '../db/statement.ts';
import type { ActorFacts, Role } from '../domain/index.ts';
import { actorFactsFromRow, isOperatorActor } from './actors.ts';
import { CHARGE_COLUMNS, type ChargeRow, chargeRowFrom } from './charge-lock-and-facts.ts';
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
import { OpenedRun, openedRunOf, type ReadAlong, type RunAhead } from './run-ahead.ts';

export interface LockedCharge {
  readonly charge: ChargeRow;
  readonly actor: ActorFacts;
  /** What the actor wrote off for this patient in the last 24 hours (0 unless asked for). */
  readonly recentWriteOffCents: number;
  /** The payment asked for, when it is a payment on this charge (null otherwise, or unasked). */
  readonly payment: LockedPayment | null;
  /** The write-off asked for, when it is a write-off on this charge (null otherwise, or unasked). */
  readonly writeOff: LockedWriteOff | null;
}

/** A write-off on the locked charge and the reversal that undid it, if one has. */
export interface LockedWriteOff {
  readonly entryId: number;
  readonly amountCents: number;
  readonly actor: string;
  readonly batchId: string | null;
  readonly reversal: { readonly actor: string; readonly createdAt: Date } | null;
}

/** A payment on the locked charge and what has been refunded of it so far. */
export interface LockedPayment {
  readonly entryId: number;
  readonly amountCents: number;
  readonly refundedCents: number;
}

export interface ChargeTarget {
  readonly chargeId: number;
  /** The user or operator acting; their role comes with the charge row. */
  readonly actor: string;
  /** Read the actor's recent write-offs for the patient with the row (write-offs, for the limit). */
  readonly withRecentWriteOffs?: boolean;
  /**
   * An entry of the charge to read with the row, with what already refers to it: a payment and
   * its refunds so far (refunds), or a write-off and its reversal if any (undos). The caller holds
   * the entry's lock (refundLocks, undoLocks) from the statement before, so these are read in a
   * snapshot taken after every earlier refund or undo of it committed.
   */
  readonly entry?: { readonly kind: 'payment' | 'write_off'; readonly id: number };
}

/** `opened`: a run begun ahead for this charge (openChargeRun); released unless it fits. */
export function runOnCharge<T>(
  db: Database,
  request: MutationRequest,
  target: ChargeTarget,
  apply: (tx: Transaction, locked: LockedCharge, record: PendingRecord) => Promise<LedgerResult<T>>,
  opened?: RunAhead | null,
): Promise<LedgerResult<T>> {
  return runIdempotentWith<T, LockedCharge>(
    db,
    request,
    (tx, key) => lockChargeWithRecord(tx, key, target),
    apply,
    { opened: openedRunOf<LockedCharge>(opened), readId: readIdOf(target) },
  );
}

/**
 * Begins, ahead of the mutation, the run runOnCharge would begin for this key, locks and target,
 * with the caller's reads after its locking read (run-ahead.ts). Null where that is not done.
 */
export function openChargeRun(
  db: Database,
  run: { readonly key: string; readonly locks: readonly string[] },
  target: ChargeTarget,
  alongside: readonly ReadAlong<unknown>[],
): OpenedRun<LockedCharge> | null {
  return OpenedRun.open<LockedCharge>(
    db,
    { ...run, readId: readIdOf(target) },
    (tx, key) => lockChargeWithRecord(tx, key, target),
    alongside,
  );
}

function readIdOf(target: ChargeTarget): string {
  return JSON.stringify([
    target.chargeId,
    target.actor,
    target.withRecentWriteOffs === true,
    target.entry?.kind ?? null,
    target.entry?.id ?? null,
  ]);
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
  const withRecent = target.withRecentWriteOffs === true && !isOperatorActor(target.actor);
  const [row] = await lockStatement({ withRecent, entry: target.entry?.kind ?? 'none' }).rows(tx, {
    key,
    actor: target.actor,
    chargeId: target.chargeId,
    entryId: target.entry?.id ?? 0,
  });
  if (!row) {
    // No such charge: a stored record for the key still answers first (a conflict, most likely).
    const stored = await findRecord(tx, key);
    if (stored) return { stored };
    throw new NotFoundError('charge', target.chargeId);
  }
  if (row.request_hash !== null && row.request_hash !== undefined) {
    return { stored: { requestHash: String(row.request_hash), result: row.stored_result } };
  }
  const user =
    row.role === null || row.role === undefined
      ? null
      : { role: row.role as Role, limitCents: row.limit_cents === null ? null : Number(row.limit_cents) };
  const actor = actorFactsFromRow(target.actor, user);
  return {
    stored: null,
    context: {
      charge: chargeRowFrom(row),
      actor,
      recentWriteOffCents: Number(row.recent_write_off_cents),
      payment: lockedPaymentFrom(row),
      writeOff: lockedWriteOffFrom(row),
    },
  };
}

function lockedPaymentFrom(row: Record<string, unknown>): LockedPayment | null {
  if (row.payment_id === null || row.payment_id === undefined) return null;
  return {
    entryId: Number(row.payment_id),
    amountCents: Number(row.payment_cents),
    refundedCents: Number(row.payment_refunded_cents),
  };
}

function lockedWriteOffFrom(row: Record<string, unknown>): LockedWriteOff | null {
  if (row.write_off_id === null || row.write_off_id === undefined) return null;
  const reversed = row.reversal_actor !== null && row.reversal_actor !== undefined;
  return {
    entryId: Number(row.write_off_id),
    amountCents: Number(row.write_off_cents),
    actor: String(row.write_off_actor),
    batchId: row.write_off_batch === null ? null : String(row.write_off_batch),
    reversal: reversed
      ? { actor: String(row.reversal_actor), createdAt: new Date(Number(row.reversal_ms)) }
      : null,
  };
}

/**
 * The entry `t` the mutation is about, and what already refers to it, found by the charge's index
 * (a charge has few entries): a payment's refunds so far, or a write-off's reversal.
 */
const ENTRY_COLUMNS = {
  none: sql.raw('null as payment_id, null as write_off_id'),
  payment: sql.raw(`t.id as payment_id, t.amount_cents as payment_cents,
      (select coalesce(sum(f.amount_cents), 0)::bigint from ledger_entries f
        where f.charge_id = c.id and f.kind = 'refund' and f.refers_to_entry_id = t.id) as payment_refunded_cents,
      null as write_off_id`),
  write_off: sql.raw(`null as payment_id, t.id as write_off_id, t.amount_cents as write_off_cents,
      t.actor as write_off_actor, t.batch_id as write_off_batch, v.actor as reversal_actor,
      (extract(epoch from v.created_at) * 1000)::float8 as reversal_ms`),
} as const;

type AskedEntry = keyof typeof ENTRY_COLUMNS;

/**
 * Written out rather than built with Drizzle's query builder: it runs in every write, and the
 * builder's work there is time the charge stays locked.
 *
 * The 24-hour sum (write-offs, for the limit) rides in the locking statement. The row lock comes
 * first in effect: the sum's snapshot is taken after the acting user's advisory lock (limitLocks,
 * in the key's statement), so it sees every earlier write-off of theirs that committed. A
 * payment's refunds (refunds) and a write-off's reversal (undos) ride the same way, after the
 * payment's or the write-off's lock (refundLocks, undoLocks). Without that lock a refund waiting
 * here for the row would, once granted it, still sum the refunds as they were when the statement
 * began: FOR UPDATE re-reads the locked row, not the other tables.
 */
const lockStatement = statementsByShape<
  { readonly withRecent: boolean; readonly entry: AskedEntry },
  'key' | 'actor' | 'chargeId' | 'entryId'
>(
  ({ withRecent, entry }, value) => sql`
    select ${CHARGE_COLUMNS}, r.request_hash, r.result as stored_result, u.role, u.limit_cents,
      ${withRecent ? recentWriteOffsSql(value('actor'), sql`c.patient_id`) : sql`0`} as recent_write_off_cents,
      ${ENTRY_COLUMNS[entry]}
    from charges c
    left join idempotency_records r on r.key = ${value('key')}
    left join users u on u.user_id = ${value('actor')}
    ${entry === 'none' ? sql`` : sql`left join ledger_entries t on t.id = ${value('entryId')} and t.charge_id = c.id and t.kind = ${sql.raw(`'${entry}'`)}`}
    ${entry === 'write_off' ? sql`left join ledger_entries v on v.charge_id = c.id and v.kind = 'write_off_reversal' and v.refers_to_entry_id = t.id` : sql``}
    where c.id = ${value('chargeId')}
    for update of c`,
  ({ withRecent, entry }) => `${withRecent}:${entry}`,
);
