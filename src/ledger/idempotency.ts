/**
 * Exactly-once mutations (DOMAIN.md section 5). Each mutation runs in one transaction that first
 * takes an advisory lock on its key, so concurrent deliveries of one key queue up; the first
 * commits its entries and its record, the rest find the record and return its result.
 */
import { createHash } from 'node:crypto';
import { eq, is, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from '../db/client.ts';
import { idempotencyRecords } from '../db/schema/index.ts';
import { isSingleSession } from '../db/single-session.ts';
import { statementsByShape } from '../db/statement.ts';
import { IdempotencyConflictError, sqlStateOf } from './errors.ts';
import type { LedgerResult } from './result.ts';

export interface MutationRequest {
  readonly key: string;
  readonly operation: string;
  /** Everything that defines the request; a repeat must send the same. */
  readonly payload: unknown;
  /**
   * More advisory locks, taken in the same statement right after the key's (so in one order
   * everywhere, before any row lock): e.g. the acting user's, so two of their write-offs for one
   * patient cannot both pass the 24-hour limit. Not part of the request's identity.
   */
  readonly locks?: readonly string[];
}

export const MAX_KEY_LENGTH = 200;

export function requestHash(operation: string, payload: unknown): string {
  return createHash('sha256').update(stableJson({ operation, payload })).digest('hex');
}

/** JSON with sorted keys, so the same payload always hashes the same. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Serialization failures and deadlocks are safe to retry: the transaction rolled back whole. */
const RETRYABLE_SQL_STATES = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 3;

/** What a key's first successful run left behind. */
export interface StoredRecord {
  readonly requestHash: string;
  readonly result: unknown;
}

/**
 * The record a successful run will leave. The ledger writer can store it in the same statement
 * as the entry (one round trip fewer); otherwise runIdempotent inserts it after `apply`.
 */
export class PendingRecord {
  stored = false;
  constructor(
    readonly key: string,
    readonly operation: string,
    readonly requestHash: string,
    /**
     * The statement that stores the record is then the transaction's last, and its COMMIT is sent
     * right behind it instead of a round trip later (PostgreSQL; see db/commit-behind.ts).
     */
    readonly commitsWithRecord = false,
  ) {}
}

/**
 * How an operation reads, in one statement after the key's lock, the stored record together with
 * whatever else it needs (the charge row, the actor): `context` is handed to `apply`.
 */
export type ReadWithRecord<C> = (tx: Transaction, key: string) => Promise<ReadResult<C>>;

/** Either the key's stored record (a repeat) or what the first run needs. */
export type ReadResult<C> =
  | { readonly stored: StoredRecord }
  | { readonly stored: null; readonly context: C };

export type ApplyOnce<T, C> = (
  tx: Transaction,
  context: C,
  record: PendingRecord,
) => Promise<LedgerResult<T>>;

/**
 * Runs `apply` once per key. Successful results are stored with the key; refusals are not,
 * because they wrote nothing and re-evaluating them later is the honest answer.
 */
export async function runIdempotent<T>(
  db: Database,
  request: MutationRequest,
  apply: (tx: Transaction, record: PendingRecord) => Promise<LedgerResult<T>>,
): Promise<LedgerResult<T>> {
  const readRecordOnly = async (tx: Transaction, key: string): Promise<ReadResult<undefined>> => {
    const stored = await findRecord(tx, key);
    return stored ? { stored } : { stored: null, context: undefined };
  };
  return runIdempotentWith<T, undefined>(db, request, readRecordOnly, (tx, _none, record) =>
    apply(tx, record),
  );
}

/** What a run continues with once its locks and read are answered (run-ahead.ts). */
export type AfterRead<C, T> = (tx: Transaction, found: ReadResult<C>) => Promise<LedgerResult<T>>;

/**
 * A transaction a caller began ahead with the locks and the read (an OpenedRun of run-ahead.ts, as
 * far as a mutation needs it): continued when it fits, released otherwise.
 */
export interface ContinuableRun<C> {
  /** The run's result once committed, or null when it did not fit (it is then released). */
  take<T>(
    key: string,
    locks: readonly string[],
    readId: string,
    afterRead: AfterRead<C, T>,
  ): Promise<LedgerResult<T>> | null;
  release(): void;
}

/**
 * runIdempotent with the record read by the operation's own first statement. `opened`, a run the
 * caller began ahead (run-ahead.ts), is continued when it was opened for this very key, these
 * locks and the read named by `readId`; otherwise it is released before this run begins.
 */
export async function runIdempotentWith<T, C>(
  db: Database,
  request: MutationRequest,
  read: ReadWithRecord<C>,
  apply: ApplyOnce<T, C>,
  ahead?: { readonly opened: ContinuableRun<C> | null; readonly readId: string },
): Promise<LedgerResult<T>> {
  if (request.key.length === 0 || request.key.length > MAX_KEY_LENGTH) {
    ahead?.opened?.release();
    throw new Error(`idempotency key must be 1..${MAX_KEY_LENGTH} characters`);
  }
  const hash = requestHash(request.operation, request.payload);
  const locks = isSingleSession(db) ? [] : [request.key, ...(request.locks ?? [])];
  const afterRead = async (tx: Transaction, found: ReadResult<C>): Promise<LedgerResult<T>> => {
    if (found.stored) {
      if (found.stored.requestHash !== hash) throw new IdempotencyConflictError(request.key);
      return { ok: true, value: found.stored.result as T, replayed: true };
    }
    const record = new PendingRecord(request.key, request.operation, hash, ownsTransaction(db));
    const result = await apply(tx, found.context, record);
    if (result.ok && !record.stored) {
      await tx.insert(idempotencyRecords).values({
        key: record.key,
        operation: record.operation,
        requestHash: record.requestHash,
        result: result.value as object,
      });
    }
    return result;
  };
  let attempt = 1;
  const taken = ahead?.opened?.take(request.key, locks, ahead.readId, afterRead);
  if (taken) {
    try {
      return await taken;
    } catch (error) {
      if (!RETRYABLE_SQL_STATES.has(sqlStateOf(error) ?? '')) throw error;
      attempt++;
    }
  }
  for (; ; attempt++) {
    try {
      return await db.transaction(async (tx) =>
        afterRead(tx, await lockThenRead(tx, locks, () => read(tx, request.key))),
      );
    } catch (error) {
      if (attempt < MAX_ATTEMPTS && RETRYABLE_SQL_STATES.has(sqlStateOf(error) ?? '')) continue;
      throw error;
    }
  }
}

/**
 * Whether this run's transaction is its own on a PostgreSQL connection, so that the ledger may end
 * it with its last statement. Called with a transaction (the demo loader, a batch), the run is a
 * savepoint inside someone else's, which only they may commit; PGlite has no round trip to save.
 */
export function ownsTransaction(db: Database): boolean {
  return !isSingleSession(db) && !is(db, PgTransaction);
}

/** One statement per number of locks (a key, and the actor's when a limit applies). */
const advisoryLocks = statementsByShape<number, string>((count, value) => {
  const calls = Array.from(
    { length: count },
    (_, i) => sql`pg_advisory_xact_lock(hashtextextended(${value(`lock${i}`)}, 0))`,
  );
  return sql`select ${sql.join(calls, sql`, `)}`;
}, String);

/**
 * The locks are a statement of their own, before the read: the read's snapshot then starts after
 * they were granted, so it sees the record of a run of the same key that just committed (and the
 * write-offs of the same user). Both are sent in one write, the locks first: the server runs a
 * connection's statements in the order they arrive, and each waits for the one before. The
 * order holds because both are handed to the driver in this call, the locks' synchronously
 * first; `test/ledger/lock-before-read.test.ts` fails if the read ever overtakes them.
 */
export async function lockThenRead<R>(
  tx: Transaction,
  locks: readonly string[],
  read: () => Promise<R>,
): Promise<R> {
  if (locks.length === 0) return read();
  const [, found] = await Promise.all([takeAdvisoryLocks(tx, locks), read()]);
  return found;
}

async function takeAdvisoryLocks(tx: Transaction, names: readonly string[]): Promise<void> {
  const values = Object.fromEntries(names.map((name, i) => [`lock${i}`, name]));
  await advisoryLocks(names.length).rows(tx, values);
}

export async function findRecord(tx: Transaction, key: string): Promise<StoredRecord | null> {
  const [row] = await tx
    .select({ requestHash: idempotencyRecords.requestHash, result: idempotencyRecords.result })
    .from(idempotencyRecords)
    .where(eq(idempotencyRecords.key, key));
  return row ?? null;
}
