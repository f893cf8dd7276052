/** Turns a <patient> argument into one patient, or bad input that lists who it might have meant. */
import type { Database } from '../db/client.ts';
import { type PatientSummary, resolvePatient } from '../ledger/index.ts';
import { BadInputError } from './command.ts';

export async function patientFromArg(db: Database, reference: string): Promise<PatientSummary> {
  const resolution = await resolvePatient(db, reference);
  if (resolution.kind === 'found') return resolution.patient;
  if (resolution.kind === 'ambiguous') {
    throw new BadInputError(
      `"${reference}" matches more than one patient:\n${listPatients(resolution.candidates)}\n` +
        'Use the MRN or the patient id to choose one.',
    );
  }
  const hint =
    resolution.suggestions.length > 0 ? ` Did you mean:\n${listPatients(resolution.suggestions)}` : '';
  throw new BadInputError(`No patient matches "${reference}".${hint}`);
}

function listPatients(patients: readonly PatientSummary[]): string {
  return patients.map((p) => `  ${p.fullName}  DOB ${p.dateOfBirth}  MRN ${p.mrn}  (id ${p.id})`).join('\n');
}
