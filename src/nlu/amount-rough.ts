/**
 * Rough and either-or amounts: "about $20", "roughly 40 bucks", "~$25", "approx. 60 dollars", "$40
 * or so", "30 or 40 bucks", "$20-30". None is the amount to move: taken as written, "about $20" wrote
 * off exactly $20 and "30 or 40 bucks" refunded $30. Each is refused (amountCents null) with a
 * message that asks for the exact amount, as "$40ish" is (amount.ts).
 *
 * A range said with "between … and …", "from … to …" or "… range" is amount-range.ts's (a batch's
 * threshold, or refused for one patient), not read here.
 */
import type { AmountResult } from '../domain/money.ts';
import type { AmountMention } from './amount.ts';

// Words before an amount that say it is a guess: "about $20", "~$25", "approx. 60 dollars".
const ROUGH_WORD = String.raw`about|roughly|approx\.?|approximately|apprx\.?|appx\.?|around|circa|abt|ca\.|in the (?:region|ballpark|neighbou?rhood) of|something like|somewhere (?:around|near)`;
const ROUGH_BEFORE = new RegExp(String.raw`(?:\b(?:${ROUGH_WORD})\s*|~\s*)$`);
// Words after it that say the same: "$40 or so", "40 bucks give or take", "$30 more or less".
const ROUGH_AFTER = /^\s*(?:or so|give or take|more or less|or thereabouts|(?:or )?something like that)\b/;

/**
 * A bare number after a rough word, where a command or a balance puts it ("write off around 30",
 * "she owes about 45"): money that only its place says is money, and a rough sum. Not a count, a
 * time or part of a date ("around 3pm", "about 2 visits", "around 11/28").
 */
export function roughBareNumberPattern(notMoney: string): RegExp {
  return new RegExp(
    String.raw`(?=\d)(?<=\b(?:writeoff|refund|waive|(?:adjust|adj) off|owes?|owed|owing|of|is|was|for)\s+(?:the\s+|just\s+)?(?:${ROUGH_WORD})\s*|~\s*)\d{1,7}(?:\.\d{1,2})?(?![\w%]|[.,/:-]\d|\s*(?:${notMoney}|y\/?o|yrs?|old)\b)`,
    'g',
  );
}

function example(result: AmountResult, written: string): string {
  if (result.ok) return `$${(result.cents / 100).toFixed(result.cents % 100 === 0 ? 0 : 2)}`;
  const digits = /\d[\d,.]*\d|\d/.exec(written)?.[0];
  return `$${digits ?? '40'}`;
}

function roughRefused(written: string, result: AmountResult): AmountResult {
  return {
    ok: false,
    problem: 'not_a_number',
    message: `The amount "${written.trim()}" is approximate. Enter the exact amount, for example ${example(result, written)}.`,
  };
}

function eitherRefused(written: string, result: AmountResult): AmountResult {
  return {
    ok: false,
    problem: 'not_a_number',
    message: `The amount "${written.trim()}" gives more than one amount. Enter the exact amount, for example ${example(result, written)}.`,
  };
}

/** The result of the amount written from `start` to `end`, refused when the words around make it rough. */
export function roughOrAsWritten(
  lower: string,
  start: number,
  end: number,
  result: AmountResult,
): AmountResult {
  const before = lower.slice(Math.max(0, start - 36), start);
  const rough = ROUGH_BEFORE.exec(before)?.[0];
  if (rough !== undefined) return roughRefused(`${rough}${lower.slice(start, end)}`, result);
  const after = ROUGH_AFTER.exec(lower.slice(end, end + 40))?.[0];
  if (after !== undefined) return roughRefused(`${lower.slice(start, end)}${after}`, result);
  return result;
}

// "$20-30", "$20 - 30": one token that money.ts cannot read, which gives two amounts.
const DASHED_PAIR =
  /^\$?\s?(\d{1,4}(?:\.\d{1,2})?)\s?-\s?\$?(\d{1,4}(?:\.\d{1,2})?)(?:\s*(?:dollars?|bucks?|usd))?$/;

/** "$20-30" as written: refused as two amounts, null when the text is not such a pair. */
export function dashedPairRefused(written: string): AmountResult | null {
  const pair = DASHED_PAIR.exec(written);
  if (!pair || Number(pair[1]) >= Number(pair[2])) return null;
  return eitherRefused(written, { ok: false, problem: 'not_a_number', message: '' });
}

// What joins two amounts as alternatives: "30 or 40 bucks", "$20 to $30", "$20 - $30".
const JOINED = /^\s*(or|to|-)\s*$/;
// A bare number before an amount, joined to it: "write off Jane 30 or 40 bucks". Not part of a date,
// an id or a longer token ("11/28 - $40", "#4411 - $40", "99213 - $40").
const BARE_BEFORE = /(?<![\w.,/:#$-])(\d{1,4}(?:\.\d{1,2})?)\s*(or|to)\s*$/;
// A bare number after an amount, offered as the other choice: "$20 or 30".
const BARE_OR_AFTER = /^\s*or\s*\$?\d{1,4}(?:\.\d{1,2})?(?![\w%]|[.,/:-]\d)/;

function cents(result: AmountResult): number | null {
  return result.ok ? result.cents : null;
}

/**
 * The mentions with each either-or pair refused, both of its amounts: "30 or 40 bucks", "$20 to $30",
 * "$20 - $30". A dash or "to" joins them only when the second is the larger and the first is written
 * as money, so a pasted line's date or id before an amount ("11/28 - $40") keeps it.
 */
export function withAlternativesRefused(lower: string, mentions: readonly AmountMention[]): AmountMention[] {
  const read = [...mentions];
  for (let i = 0; i < read.length; i++) {
    const a = read[i];
    if (!a || a.isThreshold || a.rangeLow) continue;
    const b = read[i + 1];
    if (b && !b.isThreshold && !b.rangeLow) {
      const join = JOINED.exec(lower.slice(a.end, b.start))?.[1];
      const low = cents(a.result);
      const high = cents(b.result);
      const ordered = low !== null && high !== null && low < high;
      const asMoney = /[$a-z]/.test(lower.slice(a.start, a.end)) || a.followsCommand;
      if (join === 'or' || (join !== undefined && ordered && asMoney)) {
        const written = lower.slice(a.start, b.end);
        read[i] = { ...a, result: eitherRefused(written, a.result) };
        read[i + 1] = { ...b, result: eitherRefused(written, a.result) };
        i += 1;
        continue;
      }
    }
    const before = BARE_BEFORE.exec(lower.slice(Math.max(0, a.start - 16), a.start));
    if (before && (before[2] === 'or' || (a.result.ok && Number(before[1]) * 100 < a.result.cents))) {
      read[i] = { ...a, result: eitherRefused(`${before[0]}${lower.slice(a.start, a.end)}`, a.result) };
      continue;
    }
    const after = BARE_OR_AFTER.exec(lower.slice(a.end, a.end + 16))?.[0];
    if (after !== undefined)
      read[i] = { ...a, result: eitherRefused(`${lower.slice(a.start, a.end)}${after}`, a.result) };
  }
  return read;
}
