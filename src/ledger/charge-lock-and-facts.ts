/**
 * Locking a charge and turning its row into rule facts. Every write transaction locks the charge
 * row before inserting entries: the entry's foreign key takes a KEY SHARE lock on the charge, so
 * inserting first and locking after deadlocks two writers on one charge.
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor, Transaction } from '../db/client.ts';
import { charges, ledgerEntries } from '../db/schema/index.ts';
import type { EntrySums } from '../domain/charge.ts';
import { totalsFromSums } from '../domain/charge.ts';
import type { ChargeFacts } from '../domain/rules/facts.ts';
import { NotFoundError } from './errors.ts';

export type ChargeRow = typeof charges.$inferSelect;

/**
 * The charge's columns for a statement written out by hand (alias `c`), read back with
 * chargeRowFrom. The date and the time come as text and epoch milliseconds, which both drivers
 * return alike.
 */
export const CHARGE_COLUMNS =
  sql.raw(`c.id, c.patient_id, c.external_ref, c.date_of_service::text as date_of_service,
  c.description, c.pr_source, c.assessed_cents, c.payments_cents, c.refunds_cents, c.write_offs_cents,
  c.reversals_cents, c.cancelled_cents, c.outstanding_cents,
  (extract(epoch from c.created_at) * 1000)::float8 as created_ms`);

export function chargeRowFrom(row: Record<string, unknown>): ChargeRow {
  return {
    id: Number(row.id),
    patientId: Number(row.patient_id),
    externalRef: row.external_ref === null ? null : String(row.external_ref),
    dateOfService: String(row.date_of_service),
    description: String(row.description),
    prSource: row.pr_source as ChargeRow['prSource'],
    assessedCents: Number(row.assessed_cents),
    paymentsCents: Number(row.payments_cents),
    refundsCents: Number(row.refunds_cents),
    writeOffsCents: Number(row.write_offs_cents),
    reversalsCents: Number(row.reversals_cents),
    cancelledCents: Number(row.cancelled_cents),
    outstandingCents: Number(row.outstanding_cents),
    createdAt: new Date(Number(row.created_ms)),
  };
}

export async function lockCharge(tx: Transaction, chargeId: number): Promise<ChargeRow> {
  const [row] = await tx.select().from(charges).where(eq(charges.id, chargeId)).for('update');
  if (!row) throw new NotFoundError('charge', chargeId);
  return row;
}

/** Rows per locking statement: bounded parameter lists, still few round trips for 10,000. */
const LOCK_CHUNK = 1_000;

/**
 * Locks many charges (a batch, a spread), in id order: FOR UPDATE with ORDER BY locks rows in that
 * order, so two batches, or a batch and a single write-off, cannot deadlock.
 */
export async function lockChargesInIdOrder(
  tx: Transaction,
  chargeIds: readonly number[],
): Promise<Map<number, ChargeRow>> {
  const ids = [...new Set(chargeIds)].sort((a, b) => a - b);
  const locked = new Map<number, ChargeRow>();
  for (let start = 0; start < ids.length; start += LOCK_CHUNK) {
    const chunk = ids.slice(start, start + LOCK_CHUNK);
    const rows = await tx
      .select()
      .from(charges)
      .where(inArray(charges.id, chunk))
      .orderBy(asc(charges.id))
      .for('update');
    for (const row of rows) locked.set(row.id, row);
  }
  return locked;
}

export function sumsOf(row: ChargeRow): EntrySums {
  return {
    assessedCents: row.assessedCents,
    paymentsCents: row.paymentsCents,
    refundsCents: row.refundsCents,
    writeOffsCents: row.writeOffsCents,
    reversalsCents: row.reversalsCents,
    cancelledCents: row.cancelledCents,
  };
}

/** The facts the rule functions need about one charge. */
export async function chargeFacts(db: Executor, row: ChargeRow): Promise<ChargeFacts> {
  const totals = totalsFromSums(sumsOf(row));
  // Who wrote it off is only said when the PR is written off; skip the query on the hot path.
  const lastWriteOff = totals.status === 'written_off' ? await lastUnreversedWriteOff(db, row.id) : null;
  return { prSource: row.prSource, totals, lastWriteOff };
}

async function lastUnreversedWriteOff(db: Executor, chargeId: number) {
  const reversal = alias(ledgerEntries, 'reversal');
  const [row] = await db
    .select({ actor: ledgerEntries.actor, createdAt: ledgerEntries.createdAt })
    .from(ledgerEntries)
    .leftJoin(
      reversal,
      and(eq(reversal.refersToEntryId, ledgerEntries.id), eq(reversal.kind, sql`'write_off_reversal'`)),
    )
    .where(
      and(eq(ledgerEntries.chargeId, chargeId), eq(ledgerEntries.kind, 'write_off'), isNull(reversal.id)),
    )
    .orderBy(desc(ledgerEntries.id))
    .limit(1);
  return row ?? null;
}
