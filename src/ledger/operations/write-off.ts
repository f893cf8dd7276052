import type { Database } from '../../db/client.ts';
import type { EntrySource } from '../../db/schema/index.ts';
import { checkWriteOff, isHardStop } from '../../domain/index.ts';
import { validateCents } from '../../domain/money.ts';
import type { WriteOffReason } from '../../domain/reasons.ts';
import { appendEntry } from '../append-entry.ts';
import { chargeFacts } from '../charge-lock-and-facts.ts';
import { openChargeRun, runOnCharge } from '../charge-write.ts';
import { limitLocks } from '../queries/recent-write-offs.ts';
import { blocked, type EntryOnCharge, type LedgerResult } from '../result.ts';
import type { ReadAlong, RunAhead } from '../run-ahead.ts';
import { type ApprovalRequested, insertApprovalRequest, isApprovalRequested } from './approval-request.ts';

export interface WriteOffParams {
  readonly chargeId: number;
  /** 'all' writes off everything outstanding at the moment the charge is locked. */
  readonly amountCents: number | 'all';
  /** With 'all': the outstanding the user saw and confirmed; a different one is BALANCE_CHANGED. */
  readonly shownOutstandingCents?: number;
  readonly reason: WriteOffReason | null;
  readonly note?: string | null;
  readonly actor: string;
  readonly source: EntrySource;
  readonly idempotencyKey: string;
  readonly batchId?: string | null;
}

export type WriteOffResult = EntryOnCharge;

/** Writes off part or all of one charge's outstanding PR; above the actor's limit it is refused. */
export async function writeOff(db: Database, params: WriteOffParams): Promise<LedgerResult<WriteOffResult>> {
  const result = await writeOffOnCharge(db, params, 'refuse');
  if (result.ok && isApprovalRequested(result.value)) {
    throw new Error('invariant: a write-off that refuses above the limit requested an approval');
  }
  return result as LedgerResult<WriteOffResult>;
}

/**
 * Writes off, or, when the actor's limit is the only thing in the way, files an approval request
 * in the same transaction and writes no entry (DOMAIN.md section 4).
 */
export function writeOffOrRequestApproval(
  db: Database,
  params: WriteOffParams,
  /** A run begun ahead for this write-off (openWriteOffRun); released unless it fits. */
  opened?: RunAhead | null,
): Promise<LedgerResult<WriteOffResult | ApprovalRequested>> {
  return writeOffOnCharge(db, params, 'request_approval', opened);
}

/**
 * Begins the transaction of a write-off of this charge by this actor under this key before its
 * amount is known, with the caller's reads after the locking read (run-ahead.ts). Null on PGlite.
 */
export function openWriteOffRun(
  db: Database,
  run: { readonly idempotencyKey: string; readonly chargeId: number; readonly actor: string },
  alongside: readonly ReadAlong<unknown>[],
): RunAhead | null {
  return openChargeRun(
    db,
    { key: run.idempotencyKey, locks: limitLocks(run.actor) },
    writeOffTarget(run),
    alongside,
  );
}

/** The charge's locking read of a write-off: with the actor's recent write-offs, for the limit. */
function writeOffTarget(params: { readonly chargeId: number; readonly actor: string }) {
  return { chargeId: params.chargeId, actor: params.actor, withRecentWriteOffs: true };
}

async function writeOffOnCharge(
  db: Database,
  params: WriteOffParams,
  overLimit: 'refuse' | 'request_approval',
  opened?: RunAhead | null,
): Promise<LedgerResult<WriteOffResult | ApprovalRequested>> {
  const { idempotencyKey, ...payload } = params;
  return runOnCharge<WriteOffResult | ApprovalRequested>(
    db,
    {
      key: idempotencyKey,
      operation: 'write_off',
      payload: { ...payload, overLimit },
      locks: limitLocks(params.actor),
    },
    writeOffTarget(params),
    async (tx, { charge, actor, recentWriteOffCents }, record) => {
      const facts = await chargeFacts(tx, charge);
      const amountCents = params.amountCents === 'all' ? facts.totals.outstandingCents : params.amountCents;
      const amount =
        params.amountCents === 'all' && amountCents > 0
          ? { ok: true as const, cents: amountCents }
          : validateCents(amountCents);
      const blockers = checkWriteOff(
        facts,
        {
          amount,
          reason: params.reason,
          note: params.note ?? null,
          recentWriteOffCents,
          ...(params.amountCents === 'all' && params.shownOutstandingCents !== undefined
            ? { shownOutstandingCents: params.shownOutstandingCents }
            : {}),
        },
        actor,
      );
      const onlyOverLimit = blockers.length > 0 && !blockers.some(isHardStop);
      if (onlyOverLimit && overLimit === 'request_approval' && params.reason) {
        const overLimitBlocker = blockers[0] as (typeof blockers)[number];
        const request = {
          chargeId: charge.id,
          amountCents,
          reason: params.reason,
          note: params.note,
          overLimit: overLimitBlocker,
          limit:
            actor.limitCents === null
              ? null
              : { limitCents: actor.limitCents, earlierCents: recentWriteOffCents },
        };
        const value = await insertApprovalRequest(tx, {
          ...request,
          requestedBy: params.actor,
          sourceKey: idempotencyKey,
        });
        return { ok: true, replayed: false, value };
      }
      if (blockers.length > 0) return blocked(blockers);
      const summary = {
        chargeId: charge.id,
        amountCents,
        outstandingCents: charge.outstandingCents - amountCents,
      };
      const entry = await appendEntry(
        tx,
        {
          chargeId: charge.id,
          kind: 'write_off',
          amountCents,
          actor: params.actor,
          source: params.source,
          reason: params.reason,
          note: params.note,
          batchId: params.batchId ?? null,
          idempotencyKey,
        },
        {
          audit: {
            actor: params.actor,
            action: 'write_off',
            targetType: 'charge',
            targetId: charge.id,
            details: { amountCents, reason: params.reason },
          },
          record: { pending: record, result: summary },
        },
      );
      return { ok: true, replayed: false, value: { entryId: entry.id, ...summary } };
    },
    opened,
  );
}
