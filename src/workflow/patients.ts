/** Which patient a request is about: one, several to choose from, or none. */
import type { Database } from '../db/client.ts';
import {
  getCharge,
  getPatient,
  getPatientByMrn,
  type PatientSummary,
  resolvePatient,
  searchPatients,
} from '../ledger/index.ts';

export interface PatientChoice {
  readonly id: number;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly mrn: string;
}

export interface PatientPick {
  /** How the request's text matched (resolvePatient's kind): branch on this, never on the note. */
  readonly match: 'found' | 'ambiguous' | 'none';
  readonly selected: PatientChoice | null;
  /** Shown above the field when the text named nobody or several people. */
  readonly note: string | null;
  readonly candidates: readonly PatientChoice[];
  /** Asked because the request's name and MRN are not one patient's (the MRN's patient first). */
  readonly nameAndMrnDisagree?: true;
}

const MAX_CANDIDATES = 8;

function choice(p: PatientSummary): PatientChoice {
  return { id: p.id, fullName: p.fullName, dateOfBirth: p.dateOfBirth, mrn: p.mrn };
}

/** The patient chosen in the form wins; otherwise the name the request gave. */
export async function pickPatient(
  db: Database,
  params: {
    patientId: number | null | undefined;
    reference: string | null;
    /** The words the person wrote for the patient, quoted in the note (else the reference). */
    typed?: string | null;
  },
): Promise<PatientPick> {
  if (params.patientId) {
    const patient = await getPatient(db, params.patientId);
    if (patient) return { match: 'found', selected: choice(patient), note: null, candidates: [] };
  }
  if (!params.reference) return { match: 'none', selected: null, note: null, candidates: [] };
  const resolution = await resolvePatient(db, params.reference);
  if (resolution.kind === 'found')
    return { match: 'found', selected: choice(resolution.patient), note: null, candidates: [] };
  const quoted = `"${(params.typed || params.reference).slice(0, 60)}"`;
  if (resolution.kind === 'ambiguous') {
    return {
      match: 'ambiguous',
      selected: null,
      note: `${whyAsked(quoted, resolution)}: choose one.`,
      candidates: resolution.candidates.slice(0, MAX_CANDIDATES).map(choice),
      ...(resolution.nameAndMrnDisagree ? { nameAndMrnDisagree: true as const } : {}),
    };
  }
  return {
    match: 'none',
    selected: null,
    note: `No patient matches ${quoted}. Search by name or MRN.`,
    candidates: resolution.suggestions.slice(0, MAX_CANDIDATES).map(choice),
  };
}

/** Why the form asks which patient: the name fits several, or the name and the MRN disagree. */
function whyAsked(quoted: string, resolution: { readonly nameAndMrnDisagree?: true }): string {
  return resolution.nameAndMrnDisagree
    ? `The name and the MRN in ${quoted} are not the same patient's`
    : `Several patients match ${quoted}`;
}

const MAX_SEARCH_OPTIONS = 20;

/** Months and weekdays: words a reader of dates takes out of a name ("Jan Doe" read as "Doe"). */
const DATE_WORDS =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;
const CAPITALIZED = /^\p{Lu}[\p{L}'’-]*\.?$/u;

/**
 * The patient's name as the person wrote it, for quoting back: the reader of a request may leave
 * words out of the name it looks up ("balance Jan Doe" looks up "Doe", "Jan" taken for January),
 * and a reply quoting only "Doe" reads as if the app ignored what was typed. The name the reader
 * found is located in the text, with the capitalized words written just before it (a sentence's
 * first word only when it is a month or weekday, which is why a reader would have left it out).
 * Null when the name is not in the text as found.
 */
export function nameAsTyped(text: string, parsedName: string | null): string | null {
  if (!parsedName) return null;
  const words = [...text.matchAll(/\S+/gu)].map((m) => ({ word: m[0], at: m.index ?? 0 }));
  const bare = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.'’-]+$/gu, '');
  const wanted = parsedName
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (wanted.length === 0) return null;
  for (let start = 0; start + wanted.length <= words.length; start++) {
    const matches = wanted.every((w, i) => bare(words[start + i]?.word ?? '').toLowerCase() === w);
    if (!matches) continue;
    let first = start;
    while (first > 0) {
      const before = bare(words[first - 1]?.word ?? '');
      const sentenceStart = first - 1 === 0;
      if (!CAPITALIZED.test(before) || (sentenceStart && !DATE_WORDS.test(before))) break;
      // A word ending in punctuation ("Hi, Jan") closes off what came before it.
      if (/[,;:!?]$/.test(words[first - 1]?.word ?? '')) break;
      first--;
    }
    const last = words[start + wanted.length - 1];
    const from = words[first]?.at ?? 0;
    const to = (last?.at ?? 0) + bare(last?.word ?? '').length + leadingJunk(last?.word ?? '');
    return text.slice(from + leadingJunk(words[first]?.word ?? ''), to).trim() || null;
  }
  return null;
}

function leadingJunk(word: string): number {
  return (/^[^\p{L}\p{N}]*/u.exec(word)?.[0] ?? '').length;
}

/**
 * Options for a patient search box ("Search by name or MRN"), best first: the patient whose MRN
 * is the query exactly (ignoring case), then the fuzzy name matches.
 */
// Control characters are in no name or MRN, and PostgreSQL refuses a NUL in text outright: the
// search failed instead of finding nothing.
const CONTROL_CHARACTERS = /\p{Cc}/gu;

export async function patientSearch(db: Database, query: string): Promise<PatientChoice[]> {
  const text = query.replace(CONTROL_CHARACTERS, ' ').trim().slice(0, 100);
  if (text === '') return [];
  const byMrn = await getPatientByMrn(db, text);
  const byName = await searchPatients(db, { query: text, limit: MAX_SEARCH_OPTIONS });
  const found = byMrn ? [byMrn, ...byName.filter((p) => p.id !== byMrn.id)] : byName;
  return found.slice(0, MAX_SEARCH_OPTIONS).map(choice);
}

export function describePatient(p: PatientChoice): string {
  return `${p.fullName} · DOB ${p.dateOfBirth} · MRN ${p.mrn}`;
}

/** The patients a pending request's text named: the one found, or the candidates. */
export async function pickPatientFor(
  db: Database,
  pending: { payload: { patientId?: number | null; hints: { patient: string | null } } },
): Promise<PatientChoice[]> {
  const pick = await pickPatient(db, {
    patientId: pending.payload.patientId,
    reference: pending.payload.hints.patient,
  });
  return pick.selected ? [pick.selected] : [...pick.candidates];
}

/** The patient pick every form starts from: the one it is about, else the name the request gave. */
export async function pickFormPatient(
  db: Database,
  payload: { patientId?: number | null; chargeId?: number | null; hints: { patient: string | null } },
  form: { patientId?: number | null },
): Promise<PatientPick> {
  return pickPatient(db, {
    patientId: await patientIdFor(db, payload, form),
    reference: payload.hints.patient,
  });
}

/** The patient a modal is about: chosen in the form, remembered, or the owner of the charge it started from. */
export async function patientIdFor(
  db: Database,
  payload: { patientId?: number | null; chargeId?: number | null },
  form: { patientId?: number | null },
): Promise<number | null> {
  const known = form.patientId ?? payload.patientId;
  if (known) return known;
  return payload.chargeId ? ((await getCharge(db, payload.chargeId))?.patientId ?? null) : null;
}

/**
 * Said in a reply to a request written as a message, before the form opens: nobody matches the
 * name (with the closest names), or several do (the form asks which). Null when one clearly does.
 */
export async function patientNoteFor(
  db: Database,
  reference: string | null,
  /** What the person wrote, so the note quotes the name as they wrote it. */
  text?: string,
): Promise<string | null> {
  if (!reference) return null;
  const typed = text ? nameAsTyped(text, reference) : null;
  const pick = await pickPatient(db, { patientId: null, reference, typed });
  if (pick.match === 'found' || !pick.note) return null;
  const names = pick.candidates.slice(0, 5).map((c) => `${c.fullName} (MRN ${c.mrn})`);
  if (names.length === 0) return pick.note;
  const listed = names.join(', ');
  return pick.match === 'ambiguous'
    ? `${whyAsked(`"${(typed || reference).slice(0, 60)}"`, pick)}: ${listed}. You choose in the form.`
    : `${pick.note} Closest names: ${listed}.`;
}
