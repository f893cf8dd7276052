/** What the database already holds of an import's patients, charges and entries (reads only). */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { charges, ledgerEntries, patients } from '../db/schema/index.ts';

export interface ExistingCharge {
  readonly id: number;
  readonly patientId: number;
  readonly outstandingCents: number;
}

export interface ExistingEntry {
  readonly chargeId: number;
  readonly amountCents: number;
}

export interface ExistingRecords {
  readonly patientIdsByMrn: Map<string, number>;
  readonly chargesByRef: Map<string, ExistingCharge>;
  readonly entriesByKey: Map<string, ExistingEntry>;
}

/** Large lists are looked up in chunks, well under PostgreSQL's limit on bind parameters. */
const CHUNK = 1_000;

async function inChunks<T>(
  values: readonly string[],
  query: (chunk: string[]) => Promise<T[]>,
): Promise<T[]> {
  const unique = [...new Set(values)];
  const results: T[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) results.push(...(await query(unique.slice(i, i + CHUNK))));
  return results;
}

export async function findExisting(
  db: Executor,
  refs: { mrns: readonly string[]; chargeRefs: readonly string[]; entryKeys: readonly string[] },
): Promise<ExistingRecords> {
  const patientRows = await inChunks(refs.mrns, (chunk) =>
    db.select({ id: patients.id, mrn: patients.mrn }).from(patients).where(inArray(patients.mrn, chunk)),
  );
  const chargeRows = await inChunks(refs.chargeRefs, (chunk) =>
    db
      .select({
        id: charges.id,
        ref: charges.externalRef,
        patientId: charges.patientId,
        outstandingCents: charges.outstandingCents,
      })
      .from(charges)
      .where(inArray(charges.externalRef, chunk)),
  );
  const entryRows = await inChunks(refs.entryKeys, (chunk) =>
    db
      .select({
        key: ledgerEntries.idempotencyKey,
        chargeId: ledgerEntries.chargeId,
        amountCents: ledgerEntries.amountCents,
      })
      .from(ledgerEntries)
      .where(inArray(ledgerEntries.idempotencyKey, chunk)),
  );
  return {
    patientIdsByMrn: new Map(patientRows.map((r) => [r.mrn, r.id])),
    chargesByRef: new Map(chargeRows.map((r) => [r.ref ?? '', r])),
    entriesByKey: new Map(entryRows.map((r) => [r.key, r])),
  };
}

/** Keys derived from the file's own refs: re-importing a file finds its entries already there. */
export const chargeEntryKey = (chargeRef: string) => `import:charge:${chargeRef}`;
export const paymentEntryKey = (paymentRef: string) => `import:payment:${paymentRef}`;
