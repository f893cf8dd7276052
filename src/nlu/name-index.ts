/**
 * The patient directory as redaction needs it: every first- and last-name token, and for tokens
 * of 5 or more letters every spelling with one letter left out. Built once per directory
 * version; a lookup costs a few set probes per word of the text, whatever the directory's size.
 *
 * A word is "a name with one typo" when it and a directory token are one edit apart (a letter
 * added, dropped, changed, or two neighbours swapped). With deletion sets that is: equal, one is
 * the other with a letter left out, or both with a letter left out agree.
 */
import { foldName } from './normalize.ts';

/** Names shorter than this match exactly only: "Lee" one typo away is half of English. */
export const TYPO_MIN_LETTERS = 5;

export interface NameIndex {
  /** True when `word` (any case, accents) is a directory name, or one typo from a long one. */
  isName(word: string): boolean;
  /** True only for an exact directory name token: for text we wrote ourselves. */
  isExactName(word: string): boolean;
  readonly tokenCount: number;
}

/** Printable ASCII: words never hold control characters. */
const ASCII = /^[ -~]*$/;

/** Lower case, no accents, no apostrophes: "O'Neil" and "oneil" are one token. */
export function nameKey(word: string): string {
  // Most words are ASCII: lower-casing is all the folding they need, and much cheaper.
  const folded = ASCII.test(word) ? word.toLowerCase() : foldName(word);
  return folded.replace(/['’`ʼ]/g, '');
}

/** Splits a stored first or last name into tokens ("Anne-Marie" -> anne, marie; "O'Neil" -> oneil). */
export function nameTokens(name: string): string[] {
  return nameKey(name)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function withOneLetterLeftOut(word: string): string[] {
  const out: string[] = [];
  if (ASCII.test(word)) {
    for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
    return out;
  }
  const letters = [...word];
  for (let i = 0; i < letters.length; i++)
    out.push(letters.slice(0, i).join('') + letters.slice(i + 1).join(''));
  return out;
}

function letterCount(word: string): number {
  return ASCII.test(word) ? word.length : [...word].length;
}

export function buildNameIndex(names: Iterable<string>): NameIndex {
  const sets = emptySets();
  for (const name of names) addName(sets, name);
  return indexOver(sets);
}

/** Names indexed between every pause, so a rebuild never holds the event loop for long. */
const NAMES_PER_SLICE = 5_000;

/** The same index, built in slices that let other requests run in between. */
export async function buildNameIndexInSlices(names: readonly string[]): Promise<NameIndex> {
  const sets = emptySets();
  for (let i = 0; i < names.length; i += NAMES_PER_SLICE) {
    for (const name of names.slice(i, i + NAMES_PER_SLICE)) addName(sets, name);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return indexOver(sets);
}

interface NameSets {
  readonly exact: Set<string>;
  readonly shortened: Set<string>;
}

function emptySets(): NameSets {
  return { exact: new Set(), shortened: new Set() };
}

function addName({ exact, shortened }: NameSets, name: string): void {
  for (const token of nameTokens(name)) {
    if (exact.has(token)) continue;
    exact.add(token);
    if (letterCount(token) >= TYPO_MIN_LETTERS) for (const s of withOneLetterLeftOut(token)) shortened.add(s);
  }
}

function indexOver({ exact, shortened }: NameSets): NameIndex {
  const isExactName = (word: string) => exact.has(nameKey(word));
  return {
    tokenCount: exact.size,
    isExactName,
    isName(word) {
      const key = nameKey(word);
      if (exact.has(key)) return true;
      const length = letterCount(key);
      // A typo can make a 5-letter name 4 letters long; shorter words cannot be one.
      if (length < TYPO_MIN_LETTERS - 1) return false;
      if (shortened.has(key)) return true;
      for (const s of withOneLetterLeftOut(key)) {
        if (shortened.has(s)) return true;
        // The word is a name with one letter added: only names long enough to allow a typo.
        if (length > TYPO_MIN_LETTERS && exact.has(s)) return true;
      }
      return false;
    },
  };
}

/** A directory and a few more names (the one the rules read), without rebuilding the directory. */
export function withExtraNames(index: NameIndex, extra: readonly string[]): NameIndex {
  if (extra.length === 0) return index;
  const more = buildNameIndex(extra);
  return {
    tokenCount: index.tokenCount + more.tokenCount,
    isExactName: (w) => index.isExactName(w) || more.isExactName(w),
    isName: (w) => index.isName(w) || more.isName(w),
  };
}
