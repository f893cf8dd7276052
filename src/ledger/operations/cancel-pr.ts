import type { Database } from '../../db/client.ts';
import type { EntrySource } from '../../db/schema/index.ts';
import { checkCancel } from '../../domain/index.ts';
import type { CancelReason } from '../../domain/reasons.ts';
import { appendEntry } from '../append-entry.ts';
import { chargeFacts } from '../charge-lock-and-facts.ts';
import { runOnCharge } from '../charge-write.ts';
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
  return runOnCharge<CancelPrResult>(
    db,
    { key: idempotencyKey, operation: 'cancel_pr', payload },
    { chargeId: params.chargeId, actor: params.actor },
    async (tx, { charge, actor }, record) => {
      const facts = await chargeFacts(tx, charge);
      const blockers = checkCancel(facts, params.reason, actor);
      if (blockers.length > 0) return blocked(blockers);
      const amountCents = charge.outstandingCents;
      const summary = { chargeId: charge.id, amountCents, outstandingCents: 0 };
      const entry = await appendEntry(
        tx,
        {
          chargeId: charge.id,
          kind: 'cancellation',
          amountCents,
          actor: params.actor,
          source: params.source,
          reason: params.reason,
          note: params.note,
          idempotencyKey,
        },
        {
          audit: {
            actor: params.actor,
            action: 'cancel_pr',
            targetType: 'charge',
            targetId: charge.id,
            details: { amountCents, reason: params.reason },
          },
          record: { pending: record, result: summary },
        },
      );
      return { ok: true, replayed: false, value: { entryId: entry.id, ...summary } };
    },
  );
}
