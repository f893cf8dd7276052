/**
 * Turns a <patient> argument into one patient, or bad input that lists who it might have meant.
 * `id:N` and `mrn:X` name a patient by one of the two only: a number can be one patient's id and
 * another's MRN (imported MRNs are often plain numbers), and then nothing else can tell them apart.
 */
import type { Database } from '../db/client.ts';
import { getPatient, getPatientByMrn, type PatientSummary, resolvePatient } from '../ledger/index.ts';
import { BadInputError } from './command.ts';
import { parseId } from './id-arg.ts';

const BY_ID = /^id:\s*(.*)$/i;
const BY_MRN = /^mrn:\s*(.*)$/i;

export async function patientFromArg(db: Database, reference: string): Promise<PatientSummary> {
  const byId = BY_ID.exec(reference.trim());
  if (byId) return patientById(db, byId[1] ?? '');
  const byMrn = BY_MRN.exec(reference.trim());
  if (byMrn) return patientByMrn(db, byMrn[1] ?? '');

  const resolution = await resolvePatient(db, reference);
  if (resolution.kind === 'found') return resolution.patient;
  if (resolution.kind === 'ambiguous') {
    throw new BadInputError(
      `"${reference}" matches more than one patient:\n${listPatients(resolution.candidates)}\n` +
        howToChoose(reference.trim(), resolution.candidates),
    );
  }
  const hint =
    resolution.suggestions.length > 0 ? ` Did you mean:\n${listPatients(resolution.suggestions)}` : '';
  throw new BadInputError(`No patient matches "${reference}".${hint}`);
}

async function patientById(db: Database, text: string): Promise<PatientSummary> {
  if (text.trim() === '') throw new BadInputError('Give the patient id after "id:", for example id:12.');
  const id = parseId(text.trim(), 'The patient id after "id:"', 'patient');
  const patient = await getPatient(db, id);
  if (!patient) throw new BadInputError(`No patient with id ${id}.`);
  return patient;
}

async function patientByMrn(db: Database, text: string): Promise<PatientSummary> {
  const mrn = text.trim();
  if (mrn === '') throw new BadInputError('Give the MRN after "mrn:", for example mrn:DEMO-0001.');
  const patient = await getPatientByMrn(db, mrn);
  if (!patient) throw new BadInputError(`No patient with MRN "${mrn}".`);
  return patient;
}

/**
 * When the reference is one patient's id and another's MRN, say which prefix picks which;
 * otherwise show the prefixes with the first candidate.
 */
function howToChoose(reference: string, candidates: readonly PatientSummary[]): string {
  const idMatch = candidates.find((p) => String(p.id) === reference);
  const mrnMatch = candidates.find((p) => p.mrn.toLowerCase() === reference.toLowerCase());
  if (idMatch && mrnMatch && idMatch.id !== mrnMatch.id) {
    return (
      `"${reference}" is the id of ${idMatch.fullName} and the MRN of ${mrnMatch.fullName}: ` +
      `write id:${reference} for ${idMatch.fullName} or mrn:${mrnMatch.mrn} for ${mrnMatch.fullName}.`
    );
  }
  const [first] = candidates;
  const example = first ? `, for example id:${first.id} or mrn:${first.mrn}` : '';
  return `Choose one with id:<patient id> or mrn:<MRN>${example}.`;
}

function listPatients(patients: readonly PatientSummary[]): string {
  return patients.map((p) => `  ${p.fullName}  DOB ${p.dateOfBirth}  MRN ${p.mrn}  (id ${p.id})`).join('\n');
}
