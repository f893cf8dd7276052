/**
 * Names as the search index stores them, in every script: lower case, accents and apostrophes
 * removed, letters of any alphabet kept, other punctuation as spaces ("María" -> "maria",
 * "O'Neil" -> "oneil", "Anne-Marie" -> "anne marie", "Ольга" -> "ольга", "李娜" -> "李娜").
 * A name with no letter or digit at all ("!!!") has the empty searchable form, which matches nobody.
 */

/** Letters that carry their mark inside the code point, so NFD cannot take the accent off. */
const STROKED_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};
const STROKED = new RegExp(`[${Object.keys(STROKED_LETTERS).join('')}]`, 'gu');
/** Accents and vowel points on alphabets where they are optional; other scripts' marks are letters' parts. */
const OPTIONAL_MARKS =
  /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}])\p{M}+/gu;
const APOSTROPHES = /['’`ʼ′]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{M}\p{N}]+/gu;

/** The lowest trigram score a fuzzy match keeps (similarity of the whole name or of a word). */
export const MIN_MATCH_SCORE = 0.3;

/**
 * pg_trgm's thresholds for `%` and `<%`, the operators its index serves, set for every database
 * session when it opens (src/db/client.ts). The defaults (0.3 and 0.6) would hide matches the
 * score keeps: 0.6 hid typos such as "Smyth" for "Smith". Set per session rather than per search,
 * a search is one statement (no transaction, no SET LOCAL round trips).
 */
export const TRIGRAM_SESSION_SETTINGS = {
  'pg_trgm.similarity_threshold': String(MIN_MATCH_SCORE),
  'pg_trgm.word_similarity_threshold': String(MIN_MATCH_SCORE),
} as const;

/** Bumped whenever searchableName changes, so stored names written by an older one are redone. */
export const SEARCH_NAME_VERSION = 2;

export function searchableName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(OPTIONAL_MARKS, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(STROKED, (letter) => STROKED_LETTERS[letter] ?? letter)
    .replace(APOSTROPHES, '')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/** Scripts in which a full name is usually written without a space ("李娜" for 李 娜). */
const UNSPACED_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,6}$/u;

/**
 * The stored forms an exact query may mean: as written, first and last swapped ("Doe, Jane",
 * "Смирнова Ольга"), the part before a comma moved to the end ("Dubois, Anne-Marie"), and for a name written without a space in Chinese, Japanese or Korean
 * every split into two parts, in both orders. Empty when the query has no letter or digit.
 */
export function exactNameForms(query: string): string[] {
  const folded = searchableName(query);
  if (folded === '') return [];
  const forms = new Set([folded]);
  const words = folded.split(' ');
  if (words.length === 2) forms.add(`${words[1]} ${words[0]}`);
  // "Dubois, Anne-Marie", "Van Dyke, Pieter": the comma says where the surname ends, whatever
  // the number of words on either side.
  const [surname, given, ...more] = query.split(',');
  if (surname !== undefined && given !== undefined && more.length === 0) {
    const swapped = searchableName(`${given} ${surname}`);
    if (swapped !== '') forms.add(swapped);
  }
  if (words.length === 1 && UNSPACED_SCRIPT.test(folded)) {
    const chars = [...folded];
    for (let i = 1; i < chars.length; i++) {
      const head = chars.slice(0, i).join('');
      const tail = chars.slice(i).join('');
      forms.add(`${head} ${tail}`);
      forms.add(`${tail} ${head}`);
    }
  }
  return [...forms];
}
