/**
 * A range of balances: "anything in the $1 - $5 range", "balances between $1 and $5", "from $1 to
 * $5". What a batch clears is everything up to the top of the range, so the upper bound is the
 * threshold; the lower bound is no amount of its own. Read as two amounts, the request was a $1
 * write-off for a patient "range".
 *
 * A range said of one patient ("write off somewhere between $40 and $50 for Tom Baker") is no batch:
 * it is an amount the writer has not settled on, which the form must ask (parse.ts, rangeRefused).
 */
import type { AmountResult } from '../domain/money.ts';
import type { AmountMention } from './amount.ts';

// What stands between the two bounds ("-" is every dash, normalize.ts).
const BETWEEN_BOUNDS = /^\s*(?:-|to|and|thru|through)\s*$/;
// What says the two amounts are bounds: "between" or "from" before, "range" or "bracket" after.
const OPENS_RANGE = /\b(?:between|from)\s*$/;
const NAMES_RANGE = /^\s*(?:range|bracket)\b/;

function isRange(lower: string, low: AmountMention, high: AmountMention): boolean {
  if (!BETWEEN_BOUNDS.test(lower.slice(low.end, high.start))) return false;
  return (
    OPENS_RANGE.test(lower.slice(Math.max(0, low.start - 12), low.start)) ||
    NAMES_RANGE.test(lower.slice(high.end, high.end + 12))
  );
}

/** The mentions (in order) with each range read as its upper bound, a threshold. */
export function withRangesAsThresholds(lower: string, mentions: readonly AmountMention[]): AmountMention[] {
  const read: AmountMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const low = mentions[i];
    const high = mentions[i + 1];
    if (!low) continue;
    if (high && isRange(lower, low, high)) {
      read.push({ ...high, isThreshold: true, isKept: false, story: null, rangeLow: low.result });
      i += 1;
    } else read.push(low);
  }
  return read;
}

// Words that say a request is about many balances at once: "anything in the $1 - $5 range", "all
// balances between $1 and $5", "the batch from $2 to $10". With them, a range is a batch's even when a
// word in the text reads as a name ("range" after "$5").
const MANY =
  /\b(?:every|all|each|any|anything|everything|everyone|balances|accounts|accts|patients|charges|batch|sweep|bulk)\b/;

/**
 * The range (read as a threshold) when the text is about one patient, not many: "write off somewhere
 * between $40 and $50 for Tom Baker". Null when no range was written, or it bounds a batch.
 */
export function rangeForOnePatient(
  lower: string,
  threshold: AmountMention | null,
  namesPatient: boolean,
): AmountMention | null {
  if (!threshold?.rangeLow || !namesPatient || MANY.test(lower)) return null;
  return threshold;
}

/** A bound as a biller writes it: "$40", "$12.50". */
function dollars(cents: number): string {
  return `$${(cents / 100).toFixed(cents % 100 === 0 ? 0 : 2)}`;
}

/**
 * The refusal of a range given as the amount for one patient, naming its bounds: neither bound is
 * the amount meant, and guessing one wrote off more (or less) than the writer chose.
 */
export function rangeRefused(range: AmountMention): AmountResult {
  const low = range.rangeLow?.ok ? dollars(range.rangeLow.cents) : null;
  const high = range.result.ok ? dollars(range.result.cents) : null;
  const named = low && high ? ` (${low} to ${high})` : '';
  return {
    ok: false,
    problem: 'not_a_number',
    message: `The amount is a range${named}, not one amount. Enter the exact amount, for example ${low ?? high ?? '$40'}.`,
  };
}
