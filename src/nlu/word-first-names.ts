/**
 * Given names that are a month or an ordinary word ("April", "June", "May", "Bill", "Will"),
 * with a surname that is an ordinary word too ("Small", "Bad", "Long"), where the sentence leaves
 * no other reading: "June Bad - write off 30", "April Small owes 12", "Bill Small's balance …",
 * "does april small have a balance". Neither word is a name alone (vocabulary.ts), so the patient
 * was lost. "May 3", "May Small balances be written off?" and "does may need approval" stay.
 */
import { isNameLike, type Token } from './name-tokens.ts';
import { AMBIGUOUS_NAME_WORDS, GIVEN_NAME_WORDS, REQUEST_WORDS } from './vocabulary.ts';

// What closes a name written first: a dash, a colon or a comma ("June Bad - write off 30").
const CLOSING_MARKS: ReadonlySet<string> = new Set(['-', ':', ',', '\u2013', '\u2014']);
// What the person named first does, right after the name ("April Small owes 12").
const PERSON_VERBS: ReadonlySet<string> = new Set(
  'owes owed paid pays has had have needs wants called asked overpaid still qualifies is was'.split(' '),
);
// Asked of the person, after "does/did/is/has <name>": "does april small have a balance".
const ASKED_VERBS: ReadonlySet<string> = new Set(
  'have has owe owes still pay paid need get qualify'.split(' '),
);
const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set(['does', 'did', 'is', 'has']);
// Ordinary words that may be a surname here: a reason's ("Small", "Bad") or another word-name's.
const SURNAME_WORDS: ReadonlySet<string> = new Set(['small', 'bad', 'low', 'early', 'cash', 'long']);

function maySurname(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || !token.joinedToPrevious || token.folded.length < 2) return false;
  if (REQUEST_WORDS.has(token.folded)) return false;
  return isNameLike(token) || SURNAME_WORDS.has(token.folded) || AMBIGUOUS_NAME_WORDS.has(token.folded);
}

/** At the start of the text or of a sentence (after ". " or "! "), a greeting aside. */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before === undefined || (before.kind === 'punct' && /^[.!?;]$/.test(before.folded));
}

/**
 * Whether a two-word name starts at `index` whose given name is a word: capitalised at a
 * sentence's start and closed by a dash, comma, possessive or a verb of the person; or lower case
 * after a question's auxiliary at the start, before what is asked of the person.
 */
export function wordFirstNameAt(tokens: readonly Token[], index: number): boolean {
  const given = tokens[index];
  const surname = tokens[index + 1];
  if (given?.kind !== 'word' || given.possessive || !maySurname(surname) || surname === undefined)
    return false;
  const after = tokens[index + 2];
  if (given.capitalized) {
    if (!AMBIGUOUS_NAME_WORDS.has(given.folded) || !surname.capitalized || !opensSentence(tokens, index))
      return false;
    if (surname.possessive) return true;
    if (after?.kind === 'punct') return CLOSING_MARKS.has(after.folded);
    return after?.kind === 'word' && after.joinedToPrevious && PERSON_VERBS.has(after.folded);
  }
  if (!GIVEN_NAME_WORDS.has(given.folded) || surname.capitalized || surname.possessive) return false;
  const auxiliary = tokens[index - 1];
  if (!auxiliary || !QUESTION_AUXILIARIES.has(auxiliary.folded) || !opensSentence(tokens, index - 1))
    return false;
  return after?.kind === 'word' && after.joinedToPrevious && ASKED_VERBS.has(after.folded);
}
