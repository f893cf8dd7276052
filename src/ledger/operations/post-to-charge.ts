/**
 * Entries that come from outside the write-off workflow: PR assessed by a remittance or by
 * staff, and patient payments. Imports and the demo practice use these.
 */

import type { Database, Transaction } from '../../db/client.ts';
import type { EntrySource } from '../../db/schema/index.ts';
import { checkPosting } from '../../domain/index.ts';
import { appendEntry } from '../append-entry.ts';
import { lockCharge } from '../charge-lock-and-facts.ts';
import { type PendingRecord, runIdempotent } from '../idempotency.ts';
import { blocked, type EntryOnCharge, type LedgerResult } from '../result.ts';

export interface PostParams {
  readonly chargeId: number;
  readonly amountCents: number;
  readonly actor: string;
  readonly source: EntrySource;
  readonly idempotencyKey: string;
  readonly note?: string | null;
}

export type PostResult = EntryOnCharge;

export function recordPayment(db: Database, params: PostParams): Promise<LedgerResult<PostResult>> {
  const { idempotencyKey, ...payload } = params;
  return runIdempotent(db, { key: idempotencyKey, operation: 'payment', payload }, (tx, record) =>
    postInTransaction(tx, 'payment', params, record),
  );
}

export function assessPr(db: Database, params: PostParams): Promise<LedgerResult<PostResult>> {
  const { idempotencyKey, ...payload } = params;
  return runIdempotent(db, { key: idempotencyKey, operation: 'pr_assessed', payload }, (tx, record) =>
    postInTransaction(tx, 'pr_assessed', params, record),
  );
}

/** For callers that batch many postings in their own transaction (imports: all or nothing). */
export async function postInTransaction(
  tx: Transaction,
  kind: 'payment' | 'pr_assessed',
  params: PostParams,
  /** The caller's idempotency record, stored with the entry; imports keep their own. */
  record?: PendingRecord,
): Promise<LedgerResult<PostResult>> {
  const charge = await lockCharge(tx, params.chargeId);
  const blockers = checkPosting(kind, params.amountCents, charge.outstandingCents);
  if (blockers.length > 0) return blocked(blockers);
  const delta = kind === 'payment' ? -params.amountCents : params.amountCents;
  const summary = {
    chargeId: charge.id,
    amountCents: params.amountCents,
    outstandingCents: charge.outstandingCents + delta,
  };
  const entry = await appendEntry(
    tx,
    {
      chargeId: charge.id,
      kind,
      amountCents: params.amountCents,
      actor: params.actor,
      source: params.source,
      note: params.note,
      idempotencyKey: params.idempotencyKey,
    },
    {
      audit: {
        actor: params.actor,
        action: kind,
        targetType: 'charge',
        targetId: charge.id,
        details: { amountCents: params.amountCents },
      },
      record: record ? { pending: record, result: summary } : undefined,
    },
  );
  return { ok: true, replayed: false, value: { entryId: entry.id, ...summary } };
}
