/**
 * The tokens names are read from: words (with a possessive "'s" apart), numbers with what is glued
 * to them, and single punctuation marks, each with where it stands and how it is written.
 */
import { isMonthName } from './date.ts';
import { foldName } from './normalize.ts';
import { NON_NAME_WORDS } from './vocabulary.ts';

export interface Token {
  readonly kind: 'word' | 'number' | 'punct';
  readonly start: number;
  /** End of the word itself, before a possessive "'s". */
  readonly end: number;
  readonly folded: string;
  /** The word as written. */
  readonly original: string;
  readonly possessive: boolean;
  readonly capitalized: boolean;
  /** Only whitespace between this token and the previous one. */
  readonly joinedToPrevious: boolean;
}

// A number takes the letters glued to it ("3rd", "1e5", "10am"), so they are never a name.
const TOKEN =
  /([\p{L}\p{M}]+(?:['-](?!s\b)[\p{L}\p{M}]+)*)('s\b|s'|'(?!\p{L}))?|(\$?\d(?:[\d\p{L}]|[,.:/-](?=\d))*[,.:/]*)|(\S)/gu;
const CONTRACTION_ENDINGS = new Set(['t', 're', 've', 'll', 'd', 'm']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const word = match[1];
    const between = text.slice(previousEnd, start);
    const joinedToPrevious = tokens.length > 0 && /^\s+$/.test(between);
    const kind = word ? 'word' : match[3] ? 'number' : 'punct';
    const end = word ? start + word.length : start + match[0].length;
    tokens.push({
      kind,
      start,
      end,
      folded: word ? foldName(word) : match[0],
      original: word ?? match[0],
      possessive: Boolean(match[2]),
      capitalized: Boolean(word && /^\p{Lu}/u.test(word)),
      joinedToPrevious,
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

function isContraction(folded: string): boolean {
  const apostrophe = folded.lastIndexOf("'");
  return apostrophe > 0 && CONTRACTION_ENDINGS.has(folded.slice(apostrophe + 1));
}

/** Could this word be part of a name? Billing words, contractions and single letters cannot. */
export function isNameLike(token: Token): boolean {
  if (token.kind !== 'word' || token.folded.length < 2 || isContraction(token.folded)) return false;
  return !token.folded.split('-').some((part) => NON_NAME_WORDS.has(part));
}

/** A capital letter alone: "J" of "J. Doe", "T" and "J" of "T.J. Morales". */
export const isInitial = (token: Token | undefined) =>
  token?.capitalized === true && token.folded.length === 1 && /\p{L}/u.test(token.folded);

/** "August 3", "March 3rd": a month with a day number after it begins a date, not a surname. */
export function startsDate(tokens: readonly Token[], index: number): boolean {
  const day = tokens[index + 1];
  return (
    isMonthName(tokens[index]?.folded ?? '') &&
    day?.kind === 'number' &&
    day.joinedToPrevious &&
    !day.folded.startsWith('$')
  );
}

/**
 * "Seán Ó Briain", "Sean O Briain", "Ó Súilleabháin": the Irish "Ó" (or "O") written as a word of
 * its own before a capitalised surname, part of the name as "O'Brien" is. Only capitalised, after
 * a space or at the start ("W/O Jane Doe" is the command): a lone "o" in a sentence is no name.
 */
export function isIrishO(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token?.kind !== 'word' || (token.original !== 'O' && token.original !== 'Ó')) return false;
  if (index > 0 && !token.joinedToPrevious) return false;
  return next?.joinedToPrevious === true && next.capitalized && isNameLike(next);
}
