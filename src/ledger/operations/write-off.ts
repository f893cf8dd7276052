import type { Database } from '../../db/client.ts';
import type { EntrySource } from '../../db/schema/index.ts';
import { checkWriteOff } from '../../domain/index.ts';
import { validateCents } from '../../domain/money.ts';
import type { WriteOffReason } from '../../domain/reasons.ts';
import { loadActor } from '../actors.ts';
import { appendAudit, appendEntry } from '../append-entry.ts';
import { chargeFacts, lockCharge } from '../charge-lock.ts';
import { runIdempotent } from '../idempotency.ts';
import { blocked, type EntryOnCharge, type LedgerResult } from '../result.ts';

export interface WriteOffParams {
  readonly chargeId: number;
  /** 'all' writes off everything outstanding at the moment the charge is locked. */
  readonly amountCents: number | 'all';
  readonly reason: WriteOffReason | null;
  readonly note?: string | null;
  readonly actor: string;
  readonly source: EntrySource;
  readonly idempotencyKey: string;
  readonly batchId?: string | null;
}

export type WriteOffResult = EntryOnCharge;

/** Writes off part or all of one charge's outstanding PR. */
export async function writeOff(db: Database, params: WriteOffParams): Promise<LedgerResult<WriteOffResult>> {
  const { idempotencyKey, ...payload } = params;
  return runIdempotent<WriteOffResult>(
    db,
    { key: idempotencyKey, operation: 'write_off', payload },
    async (tx) => {
      const charge = await lockCharge(tx, params.chargeId);
      const facts = await chargeFacts(tx, charge);
      const actor = await loadActor(tx, params.actor);
      const amountCents = params.amountCents === 'all' ? facts.totals.outstandingCents : params.amountCents;
      const amount =
        params.amountCents === 'all' && amountCents > 0
          ? { ok: true as const, cents: amountCents }
          : validateCents(amountCents);
      const blockers = checkWriteOff(
        facts,
        { amount, reason: params.reason, note: params.note ?? null },
        actor,
      );
      // OVER_LIMIT is not a hard stop for the business, but applying it needs an approval first,
      // and approvals are not built yet: the caller gets it back as a refusal with its next step.
      if (blockers.length > 0) return blocked(blockers);
      const entry = await appendEntry(tx, {
        chargeId: charge.id,
        kind: 'write_off',
        amountCents,
        actor: params.actor,
        source: params.source,
        reason: params.reason,
        note: params.note?.trim() || null,
        batchId: params.batchId ?? null,
        idempotencyKey,
      });
      await appendAudit(tx, {
        actor: params.actor,
        action: 'write_off',
        targetType: 'charge',
        targetId: charge.id,
        details: { entryId: entry.id, amountCents, reason: params.reason },
      });
      return {
        ok: true,
        replayed: false,
        value: {
          entryId: entry.id,
          chargeId: charge.id,
          amountCents,
          outstandingCents: charge.outstandingCents - amountCents,
        },
      };
    },
  );
}
