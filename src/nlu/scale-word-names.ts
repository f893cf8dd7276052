/**
 * A number's scale word that is the first word of a name: "/writeoff $40 Hundred Ames small balance",
 * "w/o $40 Thousand Oaks hardship". The amount patterns read lower-cased text (amount.ts), where
 * "$40 hundred" is $4,000 and "$40 thousand" $40,000, and the patient was cut to "Ames" or "Oaks".
 *
 * A scaled amount is written in lower case ("$2 thousand", "40 hundred", "two grand"), or all in
 * capitals in a text in capitals ("WRITE OFF $2 THOUSAND FOR JANE DOE"). A scale word Capitalised
 * (a capital, then lower case) and followed by a Capitalised word that may be a name starts that
 * name: the amount ends before it. "$2 Thousand For Jane Doe" (every word Capitalised) keeps its
 * $2,000, as "For" is no name.
 */
import { NUMBER_WORDS } from '../domain/number-words.ts';
import type { Token } from './name-tokens.ts';
import { NON_NAME_WORDS } from './vocabulary.ts';

const SCALE_NAME_WORDS: ReadonlySet<string> = new Set(
  'hundred thousand grand million millions mil billion billions'.split(' '),
);
const NUMBER_WORD_BEFORE: ReadonlySet<string> = new Set([...NUMBER_WORDS, 'fourty', 'a']);

// A word, the scale word Capitalised, then a Capitalised word: "$40 Hundred Ames", "forty Thousand Oaks".
const SCALE_THEN_NAME =
  /(\S+)(\s+)(?=(Hundred|Thousand|Grand|Millions?|Mil|Billions?)\s+(\p{Lu}[\p{Ll}\p{M}]*(?:['-]\p{L}+)*))/gu;

/** Whether a Capitalised word may be a name's: not one of our words, each part of it (vocabulary.ts). */
function mayBeNameWord(word: string): boolean {
  const folded = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.length >= 2 && !folded.split(/['-]/).some((part) => NON_NAME_WORDS.has(part));
}

/** Whether a number is written in `word`: digits ("$40", "40.50") or a number word ("forty"). */
function isNumberWritten(word: string): boolean {
  return /\d$/.test(word) || NUMBER_WORD_BEFORE.has(word.toLowerCase());
}

/**
 * The text with a comma set between a number and the scale word that starts a name after it ("$40
 * Hundred Ames" is "$40, Hundred Ames"), so that no amount pattern reads the two as one amount. The
 * comma is put where the amount ends, outside the name: the name is written as it was.
 */
export function withScaleNamesSetApart(text: string): string {
  if (!/\s(?:Hundred|Thousand|Grand|Mil|Million|Billion)/.test(text)) return text;
  return text.replace(
    SCALE_THEN_NAME,
    (whole: string, before: string, space: string, _scale, name: string) =>
      isNumberWritten(before) && mayBeNameWord(name) ? `${before},${space}` : whole,
  );
}

/**
 * Whether the token at `index` is a Capitalised scale word that starts a name: "Hundred" of "for
 * Hundred Ames", "Thousand" of "$40 Thousand Oaks". Not in capitals ("$2 THOUSAND FOR JANE DOE"),
 * nor before a word of ours ("$2 Thousand For Jane Doe").
 */
export function startsScaleWordName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token?.kind !== 'word' || !SCALE_NAME_WORDS.has(token.folded) || token.possessive) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(token.original)) return false;
  return (
    next?.kind === 'word' &&
    next.joinedToPrevious &&
    /^\p{Lu}\p{Ll}/u.test(next.original) &&
    mayBeNameWord(next.original)
  );
}
