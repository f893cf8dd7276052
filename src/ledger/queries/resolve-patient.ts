/**
 * Turns what a biller typed (an id, an MRN or a name) into one patient, or says why not.
 * An exact full name (ignoring case and accents) wins; otherwise one clearly best fuzzy match.
 */
import type { Executor } from '../../db/client.ts';
import {
  getPatient,
  getPatientByMrn,
  type PatientMatch,
  type PatientSummary,
  patientsWithExactName,
  patientsWithMrnAmong,
  searchPatients,
} from './patients.ts';
import { searchableName } from './search-name.ts';

export type PatientResolution =
  | { readonly kind: 'found'; readonly patient: PatientSummary }
  | {
      readonly kind: 'ambiguous';
      readonly candidates: readonly PatientSummary[];
      /** The reference gave an MRN and a name that are not that patient's: the MRN's patient first. */
      readonly nameAndMrnDisagree?: true;
    }
  | { readonly kind: 'not_found'; readonly suggestions: readonly PatientSummary[] };

/** A fuzzy match must score at least this, and lead the next one by the margin, to be "clear". */
const CLEAR_MATCH_SCORE = 0.5;
const CLEAR_MATCH_MARGIN = 0.2;

export async function resolvePatient(db: Executor, reference: string): Promise<PatientResolution> {
  const text = reference.trim();
  if (text === '') return { kind: 'not_found', suggestions: [] };
  const byId = /^\d{1,9}$/.test(text) ? await getPatient(db, Number(text)) : null;
  const byMrn = await getPatientByMrn(db, text);
  // Numeric MRNs are common: when the number is one patient's id and another's MRN, ask.
  if (byId && byMrn && byId.id !== byMrn.id) return { kind: 'ambiguous', candidates: [byMrn, byId] };
  const direct = byId ?? byMrn;
  if (direct) return { kind: 'found', patient: direct };
  const besideMrn = await resolveNameBesideMrn(db, text);
  if (besideMrn) return besideMrn;

  const exact = await patientsWithExactName(db, text);
  if (exact.length === 1 && exact[0]) return { kind: 'found', patient: exact[0] };
  if (exact.length > 1) return { kind: 'ambiguous', candidates: exact };

  const matches = await searchPatients(db, { query: text, limit: 8 });
  return pickClearMatch(matches);
}

function pickClearMatch(matches: readonly PatientMatch[]): PatientResolution {
  const [best, second] = matches;
  if (!best) return { kind: 'not_found', suggestions: [] };
  const clear =
    best.score >= CLEAR_MATCH_SCORE && (!second || best.score - second.score >= CLEAR_MATCH_MARGIN);
  if (clear) return { kind: 'found', patient: best };
  // The candidates are the matches too close to the best one to tell apart, the best included.
  if (best.score >= CLEAR_MATCH_SCORE)
    return {
      kind: 'ambiguous',
      candidates: matches.filter((m) => best.score - m.score < CLEAR_MATCH_MARGIN),
    };
  return { kind: 'not_found', suggestions: matches.slice(0, 5) };
}

/**
 * Words of a request shaped like an MRN: letters and digits together, maybe joined by a hyphen
 * ("DEMO-0001", "QZ-40917", "A123456"). A number alone is left to the request parser, which
 * reads labelled numbers ("MRN 10023") and would otherwise take amounts and dates for MRNs.
 */
const MRN_SHAPED = /[\p{L}\p{N}]+(?:[-_./][\p{L}\p{N}]+)*/gu;
const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\p{N}/u;
const MAX_MRN_LENGTH = 40;
/** Bounds the statement's parameter list; a request is a few dozen words. */
const MAX_MRN_WORDS = 20;

export function mrnShapedWords(text: string): string[] {
  const words = [...text.matchAll(MRN_SHAPED)].map((m) => m[0]);
  return words
    .filter((w) => w.length <= MAX_MRN_LENGTH && HAS_LETTER.test(w) && HAS_DIGIT.test(w))
    .slice(0, MAX_MRN_WORDS);
}

export interface MrnInText {
  readonly patient: PatientSummary;
  /** The MRN as the text wrote it. */
  readonly written: string;
}

/** The one patient whose MRN the text spells out (ignoring case); null for none, or for several. */
export async function patientByMrnInText(db: Executor, text: string): Promise<MrnInText | null> {
  const words = mrnShapedWords(text);
  if (words.length === 0) return null;
  const [only, another] = await patientsWithMrnAmong(db, words);
  if (!only || another) return null;
  const written = words.find((w) => w.toLowerCase() === only.mrn.toLowerCase()) ?? only.mrn;
  return { patient: only, written };
}

/**
 * "Jane Doe DEMO-0001": an MRN in the reference names its patient, and the name beside it must
 * be that patient's (in part: "Jane", "J. Doe" and "Jan Doe" are). A name that is not, "Jane Roe
 * DEMO-0001", may be a wrong MRN as well as a wrong name: the look-up asks between the MRN's
 * patient and those the name matches rather than guess. Null when the reference has no MRN.
 */
async function resolveNameBesideMrn(db: Executor, text: string): Promise<PatientResolution | null> {
  const byMrn = await patientByMrnInText(db, text);
  if (!byMrn) return null;
  const nameWords = wordsBesideMrn(text, byMrn.written);
  if (nameWords.every((word) => fitsNameOf(byMrn.patient, word)))
    return { kind: 'found', patient: byMrn.patient };
  const named = await searchPatients(db, { query: nameWords.join(' '), limit: MAX_DISAGREEING });
  const others = named.filter((p) => p.id !== byMrn.patient.id);
  return {
    kind: 'ambiguous',
    candidates: [byMrn.patient, ...others].slice(0, MAX_DISAGREEING),
    nameAndMrnDisagree: true,
  };
}

const MAX_DISAGREEING = 8;

/** Words that say how the patient is named rather than who: "MRN DEMO-0001", "patient #4". */
const LABEL_WORDS = new Set([
  'mrn',
  'patient',
  'pt',
  'acct',
  'account',
  'chart',
  'record',
  'no',
  'number',
  'id',
]);

/** The reference's name words, searchable (case and accents folded), without the MRN and its labels. */
function wordsBesideMrn(text: string, mrn: string): string[] {
  const mrnWord = searchableName(mrn);
  const rest = ` ${searchableName(text)} `.replaceAll(` ${mrnWord} `, ' ');
  return rest.split(' ').filter((word) => word !== '' && !LABEL_WORDS.has(word));
}

/** A word of a name fits a patient when it is one of their names, its initial, or its start ("Jan"). */
function fitsNameOf(patient: PatientSummary, word: string): boolean {
  const names = searchableName(`${patient.firstName} ${patient.lastName}`).split(' ');
  return names.some(
    (name) => name === word || (name.startsWith(word) && (word.length === 1 || word.length >= 3)),
  );
}
