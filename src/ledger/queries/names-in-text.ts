/**
 * The patients whose full name a text spells out, in any case: "jane doe 6/3 labs - why is it
 * blocked?" names Jane Doe, though no capital letter says where her name starts and ends. Every
 * run of two to four words is looked up as an exact stored name, all in one statement; a
 * possessive ("lee chen's", "lee chens") is tried without its "s" too.
 */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { patients } from '../../db/schema/index.ts';
import type { PatientSummary } from './patients.ts';
import { patientSummaryColumns, withFullName } from './patients.ts';
import { searchableName } from './search-name.ts';

export interface NameInText {
  readonly patient: PatientSummary;
  /** The words of the text that name the patient, as written. */
  readonly mention: string;
}

const MIN_WORDS = 2;
const MAX_WORDS = 4;
/** Bounds the statement's parameter list; a help question is a few dozen words. */
const MAX_FORMS = 400;
const MAX_PATIENTS = 10;

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const POSSESSIVE = /(?:['’]s|['’]|s)$/u;

/** Each stored-name form a run of words may be, with the run as written. */
function namedForms(text: string): Map<string, string> {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const forms = new Map<string, string>();
  for (let first = 0; first < words.length; first++) {
    for (let count = MIN_WORDS; count <= MAX_WORDS && first + count <= words.length; count++) {
      const start = words[first]?.start ?? 0;
      const end = words[first + count - 1]?.end ?? start;
      const mention = text.slice(start, end);
      for (const written of [mention, mention.replace(POSSESSIVE, '')]) {
        const form = searchableName(written);
        if (form !== '' && !forms.has(form)) forms.set(form, mention);
      }
      if (forms.size >= MAX_FORMS) return forms;
    }
  }
  return forms;
}

/** The patients the text names in full, longest mention first, each once. */
export async function patientsNamedInText(db: Executor, text: string): Promise<NameInText[]> {
  const forms = namedForms(text);
  if (forms.size === 0) return [];
  const rows = await db
    .select(patientSummaryColumns)
    .from(patients)
    .where(inArray(patients.searchName, [...forms.keys()]))
    .orderBy(patients.id)
    .limit(MAX_PATIENTS);
  return rows
    .map(withFullName)
    .flatMap((patient) => {
      const mention = forms.get(searchableName(`${patient.firstName} ${patient.lastName}`));
      return mention ? [{ patient, mention }] : [];
    })
    .sort((a, b) => b.mention.length - a.mention.length);
}
