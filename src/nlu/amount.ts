/**
 * Finds the amount a biller wrote ("$40", "40 bucks", "forty dollars", "$1k", "writeoff 25 …")
 * and turns it into cents with money.ts, so the same rules (and messages) apply as everywhere.
 */
import { type AmountResult, parseAmount, validateCents, wordsToDollars } from '../domain/money.ts';
import { NUMBER_WORDS } from '../domain/number-words.ts';
import { partOfAmountRefused, shareBefore, shareOfAmount, vagueShareBefore } from './amount-fraction.ts';
import { isKeptAmount } from './amount-kept.ts';
import { withRangesAsThresholds } from './amount-range.ts';
import {
  dashedPairRefused,
  roughBareNumberPattern,
  roughOrAsWritten,
  withAlternativesRefused,
} from './amount-rough.ts';
import { dollarsSaid, spokenAmount } from './amount-spoken.ts';
import { type StoryRole, storyRole } from './amount-story.ts';
import { writtenDateSpan } from './date.ts';

export interface AmountMention {
  readonly start: number;
  /** Where the amount as written ends in the text. */
  readonly end: number;
  readonly result: AmountResult;
  /** Written after "under", "below", "less than": a small-balance threshold, not an amount. */
  readonly isThreshold: boolean;
  /** Written right after a command verb ("writeoff $40", "refund 25"): the amount meant. */
  readonly followsCommand: boolean;
  /** Set aside, not asked: "all but $10", "leave $10", "minus $5" (amount-kept.ts). */
  readonly isKept: boolean;
  /** Told as what happened, not asked: "she paid $50", "her $130 balance" (amount-story.ts). */
  readonly story: StoryRole | null;
  /** A share of the amount written: "half of the $80" (amount-fraction.ts). */
  readonly isShare: boolean;
  /** Read as the top of a range ("between $40 and $50"): the bottom of it (amount-range.ts). */
  readonly rangeLow: AmountResult | null;
}

// Words after a bare number that make it a count, an ordinal, a time or a share, not money. A count
// of what is acted on too ("refund of 2 payments", "the 3 refunds"); plural only, as "40 copay" is
// money.
const NOT_MONEY =
  'st|nd|rd|th|am|pm|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|visits?|charges?|patients?|accounts?|times?|x|percent|pct|payments|pmts|refunds|copays|entries|items';
// Write-offs counted after a command: "undo 2 write-offs" (normalize.ts keeps them plural there).
const COUNTED_WRITE_OFFS = String.raw`writeoffs|wos|w\/os|adjustments|adjs`;
// Words that may follow a number with no space ("$1k", "40bucks", "3rd", "2pm") without making
// it part of a longer token.
const UNIT = String.raw`(?:k|dollars?|bucks?|usd|cents?|${NOT_MONEY})\b`;
// A digit run or a letter glued on ("1e5", "12,34", "$1.2.3", "40for") makes the whole token
// something other than an amount; punctuation before a letter ("$40/visit", "$40-ish") does not
// ("-ish" then says the amount is approximate: findAmountMentions).
const GLUED = String.raw`(?:[.,/-]?\d|(?!${UNIT})[a-z])(?:[.,/-]?\w)*`;
// The whole token, glued part included, so it is judged by money.ts as written. The lookahead
// and back-reference make it atomic: the regex cannot back off to read "1e5" as "1".
const NUMBER = String.raw`(?=(?<token>(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:\s?k\b)?(?:${GLUED})?))\k<token>`;
// "fourty" is a common slip for "forty"; amountOf reads it as such.
const NUMBER_WORD = [...NUMBER_WORDS, 'fourty'].join('|');

// "2 hundred", "1.5 thousand dollars", "$3 grand": digits and a scale word, as said aloud. Read
// first, so that "2" is not read alone ($2) nor "hundred dollars" as $100. Not a count ("2 hundred
// visits").
// "$2 million", "two million dollars", "$3m": read whole, so that a million is never read as the
// number before it ($2); over the $1,000,000 limit, it is refused with that reason.
// What "grand" is before these words: an adjective, not a thousand dollars.
const NOT_GRAND =
  'total|totals|rounds?|opening|jury|prize|scheme|plan|canyon|rapids|central|master|kids?|child|children|sons?|daughters?|parents?|father|mother|ma|pa|piano|slam|tour|finale|old|gesture|entrance';
const SCALED_AMOUNT = new RegExp(
  String.raw`(?<![\w.,/$-])\$?\s?\d{1,3}(?:\.\d{1,2})?\s+(?:hundred|thousand|grand|millions?|mil|billions?)\b(?:\s+(?:dollars?|bucks?|usd)\b)?(?!\s*(?:${NOT_MONEY}|and\s+\d)\b)` +
    String.raw`|(?<![\w.,/-])\$\s?\d{1,3}(?:\.\d{1,2})?\s?(?:m|mm|bn)\b` +
    String.raw`|\b(?:${NUMBER_WORD})(?:[\s-]+(?:${NUMBER_WORD}|and))*\s+(?:millions?|billions?)\b(?:\s+(?:dollars?|bucks?|usd)\b)?` +
    // "two grand", "a grand", "fifteen grand": thousands in words, as "$2k" (not a "grand total",
    // "grand rounds" or "two grand kids").
    String.raw`|\b(?:a|${NUMBER_WORD})(?:[\s-]+(?:${NUMBER_WORD}|and))*\s+grand\b(?![-']|\s*(?:${NOT_GRAND})\b)(?:\s+(?:dollars?|bucks?|usd)\b)?`,
  'g',
);
const MAY_BE_SCALED = /hundred|thousand|grand|million|billion|\$\s?\d[\d.]*\s?(?:m|mm|bn)\b|\bmil\b/;
// "45$", "45 $": the dollar sign written after the number, as many write it.
const DOLLAR_SIGN_LAST = /(?<![\w.,/$-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?\s?\$(?![\w$])/g;
const MAY_HAVE_SIGN_LAST = /\d ?\$/;

// Money in another currency: "£25", "€40", "25 quid", "EUR 40". The practice bills in dollars and the
// rate is not ours to guess, so it is refused with that reason (never read as $25): the form asks.
const FOREIGN_MONEY =
  /[£€¥₹]\s?\d[\d,.]*|(?<![\w.,])\d[\d,.]*\s?(?:[£€¥₹]|(?:quid|pounds?|euros?|gbp|eur)\b)|\b(?:gbp|eur)\s?\d[\d,.]*/g;
const MAY_BE_FOREIGN = /[£€¥₹]|quid|pound|euro|gbp|eur/;
const FOREIGN_REFUSED: AmountResult = {
  ok: false,
  problem: 'not_a_number',
  message:
    'The amount is not in dollars. The practice bills in dollars: enter it in dollars, for example $40.',
};

// Order matters: earlier patterns claim their text first.
const AMOUNT_PATTERNS: readonly RegExp[] = [
  // "a dollar and a quarter", "two bucks and a half", "ten bucks and change": read whole, before the
  // dollars alone are (amount-spoken.ts reads the coin, or refuses what is not exact).
  new RegExp(
    String.raw`(?:\b(?:a|${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?(?:${NUMBER_WORD}))*|(?<![\w.,/$])\d{1,7})\s+(?:dollars?|bucks?)\s+and\s+(?:a\s+)?(?:quarter|half|dime|nickel|change|some change|(?:a )?(?:little )?bit|something)\b`,
    'g',
  ),
  // "12 dollars and 40 cents", or "12 dollars 50" / "12 bucks 05" / "12 dollars 5" with the cents
  // word left out, as said aloud ("twelve dollars five" is $12.05 too): one amount, read before its
  // parts. Without the word, digits that count, date or time something, or start a second amount,
  // are not cents ("40 dollars 15 visits", "12 dollars 5 days ago", "12 dollars 5 oct").
  new RegExp(
    String.raw`(?<![\w.,/$])\d{1,7}\s*(?:dollars?|bucks?)\s*(?:and\s+)?(?:\d{1,2}\s*(?:cents?|¢)|\d{1,2}(?![\w%]|[.,/:-]\d|\s*(?:${NOT_MONEY}|k|dollars?|bucks?|usd|cents?|¢|ago|of|old|yrs?|y\/?o|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b))`,
    'g',
  ),
  // "twelve dollars and fifty cents": the same in words; "twelve dollars fifty" with the cents word
  // left out, unless the words after the dollars count or start something else ("ten dollars two
  // visits", "five dollars twenty dollars").
  new RegExp(
    String.raw`\b(?:a|${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?(?:${NUMBER_WORD}))*\s+(?:dollars?|bucks?)\s+(?:and\s+)?(?:${NUMBER_WORD})(?:[\s-]+(?:${NUMBER_WORD}))*(?:\s+cents?\b|\b(?![\s-]+(?:${NUMBER_WORD})\b|[-'%]|\s*(?:${NOT_MONEY}|k|dollars?|bucks?|usd|hundred|thousand|grand|millions?|billions?)\b))`,
    'g',
  ),
  // "nine dollars 99 cents", "nine dollars 99", "9 dollars ninety-nine cents": dollars in words and
  // cents in digits, or the other way round, one amount (read as "nine dollars" alone, the cents were
  // lost). Digits in words need the cents word; digits after words need it or the guard above.
  new RegExp(
    String.raw`\b(?:${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?(?:${NUMBER_WORD}))*\s+(?:dollars?|bucks?)\s+(?:and\s+)?(?:\d{1,2}\s*(?:cents?|¢)|\d{1,2}(?![\w%]|[.,/:-]\d|\s*(?:${NOT_MONEY}|k|dollars?|bucks?|usd|cents?|¢|ago|of|old|yrs?|y\/?o|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b))` +
      String.raw`|(?<![\w.,/$])\d{1,7}\s*(?:dollars?|bucks?)\s+(?:and\s+)?(?:${NUMBER_WORD})(?:[\s-]+(?:${NUMBER_WORD}))*\s+cents?\b`,
    'g',
  ),
  // "$7 and 25 cents", "$12 and 5 cents": the dollars written with their sign, the cents in words
  // after them, one amount. Read as "$7" alone, the cents were lost.
  /(?<![\w.])\$\s*\d{1,7}\s+and\s+\d{1,2}\s*(?:cents?|¢)/g,
  // "a dollar", "a buck": one dollar ("anything under a dollar"); "a fiver", "a tenner", as said.
  /\ba (?:dollar|buck|fiver|tenner)\b/g,
  // "fifty cents", "ninety-nine cents": cents in words, as "75 cents" in digits.
  new RegExp(String.raw`\b(?:${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?(?:${NUMBER_WORD}))*\s+cents?\b`, 'g'),
  // "75 cents", "1250 cents", "1,250 cents" before anything else reads the number as dollars.
  /(?<![\w.,/$])(?:\d{1,3}(?:,\d{3})+|\d{1,9})\s*(?:cents?|¢)/g,
  // "$40", "-$20", "$-20", "$1,234.50", "$1k". A minus is one only written against the "$": a dash
  // with a space after it separates ("Bob Smith 2/5 — $25 — bad debt" is $25; normalize.ts makes
  // every dash " - ").
  new RegExp(String.raw`(?<![\w.])(?:[-−](?=\$))?\$\s*[-−]?\s*(?:${NUMBER})`, 'g'),
  // "USD 40", "usd40": the currency written first.
  new RegExp(String.raw`(?<![\w.])usd\s?(?:${NUMBER})`, 'g'),
  // "40 dollars", "40 bucks", "1.5k usd"
  new RegExp(String.raw`(?<![\w.,/$-])[-−]?(?:${NUMBER})\s*(?:dollars?|bucks?|usd)\b`, 'g'),
  // "forty dollars", "a hundred bucks", "twenty-five dollars"
  new RegExp(
    String.raw`\b(?:a\s+)?(?:${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?(?:${NUMBER_WORD}))*\s+(?:dollars?|bucks?)\b`,
    'g',
  ),
  // A bare number labelled as the amount: "writeoff for Mrs. Anne-Marie Dubois the amount 18",
  // "amount: 18", "amt of 18.50". The label says it is money as a unit would. Not a command
  // line's flag ("--amount 40"), which the text only quotes.
  new RegExp(
    String.raw`(?=[\d.])(?<=(?<![\w-])(?:amount|amt)(?:\s+(?:of|is|was)\s+|\s*[:=]\s*|\s+))${NUMBER}(?![:%/]|\s*(?:${NOT_MONEY})\b)`,
    'g',
  ),
  // A bare number after a rough word where money goes: "write off around 30" (refused, amount-rough.ts).
  roughBareNumberPattern(NOT_MONEY),
  // A bare number told as owed: "April Small owes 12, write it off", "he still owes 7.50". Owing
  // says it is money as a unit would; a count or a date after it stays none ("owes 2 visits").
  new RegExp(
    String.raw`(?=[\d.])(?<=\b(?:owes|owed|owing)\s+(?:us\s+|me\s+)?)${NUMBER}(?![:%/]|\s*(?:${NOT_MONEY})\b)`,
    'g',
  ),
  // A bare number right after a command or at the very start (slash-command text "25 jane"). The
  // command may be named as a noun: "partial refund of 12.50 for Mohammed Aziz", "a writeoff of 40".
  // What is left may be said between: "write off the leftover 7.25", "refund the remaining 12".
  // Not a count of write-offs ("undo 2 write-offs", "reverse the 3 wos"): a number of them is no sum.
  // "ref 35 bob smith": "ref" for refund where it opens the text or a clause.
  new RegExp(
    String.raw`(?:^|(?<=\b(?:writeoff|refund|reverse|undo|waive|(?:adjust|adj) off)\s+(?:the\s+|a\s+|another\s+|of\s+)?(?:(?:leftover|remaining|outstanding|last|final)\s+)?)|(?<=(?:^|[,.;:!?] |\s-\s)ref\s+))` +
      `[-−]?${NUMBER}` +
      String.raw`(?![:%]|\s*(?:${NOT_MONEY}|${COUNTED_WRITE_OFFS})\b)`,
    'g',
  ),
];

// A number with no unit, which only its place can make an amount: never a count, a time, an
// age ("under 10 days", "under 18 yo") or part of a longer token ("10/3", "10am").
const BARE_NUMBER = new RegExp(
  String.raw`(?<![\w.,/$-])\d{1,7}(?:\.\d{1,2})?(?![\w%]|[.,/:-]\d|\s*(?:${NOT_MONEY}|y\/?o|yrs?|old)\b)`,
  'g',
);

// A number in words right after the command, with no unit: "write off forty for Hope", "refund
// twenty-five to Bob", as a digit there is read. Not a count or a time ("forty patients", "forty-five
// minute"), "two of her charges", or a number cut short ("twenty" of "twenty five minutes": the
// lookahead refuses a further number word, so backing off cannot pass it). Group 1 is the number.
// Two steps, the command and then the number where it ends (sticky): one pattern with both was
// ten times slower, trying every number word wherever a command was written.
const COMMAND_THEN_WORD =
  /\b(?:writeoff|refund|reverse|undo|waive|(?:adjust|adj) off)\s+(?:the\s+|another\s+|of\s+)?(?=[a-z])/g;
const NUMBER_IN_WORDS_HERE = new RegExp(
  String.raw`((?:a\s+)?(?:${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?(?:${NUMBER_WORD}))*)\b` +
    String.raw`(?![-'%]|\s+(?:and\s+)?(?:${NUMBER_WORD})\b|\s*(?:${NOT_MONEY}|k|dollars?|bucks?|cents?|usd|writeoffs?|refunds?|payments?|pmts?|balances?|bills?|claims?|items?|entries|people|pts)\b|\s+of\s+(?:them|those|these|(?:the|her|his|their)\s+(?:\w+\s+)?\w+s)\b)`,
  'y',
);
// "one" after the command is a charge or a visit far more often than a dollar ("undo one").
const NOT_AN_AMOUNT_WORD = /^(?:a\s+)?one$/;

// A procedure code, written bare: five digits ("99213", "80053") or four and a letter ("0001U"; one
// with the letter first, "G0439", is a word and never read as a number). Read as money, "w/o the
// 99213 balance in full" wrote off $99,213. An amount that large is written with "$" or a comma.
const PROCEDURE_CODE = /^(?:\d{5}|\d{4}[a-z])$/i;

/** Whether a number as written is a procedure code, never an amount. */
export function isProcedureCode(written: string): boolean {
  return PROCEDURE_CODE.test(written);
}

// A number split by a space (or a thin or non-breaking one): "$5 000", "10 000", "$40 5". Space is
// no digit-group separator in the amounts a biller writes (DOMAIN.md section 1), and read up to the
// space, "$5 000" wrote off $5: it is refused as unclear, saying how to write it. Not a number after
// the amount that counts, dates or times something ("$40 5 days ago", "$40 3 oct", "$40 10/3", "$40
// 3pm"), nor an id or code of four digits or more ("$40 99213"), nor a date the date finder claimed.
const SPACE = '[ \\u00a0\\u2009\\u202f]';
const COUNTED = String.raw`${NOT_MONEY}|payment|copays?|charge|ago|of|y\/?o|yrs?|old|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*`;
const GROUPS_AFTER = new RegExp(
  String.raw`^(?:${SPACE}\d{1,3}(?!\d))+(?:\.\d{1,2})?(?![\w%]|[.,/:-]\d|${SPACE}*(?:${COUNTED})\b)`,
  'iu',
);
// The number a trailing group belongs to: "5 000" of "5 000 dollars", read from "000 dollars".
const GROUPS_BEFORE = new RegExp(String.raw`(?<![\w.,/-])\$?\d{1,3}(?:${SPACE}\d{3})*${SPACE}$`, 'u');
// "$5 000", "1 250 000.50 dollars": groups of three, as a thousands separator would part them.
const THOUSANDS_SPACED = new RegExp(
  String.raw`^(?:\$|usd\s?)?(\d{1,3}(?:${SPACE}\d{3})+(?:\.\d{1,2})?)(?:\s*(?:dollars?|bucks?|usd))?$`,
  'iu',
);

function spacedRefused(written: string): AmountResult {
  const grouped = THOUSANDS_SPACED.exec(written)?.[1];
  const how =
    grouped === undefined
      ? 'a space splits it into two numbers. Enter the exact amount as one number, for example 40.50 or $1,250'
      : `a space is not a thousands separator. Write it with a comma, for example $${grouped.replace(new RegExp(SPACE, 'gu'), ',')}`;
  return { ok: false, problem: 'not_a_number', message: `The amount "${written}" is unclear: ${how}.` };
}

/**
 * The whole number when the amount written from `start` to `end` is one part of a number split by
 * spaces ("$5" of "$5 000", "000 dollars" of "5 000 dollars"), refused; null when it is not.
 * `isClaimed` says what the date finder read: "oct 3 100 dollars" is a date and $100.
 */
function spacedNumber(
  text: string,
  start: number,
  end: number,
  isClaimed: (start: number, end: number) => boolean = () => false,
): { readonly start: number; readonly end: number; readonly result: AmountResult } | null {
  const written = text.slice(start, end);
  const after = /\d$/.test(written) ? GROUPS_AFTER.exec(text.slice(end))?.[0] : undefined;
  const before = /^\d{3}(?!\d)/.test(written) ? GROUPS_BEFORE.exec(text.slice(0, start))?.[0] : undefined;
  const from =
    before === undefined || isClaimed(start - before.length, start) ? start : start - before.length;
  const to = after === undefined || isClaimed(end, end + after.length) ? end : end + after.length;
  if (from === start && to === end) return null;
  return { start: from, end: to, result: spacedRefused(text.slice(from, to)) };
}

const FOURTY_TYPO = /fourty/g;
const CENTS = /^(\d{1,3}(?:,\d{3})+|\d{1,9})\s*(?:cents?|¢)$/;
const CENTS_IN_WORDS = /^([a-z][a-z\s-]*?)\s+cents?$/;

const USD_FIRST = /^usd\s?/;
// "$1.250,00": thousands grouped by points and the cents after a comma, as much of Europe writes
// money. Read only in that unambiguous form: no other way of writing has a group of three after a
// point and two digits after a comma. "40,50" alone stays unread: it may be two numbers.
const EUROPEAN_GROUPED = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+),(\d{2})(?![\d.,])/;
// The cents word may be left out ("12 dollars 50"): AMOUNT_PATTERNS then asks for two digits.
const DOLLARS_AND_CENTS = /^(\d{1,7})\s*(?:dollars?|bucks?)\s*(?:and\s+)?(\d{1,2})\s*(?:cents?|¢)?$/;
const SIGNED_DOLLARS_AND_CENTS = /^\$\s*(\d{1,7})\s+and\s+(\d{1,2})\s*(?:cents?|¢)$/;
const ONE_DOLLAR = /^a (?:dollar|buck)$/;
const BANKNOTES: Readonly<Record<string, number>> = { 'a fiver': 500, 'a tenner': 1000 };
const SPOKEN_DOLLARS_AND_CENTS = /^(.+?)\s+(?:dollars?|bucks?)\s+(?:and\s+)?(.+?)(?:\s+cents?)?$/;

// "2 hundred", "$3m", "two million": digits and any scale word; words only with a million or more
// (money.ts reads "a hundred" and "two thousand" whole).
const SCALED =
  /^\$?\s?(?:(\d{1,3}(?:\.\d{1,2})?)\s*(hundred|thousand|grand|millions?|mil|mm|m|billions?|bn)|([a-z][a-z\s-]*?)\s+(millions?|billions?|grand))\b/;
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1000,
  grand: 1000,
  million: 1_000_000,
  millions: 1_000_000,
  mil: 1_000_000,
  mm: 1_000_000,
  m: 1_000_000,
  billion: 1_000_000_000,
  billions: 1_000_000_000,
  bn: 1_000_000_000,
};
const DOLLAR_SIGN_AFTER = /\s?\$$/;

// "$40ish", "40ish bucks", "$40-ish": a sum given as roughly so much. Refused like any amount
// money.ts cannot read, but saying why, so the biller gives the exact one rather than retyping
// "$40ish" (and "$40-ish" is not taken for exactly $40).
const APPROXIMATE = /\d\s?ish\b/;

function approximateRefused(written: string): AmountResult {
  const digits = /\d[\d,.]*/.exec(written)?.[0] ?? '40';
  return {
    ok: false,
    problem: 'not_a_number',
    message: `The amount "${written}" is approximate. Enter the exact amount, for example $${digits}.`,
  };
}

// Only words can be said aloud: most amounts are digits, and skip this.
const MAY_BE_SPOKEN = /^[a-z$\d][a-z\s-]*[a-z]$/;

function amountOf(written: string): AmountResult {
  if (APPROXIMATE.test(written)) return approximateRefused(written);
  // "fifteen hundred", "forty five fifty", "a dollar and a quarter" (amount-spoken.ts).
  const aloud = MAY_BE_SPOKEN.test(written) ? spokenAmount(written) : null;
  if (aloud) return aloud;
  const pair = written.includes('-') ? dashedPairRefused(written) : null;
  if (pair) return pair;
  const scaled = MAY_BE_SCALED.test(written) ? SCALED.exec(written) : null;
  if (scaled) {
    // "a grand": one thousand.
    const base: AmountResult =
      scaled[3] === 'a' ? { ok: true, cents: 100 } : parseAmount(scaled[1] ?? scaled[3] ?? '');
    const cents = base.ok ? base.cents * (SCALES[scaled[2] ?? scaled[4] ?? ''] ?? 1) : 0;
    // validateCents refuses what is over the limit, an unsafe integer too ("two billion").
    return base.ok ? validateCents(Number.isSafeInteger(cents) ? cents : Number.MAX_SAFE_INTEGER + 1) : base;
  }
  const raw = written
    .replace(DOLLAR_SIGN_AFTER, '')
    .replace(USD_FIRST, '')
    .replace(EUROPEAN_GROUPED, (_, whole: string, cents: string) => `${whole.replace(/\./g, '')}.${cents}`);
  const cents = CENTS.exec(raw);
  // "1250 cents" is $12.50: a count of cents, checked against the same limits as any amount.
  if (cents) return validateCents(Number((cents[1] ?? '').replace(/,/g, '')));
  const both = DOLLARS_AND_CENTS.exec(raw) ?? SIGNED_DOLLARS_AND_CENTS.exec(raw);
  if (both) return parseAmount(`${both[1]}.${(both[2] ?? '').padStart(2, '0')}`);
  if (ONE_DOLLAR.test(raw)) return { ok: true, cents: 100 };
  const note = BANKNOTES[raw];
  if (note !== undefined) return { ok: true, cents: note };
  const spoken = SPOKEN_DOLLARS_AND_CENTS.exec(raw);
  if (spoken) {
    const dollars = dollarsSaid(spoken[1] ?? '');
    const cents = dollarsSaid(spoken[2] ?? '');
    if (dollars === null || cents === null || cents > 99) return parseAmount(raw);
    return parseAmount(`${dollars}.${String(cents).padStart(2, '0')}`);
  }
  const centsInWords = CENTS_IN_WORDS.exec(raw.replace(FOURTY_TYPO, 'forty'));
  if (centsInWords) {
    const count = wordsToDollars(centsInWords[1] ?? '');
    return count === null ? parseAmount(raw) : validateCents(count);
  }
  return parseAmount(raw.replace(FOURTY_TYPO, 'forty'));
}
// "under $5", "threshold of $5", and a batch run at an amount ("the small balance sweep at five
// dollars", "batch at $3"): what a batch clears is below it. Joined by a hyphen as a compound
// before its noun: "the under-$2 balances", "sub-$5 bals".
const THRESHOLD_BEFORE =
  /(?:under|below|(?:less|lower|smaller) th[ae]n|beneath|up to|at most|no more than|max(?:imum)?(?: of)?|<=?|threshold(?: of| at| is)?|cut-?off(?: of| at| is)?|\b(?:batch|sweep) at|\bsub(?=-))(?:\s*|-)$/;
const THRESHOLD_AFTER = /^\s*(?:or|and) (?:less|under|below|lower|smaller)\b/;
const COMMAND_BEFORE =
  /\b(?:writeoff|refund|reverse|undo|waive|(?:adjust|adj) off)\s+(?:the\s+|a\s+|another\s+|of\s+)?$/;
// What was meant in place of what happened: "wrote off her whole balance instead of just the $10,
// undo it", "refund $20 rather than the $50". The amount named there is not the one the request is
// about: read as it, the undo was keyed to a $10 write-off that does not exist.
// So is an amount ruled out: "undo the write off on Bob Smith — not the $40 one, the $25 one",
// "refund $15, not $50", "the $25 w/o (not $40)".
const INSTEAD_OF_BEFORE =
  /\b(?:instead of|rather than|in place of|not)\s+(?:just\s+|only\s+)?(?:(?:the|her|his|their|a|that|this)\s+)?$/;

// A list's numbering: "1) w/o 2) jane doe 3) $18", "1. write off 2. $18 3. Bob Smith". Each marker
// opens the text or follows a space or a separator, and the list counts up from 1.
const LIST_MARKER = /(?<=^|[\s,;])(\d{1,2})[.)](?=\s)/g;

/**
 * The text with a list's numbers blanked out (same length, so places stay), when it numbers at least
 * two items 1, 2, … in order: a marker is never an amount ("2)" was read as $2), nor the cents or
 * thousands of the amount before it ("$18 3.").
 */
function withoutListMarkers(lower: string): string {
  if (!/\d[.)]\s/.test(lower)) return lower;
  const markers = [...lower.matchAll(LIST_MARKER)];
  if (markers.length < 2 || !markers.every((m, i) => Number(m[1]) === i + 1)) return lower;
  let blanked = lower;
  for (const m of markers) {
    blanked = `${blanked.slice(0, m.index)}${' '.repeat(m[0].length)}${blanked.slice(m.index + m[0].length)}`;
  }
  return blanked;
}

function unclearSpokenRefused(words: string): AmountResult {
  return {
    ok: false,
    problem: 'not_a_number',
    message: `The amount "${words}" is unclear. Enter it in digits, for example $12.50 or $1,250.`,
  };
}

/** Every amount written in the (lower-cased, normalized) text, in order of appearance. */
export function findAmountMentions(given: string): AmountMention[] {
  // "1) w/o 2) jane doe 3) $18": the list's numbers are no amounts.
  const lower = withoutListMarkers(given);
  // The date finder reads first: "2025-10-03" and "10/3" are dates, never amounts.
  const dateSpan = writtenDateSpan(lower);
  const claimed: Array<readonly [number, number]> = dateSpan ? [dateSpan] : [];
  const mentions: AmountMention[] = [];
  const overlaps = (start: number, end: number) => claimed.some(([s, e]) => start < e && end > s);
  const add = (at: number, text: string, read: AmountResult) => {
    // "$5 000": the whole number split by a space, refused (never read as "$5").
    const spaced = spacedNumber(lower, at, at + text.length, overlaps);
    const written = spaced?.start ?? at;
    const raw = spaced ? lower.slice(spaced.start, spaced.end) : text;
    const amount = spaced?.result ?? read;
    // Claimed ranges keep "$40" from also being read as the bare number "40".
    const end = written + raw.length;
    if (overlaps(written, end)) return;
    claimed.push([written, end]);
    if (isProcedureCode(raw)) return;
    // "$40-ish": the hyphen keeps "ish" out of the number, not out of what it says.
    // "about $20", "~$25", "$40 or so": a rough sum, refused as "$40ish" is (amount-rough.ts).
    const asked = lower.startsWith('-ish', end)
      ? approximateRefused(`${raw}-ish`)
      : roughOrAsWritten(lower, written, end, amount);
    // "half of the $80": the mention is the share, and starts where the share is written. "Some of
    // the $80" is a share too, of a size not said: no amount at all.
    const share = shareBefore(lower, written);
    const vague = share ? null : vagueShareBefore(lower, written);
    const start = share?.at ?? vague ?? written;
    const result = share
      ? shareOfAmount(asked, share.fraction)
      : vague !== null
        ? partOfAmountRefused(asked)
        : asked;
    const before = lower.slice(Math.max(0, start - 24), start);
    if (
      (before.includes('instead') ||
        before.includes('rather') ||
        before.includes('place of') ||
        before.includes('not')) &&
      INSTEAD_OF_BEFORE.test(before)
    )
      return;
    const isThreshold = THRESHOLD_BEFORE.test(before) || THRESHOLD_AFTER.test(lower.slice(end, end + 16));
    mentions.push({
      start,
      end,
      result,
      isThreshold,
      followsCommand: COMMAND_BEFORE.test(before),
      isKept: !isThreshold && isKeptAmount(lower, start, end),
      story: isThreshold ? null : storyRole(lower, start, end),
      isShare: share !== null || vague !== null,
      rangeLow: null,
    });
  };
  if (MAY_BE_FOREIGN.test(lower)) {
    for (const match of lower.matchAll(FOREIGN_MONEY)) add(match.index, match[0], FOREIGN_REFUSED);
  }
  // Both rare, so looked for only when their mark is in the text; read before AMOUNT_PATTERNS.
  const rare = [
    MAY_BE_SCALED.test(lower) ? SCALED_AMOUNT : null,
    MAY_HAVE_SIGN_LAST.test(lower) ? DOLLAR_SIGN_LAST : null,
  ];
  for (const pattern of [...rare, ...AMOUNT_PATTERNS]) {
    if (pattern === null) continue;
    for (const match of lower.matchAll(pattern)) add(match.index, match[0], amountOf(match[0]));
  }
  // Only a number money.ts reads whole: with no unit, "twelve fifty" is not sure to be money.
  for (const command of lower.matchAll(COMMAND_THEN_WORD)) {
    const at = command.index + command[0].length;
    NUMBER_IN_WORDS_HERE.lastIndex = at;
    const words = NUMBER_IN_WORDS_HERE.exec(lower)?.[1];
    const result = words === undefined ? null : amountOf(words);
    if (words !== undefined && result?.ok && !NOT_AN_AMOUNT_WORD.test(words)) add(at, words, result);
    // "write off twelve fifty": $12.50 or $1,250, said aloud. Refused, saying so, rather than left unread.
    else if (words !== undefined && result && !result.ok && /^[a-z]+[\s-]+[a-z]/.test(words))
      add(at, words, unclearSpokenRefused(words));
  }
  // A bare number after "under", "below", "less than" (or before "or less") is a threshold ("small
  // bal batch under 10"). Read last: what the patterns above claimed stays theirs.
  for (const match of lower.matchAll(BARE_NUMBER)) {
    const end = match.index + match[0].length;
    if (
      THRESHOLD_BEFORE.test(lower.slice(Math.max(0, match.index - 24), match.index)) ||
      THRESHOLD_AFTER.test(lower.slice(end, end + 16))
    )
      add(match.index, match[0], parseAmount(match[0]));
  }
  // "30 or 40 bucks", "$20 to $30": neither is the amount (amount-rough.ts).
  return withAlternativesRefused(
    lower,
    withRangesAsThresholds(
      lower,
      mentions.sort((a, b) => a.start - b.start),
    ),
  );
}

/**
 * A bare number written at `at` and read as an amount, as one right after a command is ("no wait,
 * 150"): not a count, an ordinal or a time (NOT_MONEY), nor a procedure code. Null when none is.
 */
export function bareAmountAt(lower: string, at: number): AmountMention | null {
  const bare = new RegExp(String.raw`^[\s,:]*(\d[\d,]*(?:\.\d{1,2})?)(?![\d/%-]|\s*(?:${NOT_MONEY})\b)`).exec(
    lower.slice(at),
  );
  const written = bare?.[1];
  if (!bare || !written || isProcedureCode(written)) return null;
  const start = at + bare[0].length - written.length;
  const spaced = spacedNumber(lower, start, start + written.length);
  return {
    start: spaced?.start ?? start,
    end: spaced?.end ?? start + written.length,
    result: spaced?.result ?? amountOf(written),
    isThreshold: false,
    followsCommand: true,
    isKept: false,
    story: null,
    isShare: false,
    rangeLow: null,
  };
}

/**
 * The amount a request is about: one written after the command if any, else the first one the
 * text asks rather than tells ("she paid $50 at the desk, w/o the remaining $15" is $15: the $50
 * is the story), else the first one.
 */
export function chooseAmount(mentions: readonly AmountMention[]): AmountMention | null {
  const amounts = mentions.filter((m) => !m.isThreshold);
  return amounts.find((m) => m.followsCommand) ?? amounts.find((m) => m.story === null) ?? amounts[0] ?? null;
}

/** The small-balance threshold ("every balance under $5"), if one was written. */
export function chooseThreshold(mentions: readonly AmountMention[]): AmountMention | null {
  return mentions.find((m) => m.isThreshold) ?? null;
}

// Billers' shorthand for what is left, or all of it: "w/o rem bal", "rem PR", "the rem", "rmng bal",
// "100% bal", "100% of the balance". "rem" alone is no word of ours ("REM sleep study").
const REMAINING_SHORTHAND = String.raw`(?:rem|rmn?g|remng|remain)\.? (?:bal|balance|pr|amt|amount|patient responsibility)|the rem(?=$|[\s,.;:!?)-])|100\s?(?:%|percent|pct) (?:of )?(?:the |her |his |their )?(?:bal|balance|pr|amt|amount|patient responsibility)`;
// Who owes it, as "whatever she still owes" names them.
const OWER = '(?:she|he|they|the (?:patient|pt)|pt)';
// "the rest", "all of it", "the remaining balance", "all of Jane's balance", "her whole balance",
// "all of Gerald Pike's PT sessions balance", "all of her well-child visits balance", "all of the
// MRI co-insurance balance": what the balance was for, up to three words, between whose and it.
const SERVICE_BEFORE_ALL = String.raw`(?:(?!(?:and|or|but|not|except|under|over|below|above|than|less|more)\b)[^\s,.;:$\d]+ ){0,3}?`;
// "whatever he still owes", "whatever is left" ("whatevers left" as typed), "what they still owe",
// "in full" (not "paid in full", which tells how a balance was settled: prompt pay), and "write it
// all off", "refund that all", "waive it all": the whole of it as the verb's object.
const ALL_OF_IT = new RegExp(
  String.raw`\b(?:${REMAINING_SHORTHAND}|the rest|rest of|all of it|all of (?:the|her|his|their|it|[^\s,]+(?: [^\s,]+)?'s?) ${SERVICE_BEFORE_ALL}(?:balance|pr|amount|charges?|patient responsibility)|remaining|remainder|what'?s left|whatever(?:'?s| is)? (?:still )?(?:left|open|outstanding|owed|owing|due|remaining)|whatever ${OWER} (?:still )?(?:owes?|has (?:left|open|outstanding))|what ${OWER} still owes?|whatever (?:[^\s,]+ ){1,3}?still owes?|what(?:'s| is) still (?:open|owed|outstanding|due)|what(?:ever)? remains|whole (?:balance|bal|amount|thing|pr)|entire|full (?:balance|bal|amount|pr)|(?:balance|pr) in full|(?<!\b(?:paid|pays?|paying|pd|settled)\b[^,.;!?]{0,30})in full|everything|all (?:she|he|they) owes?|all (?:the|her|his|their) (?:balance|pr)|(?:write|writeoff|refund|waive|forgive|comp|wipe|zero|knock|take) (?:it|that|this|them) all)\b`,
);
// "write off her balance", "the PR for Jane", "the 99213 balance", "the G0439 PR": a whole balance
// when no amount was written; a procedure code may say whose charge's, and so may the service the
// charge was for ("the MRI balance", "her ER balance", "his office visit PR").
const SERVICE_OF_BALANCE =
  '(?:mri|ct|cat scan|x-?ray|xr|labs?|lab work|bloodwork|er|ed|urgent care|(?:office )?visit|surgery|therapy|pt|ot|dental|crown|filling|cleaning|ultrasound|scan|ekg|ecg|physical|consult|procedure|ambulance|anesthesia|hospital|colonoscopy|mammogram|biopsy|injection)';
// "the outstanding balance", "her unpaid balance", "the entire PR": a word of how the balance stands
// or how much of it, before it, still names the whole.
const STANDING_OF_BALANCE =
  '(?:outstanding|open|unpaid|entire|whole|full|total|current|existing|overdue|past[- ]due)';
const WHOLE_BALANCE = new RegExp(
  String.raw`\b(?:the|her|his|their|[^\s,]+'s?) (?:${STANDING_OF_BALANCE} )?(?:(?:\d{5}|\d{4}[a-z]|[a-z]\d{4}|${SERVICE_OF_BALANCE}) )?(?:balance|pr|patient responsibility|bal)\b`,
);

// "all" where the amount goes: "/writeoff all Jane Doe", "write off all for Jane" (not "all balances under $5").
// So is "all" as an amount field's value: "amount: all", "amt - all", "amount = the rest".
const ALL_AS_AMOUNT =
  /(?:^|\bwriteoff |\b(?:amount|amt)\s*(?:[:=]|-)\s*)(?:all|rest|the rest|everything|(?:the )?(?:full|whole|entire) (?:balance|bal|amount))(?=$|[ ,;/|.])(?! (?:balances|accounts|patients|charges|of)\b)/;

// What follows "the rest" when it is itself an amount: "the remaining $30", "the rest, $30".
const AMOUNT_NEXT = /^[\s,:-]*(?:(?:balance|bal)\s+)?(?:of\s+)?(?:\$\s?)?\d/;

/**
 * Where "the rest" (or "whatever is left", "the remaining balance") is asked as the amount itself,
 * no figure after it; -1 when it is not.
 */
export function allOfItAsked(lower: string): number {
  const match = ALL_OF_IT.exec(lower);
  if (!match || AMOUNT_NEXT.test(lower.slice(match.index + match[0].length))) return -1;
  return match.index;
}

// "w/o bal lena ortiz charity", "write off balance for Jane": the balance as the verb's object with
// no article is the whole of it too, as "write off the balance" is (not "balances under $5").
const BARE_BALANCE_WRITTEN_OFF =
  /\b(?:write[\s-]?off|w\/o|writeoff) (?:bal|balance|pr)\b(?![\s,]*(?:under|below|less|over|of|<|\$|\d))/;

export function mentionsAllOfIt(lower: string, hasAmount: boolean): boolean {
  if (ALL_OF_IT.test(lower) || ALL_AS_AMOUNT.test(lower)) return true;
  return !hasAmount && (WHOLE_BALANCE.test(lower) || BARE_BALANCE_WRITTEN_OFF.test(lower));
}

// A bare number right after the patient's name: "refund Bob Smith 75", "w/o Jane Roe 15 small bal".
// Not a date ("10/2", "Arturo's 3 Oct charge"), a time, a count ("3 visits") or part of a longer token.
const MONTH_AFTER = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const NUMBER_AFTER_NAME = new RegExp(
  String.raw`^(?:'s)?\s*,?\s*(\$?\d{1,7}(?:\.\d{1,2})?)(?!\d|[.,/:-]\d|%|\s*(?:${NOT_MONEY}|payments?|${MONTH_AFTER})\b)(?!\p{L})`,
  'iu',
);

// "all", "rest" or "the rest" right after the patient's name, where the amount goes: "/writeoff
// Tom Baker all small balance".
const ALL_AFTER_NAME = /^(?:'s)?\s*,?\s*(?:all|(?:the )?rest|remaining)(?=$|[\s,.;])/i;

/** The text after the patient's name as written, or null when the name is not in it. */
function textAfterName(text: string, patient: string): string | null {
  const at = text.indexOf(patient);
  return at < 0 ? null : text.slice(at + patient.length);
}

/** Whether everything outstanding is asked for right after the patient's name. */
export function allAfterName(text: string, patient: string): boolean {
  const after = textAfterName(text, patient);
  return after !== null && ALL_AFTER_NAME.test(after);
}

/** The amount written as a bare number right after the patient's name, if any. */
export function amountAfterName(text: string, patient: string): AmountResult | null {
  const after = textAfterName(text, patient);
  const match = after === null ? null : NUMBER_AFTER_NAME.exec(after);
  if (after === null || !match?.[1] || isProcedureCode(match[1])) return null;
  const end = match[0].length;
  return spacedNumber(after, end - match[1].length, end)?.result ?? parseAmount(match[1]);
}
