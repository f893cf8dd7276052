import type { Database } from '../../db/client.ts';
import type { EntrySource } from '../../db/schema/index.ts';
import { checkWriteOff } from '../../domain/index.ts';
import { validateCents } from '../../domain/money.ts';
import type { WriteOffReason } from '../../domain/reasons.ts';
import { appendEntry } from '../append-entry.ts';
import { chargeFacts } from '../charge-lock-and-facts.ts';
import { runOnCharge } from '../charge-write.ts';
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
  return runOnCharge<WriteOffResult>(
    db,
    { key: idempotencyKey, operation: 'write_off', payload },
    { chargeId: params.chargeId, actor: params.actor },
    async (tx, { charge, actor }, record) => {
      const facts = await chargeFacts(tx, charge);
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
  );
}
