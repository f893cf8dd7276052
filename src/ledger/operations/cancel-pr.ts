import type { Database } from '../../db/client.ts';
import type { EntrySource } from '../../db/schema/index.ts';
import { checkCancel } from '../../domain/index.ts';
import type { CancelReason } from '../../domain/reasons.ts';
import { loadActor } from '../actors.ts';
import { appendAudit, appendEntry } from '../append-entry.ts';
import { chargeFacts, lockCharge } from '../charge-lock.ts';
import { runIdempotent } from '../idempotency.ts';
import { blocked, type EntryOnCharge, type LedgerResult } from '../result.ts';

export interface CancelPrParams {
  readonly chargeId: number;
  readonly reason: CancelReason | null;
  readonly note?: string | null;
  readonly actor: string;
  readonly source: EntrySource;
  readonly idempotencyKey: string;
}

export type CancelPrResult = EntryOnCharge;

/** Erases PR that should never have existed: everything outstanding, in one entry. */
export async function cancelPr(db: Database, params: CancelPrParams): Promise<LedgerResult<CancelPrResult>> {
  const { idempotencyKey, ...payload } = params;
  return runIdempotent<CancelPrResult>(
    db,
    { key: idempotencyKey, operation: 'cancel_pr', payload },
    async (tx) => {
      const charge = await lockCharge(tx, params.chargeId);
      const facts = await chargeFacts(tx, charge);
      const blockers = checkCancel(facts, params.reason, await loadActor(tx, params.actor));
      if (blockers.length > 0) return blocked(blockers);
      const amountCents = charge.outstandingCents;
      const entry = await appendEntry(tx, {
        chargeId: charge.id,
        kind: 'cancellation',
        amountCents,
        actor: params.actor,
        source: params.source,
        reason: params.reason,
        note: params.note?.trim() || null,
        idempotencyKey,
      });
      await appendAudit(tx, {
        actor: params.actor,
        action: 'cancel_pr',
        targetType: 'charge',
        targetId: charge.id,
        details: { entryId: entry.id, amountCents, reason: params.reason },
      });
      return {
        ok: true,
        replayed: false,
        value: { entryId: entry.id, chargeId: charge.id, amountCents, outstandingCents: 0 },
      };
    },
  );
}
