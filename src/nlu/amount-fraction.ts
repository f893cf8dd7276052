/**
 * A share of an amount: "half of the $80 balance", "half the $80", "a third of $90", "50% of $80",
 * "25 percent of the $200". The amount asked is the share, worked out in integer cents: read as the
 * amount written, "write off half of the $80 balance" wrote off $80, twice what was meant.
 *
 * A share of a whole that is not written ("half of the balance", "half of what's left", "50% of her
 * PR") asks for part of the balance, whose size the text does not say: neither an amount nor all of
 * it, so the form asks (parse.ts). Read as "the balance", it wrote off all of it.
 */
import { type AmountResult, validateCents } from '../domain/money.ts';

export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

// "half", "a half", "a third", "two thirds", "a quarter", "three fourths", "a fifth", "a tenth",
// "50%", "25 percent", "12.5 pct", "1/2" (a date only when no "of" follows: date.ts).
const SHARE_WORD = String.raw`(?:(?:a|one)\s+)?half|(?:a|one|two)\s+thirds?|(?:a|one|three)\s+(?:quarters?|fourths?)|(?:a|one)\s+(?:fifth|tenth)`;
const PERCENT = String.raw`\d{1,3}(?:\.\d{1,2})?\s?(?:%|percent|pct)`;
const SLASHED = String.raw`[1-9]\/(?:10|[2-9])(?=\s+of\b)`;
const SHARE = `(?:${SHARE_WORD}|${PERCENT}|${SLASHED})`;
// The cheap look that spares the share patterns on most texts.
const MAY_HAVE_SHARE = /half|third|quarter|fourth|fifth|tenth|%|percent|pct|\d\/\d/;

// Words that may stand between the share and the amount ("half of the $80", "half her balance of
// $80", "half of mei lin's $80"), but no punctuation and no word that starts something else ("half
// and refund $20", "half for jane, $20 for bob").
const BETWEEN_WORD = String.raw`(?!(?:and|or|plus|then|but|for|to|on|from|refund\w*|writeoff\w*|cancel\w*|undo)\b)[\p{L}'-]+`;
// A share taken off an amount is that share of it too: "25% off his $200 bill" is $50 off, and so is
// one on it or a discount of it ("10% on Ed Walsh's $400 CT", "a 10% discount of the $400").
// The whole may be named by its owner ("10% prompt pay discount on Sheila Grant's $350 balance"), and
// the share by what it is ("a 100% write-off of her $365 balance"): a write-off or refund named so is
// one only with "of" or "on" after it, never "half writeoff $20".
// The owner may be named surname first ("50% of Chen, Lee's $90 payment").
const OWNER = String.raw`(?:(?:the|her|his|their|that|this)\s+|(?:[\p{L}-]+,?\s+){0,2}[\p{L}-]+'s?\s+)`;
const SHARE_INTO_AMOUNT = new RegExp(
  String.raw`\b(${SHARE})\s+(?:(?:off|on|of)\s+)?(?:${BETWEEN_WORD}\s+){0,3}?(?:(?:writeoff|refund|adjustment|adj)\s+(?:of|on)\s+${OWNER}?|(?:(?:of|on|off)\s+${OWNER}?)?)$`,
  'u',
);

// The whole a share is taken of, when no amount is written: "half of the balance", "50% of her PR",
// "half of it", "a third of what's left", "half the rest".
const MONEY_WHOLE = `(?:balance|bal|pr|amount|rest|remainder|remaining|total|bill|charges?|copay|co-pay|coinsurance|deductible|outstanding|payment|pmt|writeoff)`;
const SHARE_OF_UNSTATED = new RegExp(
  String.raw`\b(${SHARE})\s+(?:of\s+)?(?:it\b|that\b|this\b|what(?:ever)?\b|the\s+rest\b|(?:the|her|his|their|its|that|this|(?:[\p{L}-]+,?\s+){0,2}[\p{L}-]+'s?)\s+(?:[\p{L}-]+\s+){0,2}?${MONEY_WHOLE}\b)`,
  'gu',
);
// A share asked with no whole after it: "write off half", "refund 50% for Jane Doe". What it is half
// of may be an amount told elsewhere ("she owes $80, write off half"), which is then not the amount.
// Not a percent that names the discount ("w/o 10% prompt pay disc for Lee Chen, $14"): that tells
// which discount it is, and the dollars written beside it are the amount.
const SHARE_ALONE = new RegExp(
  String.raw`\b(?:writeoff|refund|waive|forgive|comp|knock|take|discount)\s+(?:off\s+)?(?:${SHARE})(?!\s+(?:of\b|(?:the|her|his|their|that|this|its)\b|\$|\d|(?:[a-z-]+\s+){0,3}?disc(?:ount)?s?\b))`,
);

// A part of no stated size: "some of Jane Doe's balance", "part of her PR", "a bit of the rest",
// "a portion of it". Neither all of it nor any amount: the form asks how much.
const VAGUE_SHARE = String.raw`(?:some|part|(?:a|one)\s+(?:little\s+)?(?:part|bit|portion|piece|chunk|fraction|little)|a\s+small\s+(?:part|portion|amount))`;
const VAGUE_SHARE_OF_UNSTATED = new RegExp(
  String.raw`\b${VAGUE_SHARE}\s+of\s+(?:it\b|that\b|this\b|what(?:ever)?\b|the\s+rest\b|(?:the|her|his|their|its|that|this|(?:[\p{L}-]+,?\s+){0,2}[\p{L}-]+'s?)\s+(?:[\p{L}-]+\s+){0,2}?${MONEY_WHOLE}\b)`,
  'gu',
);
const MAY_HAVE_VAGUE_SHARE = /\b(?:some|part|bit|portion|piece|chunk|fraction|little) of\b/;
// A share told as what happened, not asked: "she paid half of it", "insurance covered 80% of the bill".
const TOLD_BEFORE =
  /\b(?:paid|pd|pays|paying|covered|covers|collected|allowed|owes?|owed|owing)\s+(?:(?:only|just|already|about|roughly)\s+)?$/;

const SHARE_WORDS: Readonly<Record<string, number>> = {
  half: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  tenth: 10,
};
const NUMERATOR_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

/** The share as a fraction of whole numbers ("12.5%" is 1250/10000), or null when it is none. */
function fractionOf(share: string): Fraction | null {
  const percent = /^(\d{1,3})(?:\.(\d{1,2}))?\s?(?:%|percent|pct)$/.exec(share);
  if (percent) {
    const hundredths = Number(percent[1]) * 100 + Number((percent[2] ?? '').padEnd(2, '0'));
    return { numerator: hundredths, denominator: 10_000 };
  }
  const slashed = /^(\d+)\/(\d+)$/.exec(share);
  if (slashed) return { numerator: Number(slashed[1]), denominator: Number(slashed[2]) };
  const words = share.split(/\s+/);
  const denominator = SHARE_WORDS[words.at(-1) ?? ''];
  const numerator = words.length === 1 ? 1 : NUMERATOR_WORDS[words[0] ?? ''];
  return denominator && numerator ? { numerator, denominator } : null;
}

/**
 * The share written right before the amount that starts at `start` ("half of the " before "$80"),
 * with where the share starts: the mention then starts there, so the words before the share say
 * whether it is asked or told ("she paid half of the $80").
 */
export function shareBefore(lower: string, start: number): { at: number; fraction: Fraction } | null {
  const from = Math.max(0, start - 60);
  const before = lower.slice(from, start);
  if (!MAY_HAVE_SHARE.test(before)) return null;
  const match = SHARE_INTO_AMOUNT.exec(before);
  const fraction = match?.[1] === undefined ? null : fractionOf(match[1]);
  return match && fraction ? { at: from + match.index, fraction } : null;
}

// A part of no stated size written right before an amount: "some of the $80", "part of her $80
// balance", "a bit of mei lin's $40". Not told as what happened ("she paid some of the $80").
const VAGUE_SHARE_INTO_AMOUNT = new RegExp(
  String.raw`\b${VAGUE_SHARE}\s+of\s+(?:(?:the|her|his|their|that|this|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+'s?)\s+)?$`,
  'u',
);

/**
 * Where a part of no stated size written right before the amount at `start` begins ("some of the
 * " before "$80"), or null when none is. The amount is then the whole, and the part is not said.
 */
export function vagueShareBefore(lower: string, start: number): number | null {
  const from = Math.max(0, start - 40);
  const before = lower.slice(from, start);
  if (!MAY_HAVE_VAGUE_SHARE.test(before)) return null;
  const match = VAGUE_SHARE_INTO_AMOUNT.exec(before);
  if (!match) return null;
  const at = from + match.index;
  return TOLD_BEFORE.test(lower.slice(Math.max(0, at - 30), at)) ? null : at;
}

/** Refused: "some of the $80" asks a part of $80 whose size it does not say, so not $80. */
export function partOfAmountRefused(whole: AmountResult): AmountResult {
  if (!whole.ok) return whole;
  const dollars = (whole.cents / 100).toFixed(whole.cents % 100 === 0 ? 0 : 2);
  return {
    ok: false,
    problem: 'not_a_number',
    message: `Only part of $${dollars} is asked, not how much. Enter the exact amount, less than $${dollars}.`,
  };
}

/**
 * The share of an amount, in cents. Exact shares are exact ("half of $80" is $40). A share that
 * falls between two cents ("a third of $100") is rounded up, in the patient's favour: a share is
 * asked of a write-off or a refund, where the larger cent is the patient's. The form shows it
 * before anything is applied. More than the whole ("150% of $80") is no share of it: refused.
 */
export function shareOfAmount(whole: AmountResult, { numerator, denominator }: Fraction): AmountResult {
  if (!whole.ok) return whole;
  if (numerator > denominator) {
    return {
      ok: false,
      problem: 'too_large',
      message: 'The share is more than the whole amount; enter the amount itself.',
    };
  }
  // Integer arithmetic: cents (at most 10^8) times a numerator (at most 10^4) is a safe integer.
  const product = whole.cents * numerator;
  const remainder = product % denominator;
  return validateCents((product - remainder) / denominator + (remainder === 0 ? 0 : 1));
}

/**
 * Whether the text asks a share of a whole it does not state ("write off half of the balance",
 * "write off half", "some of her balance"): then neither all of the balance nor an amount written
 * elsewhere is asked.
 */
export function asksShareOfUnstated(lower: string): boolean {
  if (MAY_HAVE_VAGUE_SHARE.test(lower) && asksOf(lower, VAGUE_SHARE_OF_UNSTATED)) return true;
  if (!MAY_HAVE_SHARE.test(lower)) return false;
  const alone = SHARE_ALONE.exec(lower)?.[0];
  return (
    (alone !== undefined && !/\b100(?:\.0{1,2})?\s?(?:%|percent|pct)/.test(alone)) ||
    asksOf(lower, SHARE_OF_UNSTATED)
  );
}

// A hundred percent is no part: "w/o 100% bal", "100% of the balance" ask all of it (amount.ts).
const WHOLE_PERCENT = /^100(?:\.0{1,2})?\s?(?:%|percent|pct)$/;

/** Whether a share the pattern finds is asked, not told ("she paid some of it" tells). */
function asksOf(lower: string, shares: RegExp): boolean {
  for (const match of lower.matchAll(shares)) {
    if (WHOLE_PERCENT.test(match[1] ?? '')) continue;
    if (!TOLD_BEFORE.test(lower.slice(Math.max(0, match.index - 30), match.index))) return true;
  }
  return false;
}

// A percent written anywhere: "10%", "15 percent", "12.5 pct".
const ANY_PERCENT = new RegExp(String.raw`\b${PERCENT}`);
// An amount named as the whole a charge or balance comes to: "$400 CT", "his $400 bill", "the bill
// is $400", "balance of $250". A share of it is asked, not it.
const WHOLE_AFTER =
  /^\s*(?:[\w-]+\s+)?(?:bill|balance|bal|visit|charge|invoice|total|ct|mri|x-?ray|scan|procedure|surgery|service|exam|claim|statement)s?\b/;
const WHOLE_BEFORE =
  /\b(?:bill|balance|bal|charge|invoice|total|cost|price|fee)s?(?: (?:is|was|of|came to|comes to|totals?|=))?:?\s*$/;

/**
 * "prompt pay 10% for Ed Walsh - $400 CT": a percent is asked and the only amount written is the
 * whole it is a share of, not set against it ("10% of $400" is worked out by shareBefore). Which
 * whole, and so how much, is not certain: the amount is refused, never read as the $400 (ten times
 * what was meant). "w/o 10% prompt pay disc for Lee Chen, $14" writes the discount itself and stands.
 */
export function percentOfWholeRefused(
  lower: string,
  asked: {
    readonly start: number;
    readonly end: number;
    readonly result: AmountResult;
    readonly isShare: boolean;
  },
): AmountResult | null {
  if (asked.isShare || !asked.result.ok || !ANY_PERCENT.test(lower)) return null;
  const whole =
    WHOLE_AFTER.test(lower.slice(asked.end)) ||
    WHOLE_BEFORE.test(lower.slice(Math.max(0, asked.start - 30), asked.start));
  if (!whole) return null;
  const dollars = (asked.result.cents / 100).toFixed(asked.result.cents % 100 === 0 ? 0 : 2);
  return {
    ok: false,
    problem: 'not_a_number',
    message: `A percentage of $${dollars} is asked, not $${dollars} itself. Enter the exact amount to write off.`,
  };
}

// An amount told as the whole: "paid her whole $120", "his $400 balance", "the bill is $400".
const BASE_BEFORE =
  /\b(?:paid|pd|pays|paying|owes?|owed|owing|whole|full|entire|total|balance|bal|bill|charge|invoice)\b(?:\s+[\w'-]+){0,2}\s*$/;
// A percent asked as a discount or a write-off, written after the whole: "take the 15% pay-in-full
// discount off", "give her 10% off", "ppd 5%", "write off 20%".
const PERCENT_ASKED_AFTER = new RegExp(
  String.raw`(?:\b(?:ppd|prompt[\s-]?pay|writeoff|w\/o|take|give|apply|knock)\s+(?:(?:the|a|her|him|them|his|an?|off)\s+)*(${PERCENT})|\b(${PERCENT})\s+(?:[\w-]+\s+){0,3}?(?:discount|disc|off|writeoff|adjustment|reduction|ppd|prompt[\s-]?pay)\b)`,
);

// A discount noted by its percent right after the amount it is taken of: "Lee Chen $14, 10% ppd",
// "$200 - 5% prompt pay", "$80 less 10% discount". Read as the amount, the $14 wrote off ten times
// the discount.
const DISCOUNT_RIGHT_AFTER = new RegExp(
  String.raw`^[\s,;:-]*(?:(?:at|with|less|minus)\s+)?${PERCENT}\s+(?:ppd|pp\s?disc\w*|prompt[\s-]?pay(?:ment)?|early[\s-]?pay(?:ment)?|disc(?:ount)?|off)\b`,
);

/**
 * "Grace Liu paid her whole $120 at checkout today, please take the 15% pay-in-full discount off":
 * a percent asked after the only amount, which is told as the whole it is taken of. The share of it
 * is the amount ($18), never the whole. Null when the text is not so.
 */
export function percentAfterBase(
  lower: string,
  asked: {
    readonly start: number;
    readonly end: number;
    readonly result: AmountResult;
    readonly isShare: boolean;
  },
): AmountResult | null {
  if (asked.isShare || !asked.result.ok || !ANY_PERCENT.test(lower)) return null;
  const after = lower.slice(asked.end);
  const percent = PERCENT_ASKED_AFTER.exec(after);
  const written = percent?.[1] ?? percent?.[2];
  if (written === undefined) return null;
  const base =
    BASE_BEFORE.test(lower.slice(Math.max(0, asked.start - 40), asked.start)) ||
    WHOLE_AFTER.test(after) ||
    DISCOUNT_RIGHT_AFTER.test(after);
  const fraction = base ? fractionOf(written) : null;
  return fraction ? shareOfAmount(asked.result, fraction) : null;
}
