import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { preparedPerDatabase } from '../../db/prepared-query.ts';
import { patientDirectoryVersion as patientDirectoryVersionTable, patients } from '../../db/schema/index.ts';
import { exactNameForms, MIN_MATCH_SCORE, searchableName } from './search-name.ts';

export interface PatientSummary {
  readonly id: number;
  readonly mrn: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly outstandingCents: number;
}

export interface PatientMatch extends PatientSummary {
  /** Trigram score from 0 to 1; 1 for an exact name. */
  readonly score: number;
}

const MAX_RESULTS = 50;

export const patientSummaryColumns = {
  id: patients.id,
  mrn: patients.mrn,
  firstName: patients.firstName,
  lastName: patients.lastName,
  dateOfBirth: patients.dateOfBirth,
  // Spelled out with table names: drizzle renders columns unqualified inside a one-table select,
  // and an unqualified "id" in the subquery would mean the charge's id.
  outstandingCents:
    sql<number>`coalesce((select sum(c.outstanding_cents) from charges c where c.patient_id = "patients"."id"), 0)`.mapWith(
      Number,
    ),
};

export function withFullName<T extends { firstName: string; lastName: string }>(
  row: T,
): T & { fullName: string } {
  return { ...row, fullName: `${row.firstName} ${row.lastName}` };
}

/**
 * Fuzzy patient search with pg_trgm, best first. Scores the whole name ("jan doe", "doe jane")
 * and each word ("Maria" for "María García"), so first names alone still find people.
 */
export async function searchPatients(
  db: Executor,
  params: { query: string; limit?: number },
): Promise<PatientMatch[]> {
  const query = searchableName(params.query).slice(0, 100);
  if (query.length === 0) return [];
  const limit = Math.min(params.limit ?? 10, MAX_RESULTS);
  const score = sql<number>`greatest(similarity(${patients.searchName}, ${query}), word_similarity(${query}, ${patients.searchName}))`;
  // `%` and `<%` let the trigram index find the candidates; they filter by pg_trgm's thresholds,
  // which every session sets to MIN_MATCH_SCORE (TRIGRAM_SESSION_SETTINGS), so the index finds
  // everything the score keeps.
  const rows = await db
    .select({ ...patientSummaryColumns, score: score.mapWith(Number) })
    .from(patients)
    .where(
      sql`(${patients.searchName} % ${query} or ${query} <% ${patients.searchName}) and ${score} >= ${MIN_MATCH_SCORE}`,
    )
    .orderBy(desc(score), patients.lastName, patients.firstName, patients.id)
    .limit(limit);
  return rows.map(withFullName);
}

const patientById = preparedPerDatabase((db) =>
  db
    .select(patientSummaryColumns)
    .from(patients)
    .where(eq(patients.id, sql.placeholder('patientId')))
    .prepare('patient_by_id'),
);

export async function getPatient(db: Executor, patientId: number): Promise<PatientSummary | null> {
  const [row] = await patientById(db).execute({ patientId });
  return row ? withFullName(row) : null;
}

export async function getPatientByMrn(db: Executor, mrn: string): Promise<PatientSummary | null> {
  const [row] = await db
    .select(patientSummaryColumns)
    .from(patients)
    .where(sql`lower(${patients.mrn}) = lower(${mrn.trim()})`);
  return row ? withFullName(row) : null;
}

/**
 * Patients whose MRN is one of these words, ignoring case: exact matches only (the index on
 * lower(mrn) serves it), so a word that merely looks like an MRN finds nobody.
 */
export async function patientsWithMrnAmong(
  db: Executor,
  words: readonly string[],
): Promise<PatientSummary[]> {
  const wanted = [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w !== ''))];
  if (wanted.length === 0) return [];
  const rows = await db
    .select(patientSummaryColumns)
    .from(patients)
    .where(inArray(sql`lower(${patients.mrn})`, wanted))
    .orderBy(patients.id)
    .limit(MAX_RESULTS);
  return rows.map(withFullName);
}

/**
 * Patients whose whole name is the query, ignoring case, accents and word order. A query with no
 * letter or digit ("", "!!!") names nobody: it must never match a stored name that is empty too.
 */
export async function patientsWithExactName(db: Executor, name: string): Promise<PatientSummary[]> {
  const forms = exactNameForms(name);
  if (forms.length === 0) return [];
  const rows = await db
    .select(patientSummaryColumns)
    .from(patients)
    .where(inArray(patients.searchName, forms))
    .orderBy(patients.id)
    .limit(MAX_RESULTS);
  return rows.map(withFullName);
}

/** Every patient's first and last name, for redacting text before it leaves the process. */
export async function patientDirectoryNames(db: Executor): Promise<string[]> {
  const rows = await db.select({ firstName: patients.firstName, lastName: patients.lastName }).from(patients);
  return rows.flatMap((r) => [r.firstName, r.lastName]);
}

/** Goes up whenever a patient is added, renamed or removed (a trigger on patients keeps it). */
export async function patientDirectoryVersion(db: Executor): Promise<number> {
  const [row] = await db
    .select({ version: patientDirectoryVersionTable.version })
    .from(patientDirectoryVersionTable)
    .where(eq(patientDirectoryVersionTable.id, 1));
  if (!row) throw new Error('invariant: patient_directory_version has its row (migration 0004)');
  return row.version;
}
