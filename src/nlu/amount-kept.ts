/**
 * An amount the biller keeps or takes away, not the one asked: "write off all but $10", "everything
 * except the $20 copay", "leave $10 on the account", "keep $25", "refund everything minus $5", "$40
 * short of her balance". Read as the amount, each wrote off or refunded exactly the money the biller
 * meant to keep. The amount asked is what is outstanding less that part, which the text does not
 * say: no amount and not "all of it" either, so the form asks.
 *
 * One case is worked out, because both numbers are written: an amount minus another ("refund her
 * $50 payment less the $5 fee" is $45). Read as the first amount, it refunded the fee too.
 */
import type { AmountResult } from '../domain/money.ts';
import type { AmountMention } from './amount.ts';

// The words that set a part aside. "but" only after what it excepts from ("all but", "everything
// but"): "write off the rest, but she'll pay the copay" keeps nothing. "less" is no threshold here:
// "less than $5" is one (amount.ts), "less $5" and "less the copay" subtract.
const SETS_ASIDE = String.raw`(?:\b(?:all|everything|anything|it|balance|bal|pr|rest)\s+but|\bbut\s+not|\bexcept(?:\s+for)?|\bexcluding|\bnot\s+including|\bexclusive\s+of|\bother\s+than|\b(?:apart|aside)\s+from|\bwithout|\bminus|\bless(?!\s+than\b)|\b(?:leave|leaves|leaving|keep|keeps|keeping|hold(?:ing)?\s+back))`;
// A few words may stand between ("leave a $10 balance", "except for the $20 copay", "keep it at
// $25"), but no punctuation and no second request ("keep him happy and refund $20").
const FILLER = String.raw`(?:\s+(?!(?:and|then|also|writeoff|refund|undo|reverse|cancel|waive)\b)[a-z']+){0,3}`;

// Before the amount: the words above, or a balance brought down to it ("down to $10", "reduce her
// balance to $10", "set it to $10") or what is left to pay ("so she only owes $10").
const KEPT_BEFORE = new RegExp(
  String.raw`(?:${SETS_ASIDE}|\bdown\s+to|\b(?:reduc\w*|lower(?:s|ed|ing)?|set)(?:\s+[a-z']+){0,3}\s+(?:to|at)|\bso\s+(?:that\s+)?(?:she|he|they|it|the\s+patient|(?:the|her|his|their)\s+(?:balance|bal|pr))(?:'ll|\s+will)?(?:\s+only)?\s+(?:owes?|pays?|is|has|shows?|be))${FILLER}\s*$`,
);
// After the amount: "$40 short of her balance", "$10 less than the total".
const KEPT_AFTER =
  /^\s*(?:short of|shy of|less than|under|below)\s+(?:the\s+|her\s+|his\s+|their\s+|its\s+|[a-z]+'s\s+)?(?:full\s+|whole\s+|total\s+|entire\s+|outstanding\s+|current\s+)?(?:balance|bal|total|amount|pr|payment|bill|what)\b/;

// A part set aside with no amount: "everything except the copay", "all but her last visit".
// Group 1 is the part, as written ("the copay", "her last visit").
const KEPT_PART = new RegExp(
  String.raw`${SETS_ASIDE}\s+((?:the\s+|her\s+|his\s+|their\s+|its\s+|one\s+|a\s+)?(?:[^\s,.;!?]+\s+)?(?:copays?|co-pays?|coinsurance|deductible|fees?|visits?|charges?|dos|part|portion))\b`,
);
// The cheap look that spares the patterns above on most texts.
const MAY_SET_ASIDE =
  /but|exce|exclu|includ|other th|from|witho|minus|less|lea|keep|hold|down|reduc|lower|set|so |short|shy|under|below/;

// Between an amount and the one it takes away: "$20 minus the $5", "$50 payment, less the $5".
const SUBTRACTS = /^(?:\s+[a-z']+){0,2},?\s+(?:minus|less)(?:\s+[a-z']+){0,3}\s+$/;

/** Whether the amount at `start`..`end` of the text is one the biller keeps or takes away. */
export function isKeptAmount(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 40), start);
  const after = lower.slice(end, end + 40);
  return (
    (MAY_SET_ASIDE.test(before) && KEPT_BEFORE.test(before)) ||
    (MAY_SET_ASIDE.test(after) && KEPT_AFTER.test(after))
  );
}

/** Whether the text sets a part of the balance aside: then it asks neither the part nor all of it. */
export function keepsPart(lower: string, mentions: readonly AmountMention[]): boolean {
  return mentions.some((m) => m.isKept) || (MAY_SET_ASIDE.test(lower) && KEPT_PART.test(lower));
}

// An amount that is the object of leaving or keeping it: "leave the other $100", "keep $10 on her
// account", "leaving the last $5". Not "keep in mind $10 is insurance", which sets nothing aside.
const LEFT_AS_OBJECT =
  /\b(?:leave|leaves|leaving|keep|keeps|keeping)\s+(?:(?:the|a|her|his|their)\s+)?(?:(?:other|remaining|last|rest of the)\s+)?$/;

/** The amount right after the command, when the part kept is an amount left or kept as such. */
function askedBesideLeft(lower: string, mentions: readonly AmountMention[]): AmountResult | null {
  const left = mentions.some(
    (m) => m.isKept && LEFT_AS_OBJECT.test(lower.slice(Math.max(0, m.start - 30), m.start)),
  );
  if (!left) return null;
  return mentions.find((m) => m.followsCommand && !m.isKept && !m.isThreshold)?.result ?? null;
}

/**
 * The amount asked when a part is set aside: an amount minus the one written after it; else, when
 * an amount is left or kept, the amount written right after the command ("write off $30 of her
 * $130 balance, leave the other $100": both are written, and the $30 is asked); else none (the
 * form asks: "write off $40 except the copay" may hold the copay in the $40). Never the part.
 */
export function amountLessKept(
  lower: string,
  mentions: readonly AmountMention[],
  action = 'write off',
): AmountResult | null {
  const kept = mentions.filter((m) => m.isKept);
  if (kept.length === 0 && !mentions.some((m) => !m.isThreshold)) return partUnworked(lower, action);
  const asked = askedBesideLeft(lower, mentions) ?? keptUnworked(kept, action);
  const [part] = kept;
  if (kept.length !== 1 || !part?.result.ok) return asked;
  const base = mentions.findLast((m) => m.end <= part.start && !m.isKept && !m.isThreshold);
  if (!base?.result.ok || !SUBTRACTS.test(lower.slice(base.end, part.start))) return asked;
  const cents = base.result.cents - part.result.cents;
  return cents > 0 ? { ok: true, cents } : null;
}

/** A kept amount as a biller writes it: "$10", "$12.50". */
function dollars(cents: number): string {
  return `$${(cents / 100).toFixed(cents % 100 === 0 ? 0 : 2)}`;
}

/**
 * "write it all off except $10", "leave $5, write off the rest": the amount asked is the balance
 * less the amount kept, which the parser does not know. Neither the part nor all of it is asked,
 * so the request's amount is refused with what to do (the form shows it beside an empty amount).
 */
function keptUnworked(kept: readonly AmountMention[], action: string): AmountResult | null {
  const part = kept.find((m) => m.result.ok)?.result;
  if (!part?.ok) return null;
  const amount = dollars(part.cents);
  const whole = action === 'refund' ? 'the payment' : 'the balance';
  return {
    ok: false,
    problem: 'not_a_number',
    message: `All but ${amount} is asked, which is not worked out for you. Say how much to ${action}: ${whole} less ${amount}.`,
  };
}

/**
 * "keep the copay, w/o whatever's left", "except for the copay, write off the rest": a part set
 * aside with no amount, and none written. The rest is the balance less that part, which the parser
 * does not know: read as all of it, the copay meant to be kept was written off too. The amount is
 * refused with what to do, as for an amount kept (keptUnworked).
 */
function partUnworked(lower: string, action: string): AmountResult | null {
  const written = MAY_SET_ASIDE.test(lower) ? KEPT_PART.exec(lower)?.[1] : undefined;
  if (!written) return null;
  const part = /^(?:the|her|his|their|its|one|a)\s/.test(written) ? written : `the ${written}`;
  const whole = action === 'refund' ? 'the payment' : 'the balance';
  return {
    ok: false,
    problem: 'not_a_number',
    message: `All but ${part} is asked, which is not worked out for you. Say how much to ${action}: ${whole} less ${part}.`,
  };
}

// What is left asked for by name, as the action's own object: "keep the $20 copay but write off the
// rest", "leave $10 and w/o whatever's left". Not "write off $30, keep the rest".
const REST_ASKED =
  /\b(?:writeoff|refund|waive|forgive|comp|zero out|wipe out|adjust off|take care of)\s+(?:all\s+(?:of\s+)?)?(?:(?:the|her|his|their)\s+)?(?:rest|remainder|leftover|remaining(?:\s+(?:balance|bal|amount|pr))?(?=\s|$|[,.;!?])|what(?:ever)?(?:'s|\s+is)?\s+left)\b|\bwrite\s+(?:the|her|his|their)\s+(?:rest|remainder)\s+off\b/;

/**
 * Whether the rest is asked after the part kept was set aside: "keep the $20 copay, write off the
 * rest" names all that remains besides the copay, which is what amountAll means. Told the other way
 * round, "write off the rest, but leave the copay" takes a part out of "the rest": not all of it.
 */
export function asksTheRestAfterKept(lower: string, mentions: readonly AmountMention[]): boolean {
  // An amount kept ("leave $10, write off the rest") leaves the rest less than all that is
  // outstanding, which amountAll would write off whole: the amount is asked (keptUnworked).
  if (mentions.some((m) => m.isKept && m.result.ok)) return false;
  // So does a part kept with no amount ("keep the copay, write off the rest"): the rest is the
  // balance less the copay, never all of it (partUnworked).
  if (MAY_SET_ASIDE.test(lower) && KEPT_PART.test(lower)) return false;
  const rest = REST_ASKED.exec(lower);
  if (rest === null) return false;
  const keptAmount = mentions.find((m) => m.isKept)?.start ?? Number.POSITIVE_INFINITY;
  const keptPart = KEPT_PART.exec(lower)?.index ?? Number.POSITIVE_INFINITY;
  return Math.min(keptAmount, keptPart) < rest.index;
}
