/**
 * What a small-balance batch is about, for the person who runs it: the previewed charges with
 * their patients (the full list goes to that person only), and whether a batch key was applied.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { charges, idempotencyRecords, patients } from '../../db/schema/index.ts';
import type { SmallBalanceBatchResult } from '../operations/small-balance-batch.ts';
import { MAX_BATCH_CHARGES } from './small-balances.ts';

export interface BatchListRow {
  readonly chargeId: number;
  readonly mrn: string;
  readonly patientName: string;
  readonly dateOfService: string;
  readonly description: string;
}

/** Ids per statement: a bounded parameter list, still ten statements for the largest batch. */
const CHUNK = 1_000;

/** The charges and patients behind these ids, in id order; ids that do not exist are left out. */
export async function batchListRows(db: Executor, chargeIds: readonly number[]): Promise<BatchListRow[]> {
  if (chargeIds.length > MAX_BATCH_CHARGES) throw new Error('a batch list is at most one batch');
  const rows: BatchListRow[] = [];
  for (let start = 0; start < chargeIds.length; start += CHUNK) {
    const chunk = chargeIds.slice(start, start + CHUNK);
    const found = await db
      .select({
        chargeId: charges.id,
        mrn: patients.mrn,
        firstName: patients.firstName,
        lastName: patients.lastName,
        dateOfService: charges.dateOfService,
        description: charges.description,
      })
      .from(charges)
      .innerJoin(patients, eq(patients.id, charges.patientId))
      .where(inArray(charges.id, chunk))
      .orderBy(asc(charges.id));
    for (const { firstName, lastName, ...row } of found)
      rows.push({ ...row, patientName: `${firstName} ${lastName}` });
  }
  return rows;
}

/** Each charge's patient, for the preview's limit count; ids that do not exist are left out. */
export async function patientsOfCharges(
  db: Executor,
  chargeIds: readonly number[],
): Promise<Map<number, number>> {
  if (chargeIds.length > MAX_BATCH_CHARGES) throw new Error('a batch list is at most one batch');
  const patientOf = new Map<number, number>();
  for (let start = 0; start < chargeIds.length; start += CHUNK) {
    const found = await db
      .select({ chargeId: charges.id, patientId: charges.patientId })
      .from(charges)
      .where(inArray(charges.id, chargeIds.slice(start, start + CHUNK)));
    for (const row of found) patientOf.set(row.chargeId, row.patientId);
  }
  return patientOf;
}

/**
 * Whether the batch with this key was applied: a batch commits its entries and its key's record
 * in one transaction, so the record is there exactly when the whole batch is.
 */
export async function smallBalanceBatchByKey(
  db: Executor,
  key: string,
): Promise<SmallBalanceBatchResult | null> {
  const [row] = await db
    .select({ result: idempotencyRecords.result })
    .from(idempotencyRecords)
    .where(and(eq(idempotencyRecords.key, key), eq(idempotencyRecords.operation, 'small_balance_batch')));
  return row ? (row.result as SmallBalanceBatchResult) : null;
}
