/**
 * "why can't I write off John Nobody's balance?" when no patient is John Nobody: the patients the
 * search scored closest (Amelia Johnson, Oliver Johnson) are weak matches, and listing them shows
 * their birth dates and MRNs to someone who asked about another person. A suggestion is listed
 * only when every word of the name as written is close to a word of that patient's name: a slip
 * ("Jane Deo"), a short form ("Bob" for "Bobby"), not a shared few letters.
 */
import type { PatientSummary } from '../ledger/queries/patients.ts';
import { searchableName } from '../ledger/queries/search-name.ts';
import { withinEdits } from '../nlu/typos.ts';
import { isOrdinaryWord } from './ordinary-words.ts';

/** A word this long or longer may be two letters off; a shorter one only one. */
const TWO_SLIPS_FROM = 6;
/** A short form must have at least this many letters to stand for a longer name. */
const MIN_SHORT_FORM = 3;

function wordsOf(name: string): string[] {
  return searchableName(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function wordsClose(written: string, own: string): boolean {
  if (written === own) return true;
  const shorter = written.length <= own.length ? written : own;
  const longer = shorter === written ? own : written;
  if (shorter.length >= MIN_SHORT_FORM && longer.startsWith(shorter)) return true;
  return withinEdits(written, own, longer.length >= TWO_SLIPS_FROM ? 2 : 1);
}

/**
 * Whether the patient is a close enough match for the name as written to be suggested. A word of
 * everyday English ("While", "Will") must be the patient's name as it is: one letter from a word
 * people write anyway ("White", "Bill") says nothing of a name (ordinary-words.ts).
 */
export function closeToName(written: string, patient: PatientSummary): boolean {
  const asked = wordsOf(written);
  const own = [...wordsOf(patient.firstName), ...wordsOf(patient.lastName)];
  const close = (w: string, o: string) => (isOrdinaryWord(w) ? w === o : wordsClose(w, o));
  return asked.length > 0 && asked.every((w) => own.some((o) => close(w, o)));
}
