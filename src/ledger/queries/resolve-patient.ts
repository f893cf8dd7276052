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

export type PatientResolution =
  | { readonly kind: 'found'; readonly patient: PatientSummary }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly PatientSummary[] }
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
