/**
 * Confirming executes a pending action exactly once, however often Slack delivers the
 * confirmation (retries, double clicks, two app instances). Two layers make sure of it: the
 * ledger's idempotency key `pending:<id>` (an advisory lock plus a stored result per key), and
 * the one-way status change pending -> executed.
 */
import type { Database } from '../db/client.ts';
import type { Blocker } from '../domain/index.ts';
import { IdempotencyConflictError, type LedgerResult } from '../ledger/index.ts';
import { markExecuted } from './pending-actions.ts';
import type { PendingAction } from './types.ts';

export type ExecuteOutcome<T> =
  | { readonly kind: 'done'; readonly value: T; readonly replayed: boolean }
  | { readonly kind: 'blocked'; readonly blockers: readonly Blocker[] }
  /** Someone else (or another form) already executed it; nothing more was written. */
  | { readonly kind: 'already_done' };

export function idempotencyKeyFor(pendingId: string): string {
  return `pending:${pendingId}`;
}

/**
 * `pending` as the caller loaded it moments ago; it is not read again. A confirm that executed it
 * since then shares its idempotency key, so the ledger answers with that run's result (replayed).
 */
export async function executeOnce<T>(
  db: Database,
  pending: PendingAction,
  run: (idempotencyKey: string) => Promise<LedgerResult<T>>,
  /** `onFresh`: told of a result this call wrote, before the status change is recorded. */
  hooks: { readonly onFresh?: (value: T) => void } = {},
): Promise<ExecuteOutcome<T>> {
  if (pending.status === 'executed') return { kind: 'done', value: pending.result as T, replayed: true };
  if (pending.status === 'cancelled') return { kind: 'already_done' };
  let result: LedgerResult<T>;
  try {
    result = await run(idempotencyKeyFor(pending.id));
  } catch (error) {
    // The same key with a different request: another person or form got there first.
    if (error instanceof IdempotencyConflictError) return { kind: 'already_done' };
    throw error;
  }
  if (!result.ok) return { kind: 'blocked', blockers: result.blockers };
  if (!result.replayed) hooks.onFresh?.(result.value);
  // The ledger decides who wrote (one non-replayed result per key); the status change only records
  // it, and may be made by a replaying caller first.
  await markExecuted(db, pending.id, result.value);
  return { kind: 'done', value: result.value, replayed: result.replayed };
}
