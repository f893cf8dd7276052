/** Patients and charges: the records entries hang on. Created by imports and the demo practice. */

import type { Executor } from '../../db/client.ts';
import { charges, patients } from '../../db/schema/index.ts';
import type { PrSource } from '../../domain/charge.ts';
import { searchableName } from '../queries/search-name.ts';

export interface NewPatient {
  readonly mrn: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
  readonly phone?: string | null;
  readonly email?: string | null;
}

/** Creates the patient, or returns the existing one with that MRN (imports may repeat). */
export async function upsertPatient(db: Executor, patient: NewPatient): Promise<number> {
  const values = { ...patient, searchName: searchableName(`${patient.firstName} ${patient.lastName}`) };
  const [row] = await db
    .insert(patients)
    .values(values)
    .onConflictDoUpdate({ target: patients.mrn, set: values })
    .returning({ id: patients.id });
  if (!row) throw new Error('invariant: upsert returned no row');
  return row.id;
}

export interface NewCharge {
  readonly patientId: number;
  readonly externalRef: string;
  readonly dateOfService: string;
  readonly description: string;
  readonly prSource: PrSource;
}

/** Creates an empty charge (no PR until a pr_assessed entry), or finds it by its external ref. */
export async function upsertCharge(
  db: Executor,
  charge: NewCharge,
): Promise<{ id: number; created: boolean }> {
  const [inserted] = await db
    .insert(charges)
    .values(charge)
    .onConflictDoNothing({ target: charges.externalRef })
    .returning({ id: charges.id });
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db.query.charges.findFirst({
    columns: { id: true },
    where: (c, { eq }) => eq(c.externalRef, charge.externalRef),
  });
  if (!existing) throw new Error('invariant: conflicting charge not found');
  return { id: existing.id, created: false };
}
