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
