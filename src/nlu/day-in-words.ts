/**
 * A day of the month written as an ordinal word, as people say a date aloud and dictate it:
 * "october third", "the twelfth of november", "Nov twenty-first". date.ts reads it beside a month
 * only: alone, "the third visit" counts visits and "second" is no day.
 */

const ORDINAL_UNITS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
const ORDINAL_TEENS: Readonly<Record<string, number>> = {
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30 };

const UNITS = Object.keys(ORDINAL_UNITS).join('|');

/** An ordinal day in words, "third" to "thirty-first", as a pattern to build date forms with. */
export const DAY_IN_WORDS = String.raw`(?:(?:twenty|thirty)[\s-]?(?:${UNITS})|${Object.keys(ORDINAL_TEENS).join('|')}|${UNITS})`;

/** The day an ordinal word says ("twenty-first" -> 21), or null when it is none. */
export function dayInWordsValue(words: string): number | null {
  const [tens, unit] = words.split(/[\s-]+/);
  if (unit === undefined) return ORDINAL_UNITS[tens ?? ''] ?? ORDINAL_TEENS[tens ?? ''] ?? null;
  const ten = TENS[tens ?? ''];
  const one = ORDINAL_UNITS[unit];
  return ten !== undefined && one !== undefined ? ten + one : null;
}
