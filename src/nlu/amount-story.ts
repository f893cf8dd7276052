/**
 * An amount told as a story instead of written: "Lucia paid $80 but only owed $50, refund the
 * difference" asks for $30, which is written nowhere. Read as "the first amount" it was a refund of
 * the whole $80 payment, more money out of the practice than anyone meant.
 *
 * The story is read only when two or more amounts are written and none comes right after the
 * command ("refund $30, she paid $80 on a $50 bill" is $30 as written). What it gives, in order:
 * - an amount named as the difference itself: "overpaid by $30", "a $30 overpayment";
 * - what was paid against what was owed: a refund is the overpayment (paid - owed), a write-off
 *   what is left unpaid (owed - paid);
 * - "the difference" between exactly two amounts: the larger minus the smaller.
 * When the text asks for a difference it cannot work out, no amount: the form asks, rather than
 * offering one of the two amounts, neither of which was asked for.
 */
import type { AmountResult } from '../domain/money.ts';
import type { AmountMention } from './amount.ts';

/** `null`: no story, the written amount stands. Otherwise the story's amount, maybe none. */
export type StoryAmount = { readonly result: AmountResult | null } | null;

// The words just before or after an amount that make it the difference itself.
const DIFFERENCE_BEFORE =
  /\b(?:(?:overpaid|overcharged|over) by|(?:overpayment|overage|difference|credit|excess)(?: of| was| is| came to)?|extra)\s*$/;
const DIFFERENCE_AFTER = /^\s*(?:overpayment|overpaid|overage|difference|credit|excess|extra|too much)\b/;

// What was paid: "paid $80", "she paid us $80", "a payment of $80", "we collected $80".
const PAID_BEFORE =
  /\b(?:paid|pd|pays|paying|payment(?: of| was| is)?|collected|charged (?:her|his|their|the) card|put down)\s*(?:us |in |at the desk |already )?(?:only |just )?$/;
// What was owed: "only owed $50", "her copay is $50", "should have paid $50", "on a $50 bill".
const OWED_BEFORE =
  /\b(?:owed?s?|owing|due|(?:balance|bill|copay|co-pay|pr|responsibility|charge|visit|total|estimate) (?:was|is|of|came to)|should(?:'ve| have)? (?:paid|been)|supposed to (?:pay|be)|(?:needed|had) to pay)\s*(?:only |just )?$/;
// What was paid, named after the amount: "after her $50 payment", "Jane's $20 pmt came in", "the $30
// deposit". Owned or pointed at: "write off $50, payment plan failed" names no payment.
const PAID_AFTER = /^\s+(?:payments?|pmts?|deposit)\b(?!\s*plan)/;
const OWNER_BEFORE = /(?:\b(?:her|his|their|the|a|that|this)|'s?)\s*$/;
const OWED_AFTER = /^\s*(?:bill|balance|copay|co-pay|charge|pr|visit|invoice|statement)\b/;
// A whole that a part is told of: "paid $50 of the $80", "$20 out of her $90". The whole is what was
// owed, never the amount asked: read as the first amount the request names, "Abigail paid $50 of the
// $80, write off the remaining $30" wrote off $80. Not a payment ("$15 of the $40 payment").
const WHOLE_BEFORE =
  /(?:\$\s?\d[\d,.]*|\d[\d,.]*\s*(?:dollars?|bucks?))\s+(?:out )?of (?:(?:the|her|his|their|a|an|that|this) )?(?:(?:total|full|whole|original) )?$/;
const NOT_OWED_AFTER = /^\s*(?:payment|pmt|deposit|check|she paid|he paid|they paid|paid)\b/;
// What was charged: "she was charged $80", "we billed him $80", "got charged $80".
const CHARGED_BEFORE = /\b(?:charged|billed)\s*(?:her|him|them|the patient|us)?\s*$/;
// What insurance took: "insurance covered $150", "the payer allowed $90", "ins picked up $60".
const COVERED_BEFORE = /\b(?:covered|allowed|picked up|approved|reimbursed)\s*(?:only |just )?$/;

// The request's object is a difference: "refund the difference", "the overpayment", "the extra".
const ASKS_DIFFERENCE =
  /\b(?:the|her|his|their) (?:difference|diff|overpayment|overage|excess|extra|amount (?:she|he|they) overpaid)\b|\bwhat (?:she|he|they) overpaid\b/;

const okCents = (mention: AmountMention): number | null => (mention.result.ok ? mention.result.cents : null);

function centsResult(cents: number): AmountResult | null {
  return cents > 0 ? { ok: true, cents } : null;
}

/** How an amount was told as what happened, not asked for. */
export type StoryRole = 'paid' | 'owed' | 'covered';

/**
 * Money told as what happened: paid ("she paid $50 today"), owed ("was charged $80", "her $130
 * balance") or covered by insurance ("insurance covered $150"). When the request names an amount
 * of its own ("… w/o the remaining $15"), that one is meant (amount.ts); money paid is never
 * written off (parse.ts). Only the words right around the amount are read.
 */
export function storyRole(lower: string, start: number, end: number): StoryRole | null {
  const before = lower.slice(Math.max(0, start - 40), start);
  if (PAID_BEFORE.test(before)) return 'paid';
  if (COVERED_BEFORE.test(before)) return 'covered';
  const after = lower.slice(end, end + 20);
  if (PAID_AFTER.test(after) && OWNER_BEFORE.test(before)) return 'paid';
  const owed =
    OWED_BEFORE.test(before) ||
    CHARGED_BEFORE.test(before) ||
    OWED_AFTER.test(after) ||
    (before.includes('of ') && WHOLE_BEFORE.test(before) && !NOT_OWED_AFTER.test(after));
  return owed ? 'owed' : null;
}

/** The amount the story asks for; `intent` decides which way round a paid/owed story goes. */
export function amountFromStory(
  lower: string,
  mentions: readonly AmountMention[],
  intent: 'refund_payment' | 'write_off',
): StoryAmount {
  const amounts = mentions.filter((m) => !m.isThreshold && m.result.ok);
  if (amounts.length < 2 || amounts.some((m) => m.followsCommand)) return null;
  const before = (m: AmountMention) => lower.slice(Math.max(0, m.start - 40), m.start);
  const after = (m: AmountMention) => lower.slice(m.end, m.end + 20);
  const isToldWhole = (m: AmountMention) => m.story === 'owed' && WHOLE_BEFORE.test(before(m));

  const named = amounts.find((m) => DIFFERENCE_BEFORE.test(before(m)) || DIFFERENCE_AFTER.test(after(m)));
  if (named) return { result: named.result };

  const paid = amounts.find((m) => PAID_BEFORE.test(before(m)));
  const owed = amounts.find(
    (m) => m !== paid && (OWED_BEFORE.test(before(m)) || OWED_AFTER.test(after(m)) || isToldWhole(m)),
  );
  const paidCents = paid ? okCents(paid) : null;
  const owedCents = owed ? okCents(owed) : null;
  const asksDifference = ASKS_DIFFERENCE.test(lower);
  if (paidCents !== null && owedCents !== null) {
    const cents = intent === 'refund_payment' ? paidCents - owedCents : owedCents - paidCents;
    // Paid less than owed is no overpayment: "paid $40 on her $100 balance, refund it" is the $40.
    if (cents > 0 || asksDifference) return { result: centsResult(cents) };
    return null;
  }

  if (!asksDifference) return null;
  const [first, second] = amounts;
  const a = first ? okCents(first) : null;
  const b = second ? okCents(second) : null;
  if (amounts.length !== 2 || a === null || b === null) return { result: null };
  return { result: centsResult(Math.abs(a - b)) };
}
