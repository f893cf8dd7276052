/**
 * Surnames that are ordinary words: "Mark Down", "Ella Down", "Jenny Fine", "Jenny Fine-Smith", "Sam
 * Down-Holt", "Rita Still", "Ben Good". Each word is vocabulary (vocabulary.ts), so the name was cut
 * to its given name ("write off $5 for Mark Down" was the patient "Mark"). Capitalised right after a
 * capitalised given name, such a word is the surname, unless the word after it gives it its other
 * job ("Bring Jane Down to $10", "Bob Fine with it"). Lower case it stays the word it is ("write it
 * down", "she's fine").
 */
import { isNameLike, type Token } from './name-tokens.ts';

// Ordinary words that are also surnames, which a given name may be followed by.
const WORD_SURNAMES: ReadonlySet<string> = new Set('down fine good'.split(' '));
// Words after which such a word is doing its other job: "Down to $10", "Fine with it", "Good for".
const OTHER_JOB_AFTER: ReadonlySet<string> = new Set([
  'to',
  'with',
  'by',
  'for',
  'on',
  'about',
  'and',
  'now',
]);

/** Each part of a word (a hyphenated one too) is a name word or a surname that is a word. */
function isWordSurname(token: Token): boolean {
  const parts = token.folded.split('-');
  return (
    parts.some((part) => WORD_SURNAMES.has(part)) &&
    parts.every((part) => WORD_SURNAMES.has(part) || isNameLike({ ...token, folded: part }))
  );
}

/** Whether the capitalised token at `index`, right after a capitalised given name, is its surname. */
export function isWordSurnameAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const given = tokens[index - 1];
  if (token?.kind !== 'word' || !token.capitalized || !token.joinedToPrevious) return false;
  if (given?.kind !== 'word' || !given.capitalized || given.possessive || !isWordSurname(token)) return false;
  const after = tokens[index + 1];
  return (
    token.possessive ||
    !(after?.kind === 'word' && after.joinedToPrevious && OTHER_JOB_AFTER.has(after.folded))
  );
}
