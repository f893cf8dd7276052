/**
 * Writes validated rows in ONE transaction: all or nothing. Entries whose idempotency key is
 * already in the ledger were imported before and are skipped, so a re-import changes nothing.
 */
import type { Database, Transaction } from '../db/client.ts';
import { type LedgerResult, postInTransaction, upsertCharge, upsertPatient } from '../ledger/index.ts';
import type { ImportRows } from './cross-check.ts';
import { chargeEntryKey, type ExistingRecords, paymentEntryKey } from './existing-records.ts';

export interface ImportSummary {
  readonly patientsCreated: number;
  readonly patientsUpdated: number;
  readonly chargesCreated: number;
  readonly prPosted: number;
  readonly paymentsPosted: number;
  /** Charges and payments found already imported (same key), left as they were. */
  readonly alreadyImported: number;
}

const IMPORT = { actor: 'import', source: 'import' } as const;

/** A refusal here means validation missed a case; throwing rolls the whole import back. */
export class ImportRefusedError extends Error {}

export async function loadRows(
  db: Database,
  rows: ImportRows,
  existing: ExistingRecords,
): Promise<ImportSummary> {
  return db.transaction(async (tx) => {
    const patientIds = new Map(existing.patientIdsByMrn);
    let patientsCreated = 0;
    for (const { row } of rows.patients) {
      if (!patientIds.has(row.mrn)) patientsCreated += 1;
      patientIds.set(row.mrn, await upsertPatient(tx, patientOf(row)));
    }
    const chargeIds = new Map([...existing.chargesByRef].map(([ref, c]) => [ref, c.id]));
    let chargesCreated = 0;
    let prPosted = 0;
    let alreadyImported = 0;
    for (const { row } of rows.charges) {
      const patientId = required(patientIds.get(row.mrn), `patient ${row.mrn}`);
      const charge = await upsertCharge(tx, {
        patientId,
        externalRef: row.charge_ref,
        dateOfService: row.date_of_service,
        description: row.description,
        prSource: row.pr_source,
      });
      if (charge.created) chargesCreated += 1;
      chargeIds.set(row.charge_ref, charge.id);
      const key = chargeEntryKey(row.charge_ref);
      if (existing.entriesByKey.has(key)) alreadyImported += 1;
      else {
        await post(tx, 'pr_assessed', {
          chargeId: charge.id,
          amountCents: row.pr_amount,
          idempotencyKey: key,
        });
        prPosted += 1;
      }
    }
    let paymentsPosted = 0;
    for (const { row } of rows.payments) {
      const key = paymentEntryKey(row.payment_ref);
      if (existing.entriesByKey.has(key)) {
        alreadyImported += 1;
        continue;
      }
      const chargeId = required(chargeIds.get(row.charge_ref), `charge ${row.charge_ref}`);
      const note = `Payment ${row.payment_ref} received ${row.paid_on}`;
      await post(tx, 'payment', { chargeId, amountCents: row.amount, idempotencyKey: key, note });
      paymentsPosted += 1;
    }
    const patientsUpdated = rows.patients.length - patientsCreated;
    return { patientsCreated, patientsUpdated, chargesCreated, prPosted, paymentsPosted, alreadyImported };
  });
}

function patientOf(row: ImportRows['patients'][number]['row']) {
  return {
    mrn: row.mrn,
    firstName: row.first_name,
    lastName: row.last_name,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
  };
}

async function post(
  tx: Transaction,
  kind: 'pr_assessed' | 'payment',
  params: { chargeId: number; amountCents: number; idempotencyKey: string; note?: string },
): Promise<void> {
  const result: LedgerResult<unknown> = await postInTransaction(tx, kind, { ...params, ...IMPORT });
  if (!result.ok) {
    throw new ImportRefusedError(
      `The ledger refused ${params.idempotencyKey}: ${result.blockers[0]?.message}`,
    );
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`invariant: ${what} should have been created or found`);
  return value;
}
