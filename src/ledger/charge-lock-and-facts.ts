/**
 * Locking a charge and turning its row into rule facts. Every write transaction locks the charge
 * row before inserting entries: the entry's foreign key takes a KEY SHARE lock on the charge, so
 * inserting first and locking after deadlocks two writers on one charge.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor, Transaction } from '../db/client.ts';
import { charges, ledgerEntries } from '../db/schema/index.ts';
import type { EntrySums } from '../domain/charge.ts';
import { totalsFromSums } from '../domain/charge.ts';
import type { ChargeFacts } from '../domain/rules/facts.ts';
import { NotFoundError } from './errors.ts';

export type ChargeRow = typeof charges.$inferSelect;

export async function lockCharge(tx: Transaction, chargeId: number): Promise<ChargeRow> {
  const [row] = await tx.select().from(charges).where(eq(charges.id, chargeId)).for('update');
  if (!row) throw new NotFoundError('charge', chargeId);
  return row;
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
