/**
 * "smith 99212 can I write it off", "priya allergy testing cancel?": one lower-case word opening
 * the question, with a service, a code or a date after it. The request parser finds no name
 * there; the word is taken for a patient only when it is no word of everyday English and (in
 * patient-named.ts) is a patient's own first or last name with a charge the rest names.
 */
import { NON_NAME_WORDS } from '../nlu/vocabulary.ts';
import { isOrdinaryWord } from './ordinary-words.ts';

const LEADING = /^\s*(\p{Ll}[\p{Ll}’'-]*?)(?:['’]s?)?[\s,:]+(?=\S)/u;

/** The lower-case word opening the question that may be a patient's name. */
export function leadingNameWord(question: string): string | undefined {
  const word = LEADING.exec(question)?.[1];
  if (!word || word.length < 2 || isOrdinaryWord(word) || NON_NAME_WORDS.has(word)) return undefined;
  return word;
}
