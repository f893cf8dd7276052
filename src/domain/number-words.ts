/**
 * Number words, once: amounts ("forty dollars", "a hundred bucks"), counts ("two weeks ago") and
 * the patterns that find them all read this one list.
 */

/** "zero" to "nineteen": a word is its value. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** "twenty" to "ninety": added to a unit that follows ("twenty five"). */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Multipliers: "two hundred", "three thousand". */
export const SCALE_WORDS: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000 };

/** Every number word, for building patterns that find them in text. */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(SCALE_WORDS),
];

/** The value of a single unit or tens word ("seven" -> 7), or null. */
export function numberWordValue(word: string): number | null {
  return UNIT_WORDS[word] ?? TENS_WORDS[word] ?? null;
}

/** The value of "forty five", "forty-five", "twelve" or "fifty" (1 to 99), or null. */
export function underHundredValue(words: string): number | null {
  const parts = words.trim().split(/[\s-]+/);
  const [first = '', second] = parts;
  if (parts.length > 2) return null;
  if (second === undefined) {
    const value = numberWordValue(first);
    return value !== null && value > 0 ? value : null;
  }
  const tens = TENS_WORDS[first];
  const unit = UNIT_WORDS[second];
  return tens !== undefined && unit !== undefined && unit >= 1 && unit <= 9 ? tens + unit : null;
}

const HUNDREDS_SPOKEN = /^(.+?)\s+hundred(?:\s+and)?(?:\s+(.+))?$/;

/**
 * Hundreds counted past ten, as amounts are said aloud: "fifteen hundred" (1,500), "twelve hundred
 * fifty" (1,250), "twenty-five hundred and five". Only 11 to 99 hundreds, not a round ten ("twenty
 * hundred" is no way to say 2,000); "two hundred" and "two thousand five hundred" are cardinals
 * (money.ts). Null when the words are not so.
 */
export function spokenHundreds(words: string): number | null {
  const match = HUNDREDS_SPOKEN.exec(words.trim());
  const count = match?.[1] ? underHundredValue(match[1]) : null;
  if (!match || count === null || count < 11 || count % 10 === 0) return null;
  const rest = match[2] === undefined ? 0 : underHundredValue(match[2]);
  return rest === null ? null : count * 100 + rest;
}
