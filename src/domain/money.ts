/**
 * Money is integer cents everywhere. Amount text is parsed with a strict pattern and integer
 * arithmetic, never through floating point (1.005 * 100 is 100.49999…).
 */
import { TENS_WORDS, UNIT_WORDS } from './number-words.ts';

export const MAX_AMOUNT_CENTS = 100_000_000; // $1,000,000.00

export type AmountProblem =
  | 'empty'
  | 'not_a_number'
  | 'negative'
  | 'zero'
  | 'too_many_decimals'
  | 'too_large';

export type AmountResult =
  | { readonly ok: true; readonly cents: number }
  | { readonly ok: false; readonly problem: AmountProblem; readonly message: string };

const PROBLEM_MESSAGES: Record<AmountProblem, string> = {
  empty: 'Enter an amount, for example $40 or 40.50.',
  not_a_number: 'The amount is not a number. Use a form like $40 or 40.50.',
  negative: 'The amount cannot be negative.',
  zero: 'The amount must be more than $0.00.',
  too_many_decimals: 'The amount has more than two decimal places; cents are the smallest unit.',
  too_large: 'The amount is over the $1,000,000.00 limit.',
};

function fail(problem: AmountProblem): AmountResult {
  return { ok: false, problem, message: PROBLEM_MESSAGES[problem] };
}

const wordsWorth = (test: (value: number) => boolean) =>
  Object.entries(UNIT_WORDS)
    .filter(([, value]) => test(value))
    .map(([word]) => word)
    .join('|');
const ONES = wordsWorth((v) => v >= 1 && v <= 9);
const UNDER_HUNDRED = `(?:(?:${Object.keys(TENS_WORDS).join('|')})(?: (?:${ONES}))?|${wordsWorth((v) => v >= 1)})`;
const UNDER_THOUSAND = `(?:(?:${ONES}|a) hundred(?: and)?(?: ${UNDER_HUNDRED})?|${UNDER_HUNDRED})`;
/**
 * A number as people say it, in order: "forty", "twenty five", "a hundred and five", "two
 * thousand three hundred". "twelve fifty", "forty forty" or "ten and five" are not one number:
 * read word by word they would add up to a sum nobody meant.
 */
const CARDINAL = new RegExp(
  `^(?:zero|(?:${UNDER_THOUSAND}|a) thousand(?: and)?(?: ${UNDER_THOUSAND})?|${UNDER_THOUSAND})$`,
);

/** Whole-dollar amounts written in words ("forty", "one hundred twenty five"); null when not words. */
export function wordsToDollars(text: string): number | null {
  const spoken = text.toLowerCase().replace(/-/g, ' ').trim().split(/\s+/).join(' ');
  if (spoken.length > 120 || !CARDINAL.test(spoken)) return null;
  const words = spoken.split(' ').filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word === 'a' && current === 0) current = 1;
    else if (word in UNIT_WORDS) current += UNIT_WORDS[word] ?? 0;
    else if (word in TENS_WORDS) current += TENS_WORDS[word] ?? 0;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}

/** Words that may follow an amount and mean dollars. */
const DOLLAR_SUFFIX = /\s*(?:dollars?|bucks?|usd)$/i;

/**
 * Parses amount text a biller typed: `$40`, `40`, `40.5`, `$1,234.50`, `40 bucks`,
 * `forty dollars`, `$1k`. Anything else is refused with a message naming the problem.
 */
export function parseAmount(input: string): AmountResult {
  let text = visibleText(input).trim().replace(DOLLAR_SUFFIX, '').trim();
  if (text === '') return fail('empty');
  let negative = false;
  if (/^[-−(]/.test(text)) {
    negative = true;
    text = text.replace(/^[-−(]\s*/, '').replace(/\)$/, '');
  }
  text = text.replace(/^\$\s*/, '');
  if (/^[-−]/.test(text)) {
    negative = true;
    text = text.slice(1);
  }
  const fromWords = wordsToDollars(text);
  if (fromWords !== null) return checkRange(fromWords * 100, negative);
  const millions = inMillions(text);
  if (millions !== null) return checkRange(millions, negative);

  const thousands = /^(\d{1,4})(?:\.(\d{1,3}))?\s*k$/i.exec(text);
  if (thousands?.[1]) {
    // "$1.5k": the fraction is in thousandths of a thousand dollars, i.e. whole dollars.
    const dollars = Number(thousands[1]) * 1000 + Number((thousands[2] ?? '').padEnd(3, '0'));
    return checkRange(dollars * 100, negative);
  }
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$|^\.\d+$/.test(text)) return fail('not_a_number');
  // "40." is $40, as the request parser reads it: a point with no cents after it adds none.
  const cents = decimalToCents(text.replace(/,/g, '').replace(/\.$/, ''));
  if (cents === null) return fail('too_many_decimals');
  return checkRange(cents, negative);
}

/**
 * Text pasted from an EHR, a spreadsheet or a web page often carries characters nobody sees: a
 * zero-width space or joiner, a byte-order mark, a non-breaking space. "40" followed by one looks
 * like 40 to the biller, so it must read as 40: the invisible ones go, the odd spaces become spaces.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2007\u202F]/g;

function visibleText(input: string): string {
  return input.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
}

const MILLIONS = /^(.+?)\s*(millions?|mil|mm|m|billions?|bn)$/i;
const SCALE_DIGITS: Readonly<Record<string, number>> = { m: 6, b: 9 };

/**
 * "$2 million", "two million dollars", "$1.5m", "3 billion": cents (integer arithmetic), so that
 * the range check says the amount is over the limit rather than "not a number". Null when the
 * text is not a number and such a scale word.
 */
function inMillions(text: string): number | null {
  const match = MILLIONS.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const zeros = SCALE_DIGITS[match[2].toLowerCase().startsWith('b') ? 'b' : 'm'] ?? 6;
  const words = wordsToDollars(match[1]);
  if (words !== null) return words * 10 ** zeros * 100;
  const digits = /^(\d{1,4})(?:\.(\d{1,6}))?$/.exec(match[1].replace(/^\$\s*/, ''));
  if (!digits?.[1]) return null;
  const dollars =
    Number(digits[1]) * 10 ** zeros + Number((digits[2] ?? '').padEnd(zeros, '0').slice(0, zeros));
  return dollars * 100;
}

/** "12.34" -> 1234 with integer arithmetic; null when there are more than two decimals. */
function decimalToCents(text: string): number | null {
  const [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length > 2) return null;
  if (whole.length > 12) return Number.POSITIVE_INFINITY;
  return Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
}

function checkRange(cents: number, negative: boolean): AmountResult {
  if (negative && cents > 0) return fail('negative');
  // "-0" is zero, whatever the sign says: telling the biller it is negative would be wrong.
  if (cents === 0) return fail('zero');
  if (!Number.isSafeInteger(cents) || cents > MAX_AMOUNT_CENTS) return fail('too_large');
  return { ok: true, cents };
}

/** 1234 -> "$12.34"; 123456 -> "$1,234.56". */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  // Grouped by hand: the first toLocaleString in a process loads ICU's locale data (about 20 ms
  // of every CLI command).
  const dollars = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}$${dollars}.${rest}`;
}

/** Checks an amount that is already in cents (from a form or an API) against the same limits. */
export function validateCents(cents: number): AmountResult {
  if (!Number.isFinite(cents)) return fail('not_a_number');
  if (!Number.isInteger(cents)) return fail('too_many_decimals');
  if (cents < 0) return fail('negative');
  return checkRange(cents, false);
}

/**
 * The words that mean "all of it" where an amount is typed (a modal's amount field, the CLI's
 * --amount): one list, so every front end accepts the same ones.
 */
export const ALL_AMOUNT_WORDS = ['all', 'all of it', 'everything', 'the rest', 'rest', 'remaining'] as const;

/** Amount text that means everything outstanding (or what is left of a payment). */
export function isAllAmount(text: string | null | undefined): boolean {
  const said = (text ?? '').trim().toLowerCase();
  return (ALL_AMOUNT_WORDS as readonly string[]).includes(said);
}
