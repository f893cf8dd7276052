/**
 * "can I w/o just $10 of a $60 PR instead of the whole thing": a part of what is owed, set against
 * all of it. The "instead of" there weighs a part against the whole, not a write-off against a
 * cancel, so the answer is the how-to's section on writing off part, not the comparison article.
 * A cancel always erases everything outstanding and a refund has its own partial rules, so only a
 * write-off asked is read this way.
 */
import { actionAsked } from './action-asked.ts';

// One amount out of another: "$10 of a $60 PR", "25 of her 80 balance".
const AMOUNT_OF_AMOUNT =
  /\$?\d[\d,.]*\s+(?:dollars?\s+|bucks\s+)?(?:out\s+)?of\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|my\s+)?\$?\d/;
// A share of what is owed: "part of the PR", "some of her balance", "half the copay", "a partial
// write-off". Not of anything else ("some of the small balances" is a batch).
const SHARE =
  /\b(?:part|portion|some|half|piece|bit)\s+of\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|this\s+|that\s+|my\s+)?(?:\$?\d[\d,.]*\s+)?(?:pr|patient responsibility|balance|bal|charge|copay|co-?pay|coinsurance|deductible|amount|bill|it|that|this|what)\b|\bhalf (?:the|an?|his|her|their) |\bpartial (?:writ|w\/o|amount)/;
// The whole set against the part: "instead of the whole thing", "rather than all of it", "not the
// full amount", "leave the rest", "keep billing the rest".
const NOT_THE_WHOLE =
  /\b(?:instead of|rather than|not|vs\.?|versus)\s+(?:the\s+(?:whole|full|entire|total)\b|all of it\b)|\b(?:instead of|rather than)\s+(?:all|everything)\b|\b(?:leave|leaving|keep|keeping|collect|collecting|bill|billing)\s+(?:\w+\s+)?the rest\b/;

// A write-off named, in the words billers use.
const WRITE_OFF = /\bwrit\w*[\s-]*off|\bwrote off\b|\bw\/o\b|\bwriteoffs?\b|\bwaiv\w*|\badjust\w* off\b/;

/** Whether the question asks about writing off part of a charge's PR rather than all of it. */
export function asksToWriteOffPart(question: string): boolean {
  const lower = question.toLowerCase();
  const part = AMOUNT_OF_AMOUNT.test(lower) || SHARE.test(lower) || NOT_THE_WHOLE.test(lower);
  return part && WRITE_OFF.test(lower) && actionAsked(question) === 'write_off';
}

// A share of anything named: "part of his MRI", "some of it", "a partial write-off".
const ANY_SHARE = /\b(?:part|portion|some|half|piece|bit)\s+of\b|\bpartial(?:ly)?\b/i;

/**
 * Whether the question asks about less than all that is owed ("can I write off part of Bob Smith's
 * MRI?"), whatever it names the share of: with no amount, all of it is meant only when it is not.
 */
export function asksForLessThanAll(question: string): boolean {
  return ANY_SHARE.test(question) || asksToWriteOffPart(question);
}
