/**
 * Two surnames joined by a conjunction, as Portuguese ("Ana de Souza e Silva") and Spanish ("Juan
 * Garcia y Lopez") names are written: the conjunction and the surname after it are part of the name.
 * Read as ending at the conjunction, "Ana de Souza" was looked up for "Ana de Souza e Silva".
 */
import { isNameLike, type Token } from './name-tokens.ts';

// The conjunctions that join surnames: "e" in Portuguese, "y" in Spanish, written in lower case.
const SURNAME_JOINERS: ReadonlySet<string> = new Set(['e', 'y']);

const isCapitalisedNameWord = (token: Token | undefined): boolean =>
  token?.joinedToPrevious === true && token.capitalized && isNameLike(token);

/**
 * Whether the token at `index` joins the surname before it to one more after it. Only inside a
 * capitalised name that already has a given name and a surname, and only when the word after is the
 * last of the name: "Ana Souza e Bob Smith" (a further capitalised word) names two people.
 */
export function joinsSurnames(tokens: readonly Token[], index: number): boolean {
  const joiner = tokens[index];
  if (joiner?.kind !== 'word' || joiner.capitalized || !SURNAME_JOINERS.has(joiner.original)) return false;
  if (!joiner.joinedToPrevious || !isCapitalisedNameWord(tokens[index + 1])) return false;
  return tokens[index + 1]?.possessive === true || !isCapitalisedNameWord(tokens[index + 2]);
}
