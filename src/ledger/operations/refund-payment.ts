/**
 * Refunding a payment, on the frame every one-charge mutation uses (charge-write.ts): the key's
 * and the payment's locks, then one statement that locks the payment's charge and reads the
 * payment and its refunds so far, then the entry with COMMIT.
 */
import type { Database } from '../../db/client.ts';
import type { EntrySource } from '../../db/schema/index.ts';
import { checkRefund } from '../../domain/index.ts';
import { validateCents } from '../../domain/money.ts';
import { appendEntry } from '../append-entry.ts';
import { openChargeRun, runOnCharge } from '../charge-write.ts';
import { NotFoundError } from '../errors.ts';
import { entryOfKind } from '../queries/history.ts';
import { blocked, type LedgerResult } from '../result.ts';
import type { ReadAlong, RunAhead } from '../run-ahead.ts';

export interface RefundPaymentParams {
  readonly paymentEntryId: number;
  /**
   * The charge the payment is on, when the caller has read it (a form lists a charge's payments);
   * otherwise it is read first. A payment that is not on this charge is not found.
   */
  readonly chargeId?: number;
  /** 'all' refunds what is left of the payment. */
  readonly amountCents: number | 'all';
  readonly note?: string | null;
  readonly actor: string;
  readonly source: EntrySource;
  readonly idempotencyKey: string;
}

export interface RefundPaymentResult {
  readonly entryId: number;
  readonly chargeId: number;
  readonly paymentEntryId: number;
  readonly amountCents: number;
  /** The refund re-opens PR: this is the charge's outstanding after it. */
  readonly outstandingCents: number;
}

/** The advisory lock that serializes the refunds of one payment while what is left is read. */
export function refundLocks(paymentEntryId: number): readonly string[] {
  return [`refund:${paymentEntryId}`];
}

export async function refundPayment(
  db: Database,
  params: RefundPaymentParams,
  /** A run begun ahead for this refund (openRefundRun); released unless it fits. */
  opened?: RunAhead | null,
): Promise<LedgerResult<RefundPaymentResult>> {
  // The charge is not part of the request: it follows from the payment.
  const { idempotencyKey, chargeId: knownChargeId, ...payload } = params;
  // A run is begun ahead only for a charge the caller knows.
  if (knownChargeId === undefined) opened?.release();
  // Else read first: an entry never changes, so neither does the charge it is on.
  const chargeId =
    knownChargeId ?? (await entryOfKind(db, params.paymentEntryId, 'payment', 'payment')).chargeId;
  return runOnCharge<RefundPaymentResult>(
    db,
    { key: idempotencyKey, operation: 'refund_payment', payload, locks: refundLocks(params.paymentEntryId) },
    refundTarget({ chargeId, actor: params.actor, paymentEntryId: params.paymentEntryId }),
    async (tx, { charge, actor, payment }, record) => {
      if (!payment) throw new NotFoundError('payment', params.paymentEntryId);
      const leftCents = payment.amountCents - payment.refundedCents;
      const amountCents = params.amountCents === 'all' ? leftCents : params.amountCents;
      const amount =
        params.amountCents === 'all' && leftCents > 0
          ? { ok: true as const, cents: leftCents }
          : validateCents(amountCents);
      const chargeRefundableCents = charge.paymentsCents - charge.refundsCents;
      const blockers = checkRefund({ ...payment, chargeRefundableCents }, amount, actor);
      if (blockers.length > 0) return blocked(blockers);
      const summary = {
        chargeId: charge.id,
        paymentEntryId: payment.entryId,
        amountCents,
        outstandingCents: charge.outstandingCents + amountCents,
      };
      const entry = await appendEntry(
        tx,
        {
          chargeId: charge.id,
          kind: 'refund',
          amountCents,
          actor: params.actor,
          source: params.source,
          note: params.note,
          refersToEntryId: payment.entryId,
          idempotencyKey,
        },
        {
          audit: {
            actor: params.actor,
            action: 'refund_payment',
            targetType: 'ledger_entry',
            targetId: payment.entryId,
            details: { chargeId: charge.id, amountCents },
          },
          record: { pending: record, result: summary },
        },
      );
      return { ok: true, replayed: false, value: { entryId: entry.id, ...summary } };
    },
    opened,
  );
}

/**
 * Begins the transaction of a refund of this payment on this charge by this actor under this key
 * before its amount is known, with the caller's reads after the locking read (run-ahead.ts).
 * Null on PGlite.
 */
export function openRefundRun(
  db: Database,
  run: {
    readonly idempotencyKey: string;
    readonly chargeId: number;
    readonly paymentEntryId: number;
    readonly actor: string;
  },
  alongside: readonly ReadAlong<unknown>[],
): RunAhead | null {
  return openChargeRun(
    db,
    { key: run.idempotencyKey, locks: refundLocks(run.paymentEntryId) },
    refundTarget(run),
    alongside,
  );
}

function refundTarget(params: {
  readonly chargeId: number;
  readonly actor: string;
  readonly paymentEntryId: number;
}) {
  return {
    chargeId: params.chargeId,
    actor: params.actor,
    entry: { kind: 'payment' as const, id: params.paymentEntryId },
  };
}
