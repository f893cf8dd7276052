/**
 * A range of balances: "anything in the $1 - $5 range", "balances between $1 and $5", "from $1 to
 * $5". What a batch clears is everything up to the top of the range, so the upper bound is the
 * threshold; the lower bound is no amount of its own. Read as two amounts, the request was a $1
 * write-off for a patient "range".
 */
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
      read.push({ ...high, isThreshold: true, isKept: false, story: null });
      i += 1;
    } else read.push(low);
  }
  return read;
}
