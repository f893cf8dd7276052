/**
 * The one place that inserts ledger entries. It updates the charge's running totals in the same
 * statement sequence, and the table's CHECK constraints refuse totals that stop adding up.
 */
import { eq, sql } from 'drizzle-orm';
import type { Transaction } from '../db/client.ts';
import { auditLog, charges, type EntrySource, ledgerEntries } from '../db/schema/index.ts';
import { ENTRY_EFFECT, type EntryKind } from '../domain/charge.ts';

export interface NewEntry {
  readonly chargeId: number;
  readonly kind: EntryKind;
  readonly amountCents: number;
  readonly actor: string;
  readonly source: EntrySource;
  readonly reason?: string | null;
  readonly note?: string | null;
  readonly refersToEntryId?: number | null;
  readonly batchId?: string | null;
  readonly idempotencyKey: string;
}

export type EntryRow = typeof ledgerEntries.$inferSelect;

/** The running-total column each entry kind adds to. */
const TOTAL_KEY = {
  pr_assessed: 'assessedCents',
  payment: 'paymentsCents',
  refund: 'refundsCents',
  write_off: 'writeOffsCents',
  write_off_reversal: 'reversalsCents',
  cancellation: 'cancelledCents',
} as const satisfies Record<EntryKind, keyof typeof charges.$inferSelect>;

/** Caller must hold the charge's row lock (lockCharge) and have checked the rules. */
export async function appendEntry(tx: Transaction, entry: NewEntry): Promise<EntryRow> {
  if (!Number.isSafeInteger(entry.amountCents) || entry.amountCents <= 0) {
    throw new Error(`invariant: entry amount must be a positive integer of cents, got ${entry.amountCents}`);
  }
  const [row] = await tx.insert(ledgerEntries).values(entry).returning();
  if (!row) throw new Error('invariant: insert returned no row');
  const key = TOTAL_KEY[entry.kind];
  const delta = ENTRY_EFFECT[entry.kind] * entry.amountCents;
  await tx
    .update(charges)
    .set({
      [key]: sql`${charges[key]} + ${entry.amountCents}`,
      outstandingCents: sql`${charges.outstandingCents} + ${delta}`,
    })
    .where(eq(charges.id, entry.chargeId));
  return row;
}

export interface AuditRecord {
  readonly actor: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | number;
  readonly details?: Record<string, unknown>;
}

/** Audit rows carry ids and amounts, never patient names. */
export async function appendAudit(tx: Transaction, record: AuditRecord): Promise<void> {
  await tx
    .insert(auditLog)
    .values({ ...record, targetId: String(record.targetId), details: record.details ?? {} });
}
