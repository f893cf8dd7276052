/**
 * A month that is also a given name ("may", "june", "april", "august"), written between an amount
 * and one more name word, is that given name: "w/o 20 may chen" is $20 for May Chen. Read as a date,
 * it was 20 May, with no amount and no patient. A month's day is followed by a year, a visit, a
 * comma or nothing; a name word right after the month makes the month a given name.
 *
 * Only where that name word is the last one in the text: "w/o 20 may colonoscopy for jane doe"
 * names its patient elsewhere and keeps its date. The date finder (date.ts) and the name finder
 * (given-names.ts) ask this same question, so the two readings never both take the words.
 */
import { NON_NAME_WORDS } from './vocabulary.ts';

// The given-name words of vocabulary.ts (GIVEN_NAME_WORDS) that name a month, spelled whole: "jun
// chen" or "aug lee" is no one's name.
const MONTHS_THAT_ARE_NAMES: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august']);

// What a visit was, written after its date ("5 may labs", "20 may mri"): never a surname there,
// though not vocabulary either.
const SERVICE_WORDS: ReadonlySet<string> = new Set(
  `lab labs exam exams panel procedure procedures xray x-ray mri ct scan test tests ultrasound ekg ecg
  physical injection shot vaccine consult surgery therapy bloodwork draw ov er`
    .split(/\s+/)
    .filter(Boolean),
);

// "didn't", "we're": a word with a contraction's ending is no name (name-tokens.ts reads it so too).
const CONTRACTION = /'(?:t|re|ve|ll|d|m)$/;

/** A word that may be part of a name: two letters at least, not vocabulary, not what a visit was. */
function isNameWord(word: string): boolean {
  const bare = word.replace(/'s?$/, '');
  if (bare.length < 2 || CONTRACTION.test(bare)) return false;
  return !bare.split('-').some((part) => NON_NAME_WORDS.has(part) || SERVICE_WORDS.has(part));
}

/**
 * Whether `month` is a given name here: it is one of the months that are names, the word right
 * after it (`wordsAfter[0]`, lower case, an "'s" allowed) is a name word, and no later word is.
 */
export function monthIsGivenName(month: string, wordsAfter: readonly string[]): boolean {
  const [surname, ...rest] = wordsAfter;
  if (!MONTHS_THAT_ARE_NAMES.has(month) || surname === undefined || !isNameWord(surname)) return false;
  return !rest.some(isNameWord);
}
