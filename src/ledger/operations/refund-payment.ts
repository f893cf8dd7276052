import { and, eq, sum } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.ts';
import { type EntrySource, ledgerEntries } from '../../db/schema/index.ts';
import { checkRefund } from '../../domain/index.ts';
import { validateCents } from '../../domain/money.ts';
import { loadActor } from '../actors.ts';
import { appendEntry, type EntryRow } from '../append-entry.ts';
import { lockCharge } from '../charge-lock-and-facts.ts';
import { NotFoundError } from '../errors.ts';
import { runIdempotent } from '../idempotency.ts';
import { blocked, type LedgerResult } from '../result.ts';

export interface RefundPaymentParams {
  readonly paymentEntryId: number;
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

export async function refundPayment(
  db: Database,
  params: RefundPaymentParams,
): Promise<LedgerResult<RefundPaymentResult>> {
  const { idempotencyKey, ...payload } = params;
  return runIdempotent<RefundPaymentResult>(
    db,
    { key: idempotencyKey, operation: 'refund_payment', payload },
    async (tx, record) => {
      const payment = await findPayment(tx, params.paymentEntryId);
      const charge = await lockCharge(tx, payment.chargeId);
      const refundedCents = await refundedSoFar(tx, payment.id);
      const leftCents = payment.amountCents - refundedCents;
      const amountCents = params.amountCents === 'all' ? leftCents : params.amountCents;
      const amount =
        params.amountCents === 'all' && leftCents > 0
          ? { ok: true as const, cents: leftCents }
          : validateCents(amountCents);
      const blockers = checkRefund(
        { amountCents: payment.amountCents, refundedCents },
        amount,
        await loadActor(tx, params.actor),
      );
      if (blockers.length > 0) return blocked(blockers);
      const summary = {
        chargeId: charge.id,
        paymentEntryId: payment.id,
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
          refersToEntryId: payment.id,
          idempotencyKey,
        },
        {
          audit: {
            actor: params.actor,
            action: 'refund_payment',
            targetType: 'ledger_entry',
            targetId: payment.id,
            details: { chargeId: charge.id, amountCents },
          },
          record: { pending: record, result: summary },
        },
      );
      return { ok: true, replayed: false, value: { entryId: entry.id, ...summary } };
    },
  );
}

async function findPayment(db: Executor, entryId: number): Promise<EntryRow> {
  const [row] = await db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.id, entryId), eq(ledgerEntries.kind, 'payment')));
  if (!row) throw new NotFoundError('payment', entryId);
  return row;
}

export async function refundedSoFar(db: Executor, paymentEntryId: number): Promise<number> {
  const [row] = await db
    .select({ total: sum(ledgerEntries.amountCents).mapWith(Number) })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.kind, 'refund'), eq(ledgerEntries.refersToEntryId, paymentEntryId)));
  return row?.total ?? 0;
}
