/**
 * Exactly-once mutations (DOMAIN.md section 5). Each mutation runs in one transaction that first
 * takes an advisory lock on its key, so concurrent deliveries of one key queue up; the first
 * commits its entries and its record, the rest find the record and return its result.
 */
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client.ts';
import { idempotencyRecords } from '../db/schema/index.ts';
import { IdempotencyConflictError, sqlStateOf } from './errors.ts';
import type { LedgerResult } from './result.ts';

export interface MutationRequest {
  readonly key: string;
  readonly operation: string;
  /** Everything that defines the request; a repeat must send the same. */
  readonly payload: unknown;
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

/**
 * Runs `apply` once per key. Successful results are stored with the key; refusals are not,
 * because they wrote nothing and re-evaluating them later is the honest answer.
 */
export async function runIdempotent<T>(
  db: Database,
  request: MutationRequest,
  apply: (tx: Transaction) => Promise<LedgerResult<T>>,
): Promise<LedgerResult<T>> {
  if (request.key.length === 0 || request.key.length > MAX_KEY_LENGTH) {
    throw new Error(`idempotency key must be 1..${MAX_KEY_LENGTH} characters`);
  }
  const hash = requestHash(request.operation, request.payload);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${request.key}, 0))`);
        const [existing] = await tx
          .select()
          .from(idempotencyRecords)
          .where(eq(idempotencyRecords.key, request.key));
        if (existing) {
          if (existing.requestHash !== hash) throw new IdempotencyConflictError(request.key);
          return { ok: true, value: existing.result as T, replayed: true };
        }
        const result = await apply(tx);
        if (result.ok) {
          await tx.insert(idempotencyRecords).values({
            key: request.key,
            operation: request.operation,
            requestHash: hash,
            result: result.value as object,
          });
        }
        return result;
      });
    } catch (error) {
      if (attempt < MAX_ATTEMPTS && RETRYABLE_SQL_STATES.has(sqlStateOf(error) ?? '')) continue;
      throw error;
    }
  }
}
