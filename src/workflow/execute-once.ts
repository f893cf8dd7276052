/**
 * Confirming executes a pending action exactly once, however often Slack delivers the
 * confirmation (retries, double clicks, two app instances). Two layers make sure of it: the
 * ledger's idempotency key `pending:<id>` (an advisory lock plus a stored result per key), and
 * the one-way status change pending -> executed.
 *
 * The status changes in the ledger's own transaction: storing the key's record marks the action
 * executed (a trigger, migration 0012), so the change and its status commit together and a confirm
 * flushes the WAL once.
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

const PENDING_KEY_PREFIX = 'pending:';

export function idempotencyKeyFor(pendingId: string): string {
  return `${PENDING_KEY_PREFIX}${pendingId}`;
}

/** The pending action a key was made for; null for keys from elsewhere (the command line). */
export function pendingIdOfKey(key: string): string | null {
  return key.startsWith(PENDING_KEY_PREFIX) ? key.slice(PENDING_KEY_PREFIX.length) : null;
}

/**
 * `pending` as the caller loaded it moments ago; it is not read again. A confirm that executed it
 * since then shares its idempotency key, so the ledger answers with that run's result (replayed).
 */
export async function executeOnce<T>(
  db: Database,
  pending: PendingAction,
  run: (idempotencyKey: string) => Promise<LedgerResult<T>>,
  /** `onFresh`: told of a result this call wrote (committed, its status changed with it). */
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
  // A fresh result's record has marked the action executed as it was stored. A replay marks it
  // too, for a record stored before that trigger existed; an executed action is left as it is.
  if (result.replayed) await markExecuted(db, pending.id, result.value);
  return { kind: 'done', value: result.value, replayed: result.replayed };
}
