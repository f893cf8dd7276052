/**
 * A follow-up that corrects one's own request, written in its thread: "actually make it $25",
 * "sorry, $25 not $15", "25 not 15", "small balance please", "reason should be bad debt, 3 letters
 * sent", "the whole balance". Read only where a request is known to be waiting (slack's thread
 * corrections), so what it reads is what to change; anything else in the thread is talk.
 *
 * An amount counts only with a word that changes it ("actually", "make it", "should be", "not $15")
 * or written alone: "she paid $15 at the desk" in the thread tells, and changes nothing.
 */
import type { ActionKind } from '../domain/actions.ts';
import type { WriteOffReason } from '../domain/reasons.ts';
import {
  type AmountMention,
  bareAmountAt,
  chooseAmount,
  findAmountMentions,
  mentionsAllOfIt,
} from './amount.ts';
import { normalizeText } from './normalize.ts';
import { findWriteOffReason } from './reason.ts';

export interface RequestCorrection {
  readonly amountCents?: number;
  /** "the whole balance", "all of it": everything outstanding. */
  readonly amountAll?: true;
  readonly reason?: WriteOffReason;
}

// Words that change what was asked: "actually", "make it", "should be", "change it to", "instead".
const CHANGES =
  /\b(?:actually|make (?:it|that)|should (?:be|have been|'ve been)|change (?:it |that )?to|instead|correction|sorry|i meant|meant to say|typo|wrong amount)\b|\bnot \$?\s?\d/;
// Where a bare number after them is the new amount: "make it 25", "should be 25.50".
const NEW_VALUE_BEFORE =
  /\b(?:make (?:it|that)|should (?:be|have been|'ve been)|change (?:it |that )?to|i meant)\b/g;
// An amount, or a reason, written alone ("$25", "25.00", "small balance please").
const ALONE =
  /^(?:(?:it'?s|its|for|pls|please|oops|oh|ok|okay)\s+)*[-$\d.,\s]+(?:\s*(?:please|pls|thanks|thx))?[.!]*$/;
// "25 not 15", "$25, not $15": the amount before "not" is the new one.
const NOT_AFTER = /^\s*,?\s*(?:and\s+)?not\b/;

/** What the follow-up changes, or null when it changes nothing this reads. */
export function readCorrection(text: string): RequestCorrection | null {
  const lower = normalizeText(text).lower.trim();
  if (lower === '') return null;
  const mentions = withBareAfterChange(
    lower,
    findAmountMentions(lower).filter((m) => !m.isThreshold && !m.isKept && m.result.ok),
  );
  const asksChange = CHANGES.test(lower) || ALONE.test(lower);
  const amount = asksChange ? newAmount(lower, mentions) : null;
  const all = asksChange && !amount && mentionsAllOfIt(lower, false);
  const reason = findWriteOffReason(lower);
  const correction: RequestCorrection = {
    ...(amount !== null ? { amountCents: amount } : {}),
    ...(all ? { amountAll: true as const } : {}),
    ...(reason ? { reason } : {}),
  };
  return Object.keys(correction).length > 0 ? correction : null;
}

/** With a bare number read as an amount where a change names its new value ("make that 25"). */
function withBareAfterChange(lower: string, mentions: AmountMention[]): AmountMention[] {
  if (mentions.length > 0) return mentions;
  for (const cue of lower.matchAll(NEW_VALUE_BEFORE)) {
    const bare = bareAmountAt(lower, (cue.index ?? 0) + cue[0].length);
    if (bare?.result.ok) return [bare];
  }
  return mentions;
}

/** The amount meant: the one written before "not" ("$25 not $15"), else the chosen one. */
function newAmount(lower: string, mentions: readonly AmountMention[]): number | null {
  const beforeNot = mentions.find((m) => NOT_AFTER.test(lower.slice(m.end)));
  const afterNot = new Set(
    mentions.filter((m) => /\bnot\s*$/.test(lower.slice(0, m.start))).map((m) => m.start),
  );
  const meant = beforeNot ?? chooseAmount(mentions.filter((m) => !afterNot.has(m.start)));
  return meant?.result.ok ? meant.result.cents : null;
}

/**
 * What a reply in a request's thread says to the request, so that every reply of its asker gets
 * an answer: a change to apply, a withdrawal, another action (which a thread cannot turn the
 * request into), an amount refused with what is wrong with it, a thank-you, or none of these.
 */
export type ThreadReplyReading =
  | { readonly kind: 'correction'; readonly correction: RequestCorrection }
  | { readonly kind: 'withdraw' }
  | { readonly kind: 'other_action' }
  | { readonly kind: 'amount_refused'; readonly message: string }
  | { readonly kind: 'courtesy' }
  | { readonly kind: 'unread' };

// "never mind", "please ignore this request", "cancel my request": the asker takes it back.
const WITHDRAW =
  /\b(?:never ?mind|nvm|ignore (?:this|that|my|the)\b|disregard|withdraw|scratch that|forget (?:it|this|that|about it)\b|(?:cancel|delete|drop) (?:this|that|my|the) request|no longer need|(?:do not|don'?t) need (?:it|this|that) any ?more)/;
// "thanks!", "ok", "great, thank you": nothing to answer.
const COURTESY =
  /^(?:(?:thanks?|thank you|thx|ty|ok|okay|great|cool|perfect|got it|awesome|:\+1:|:thumbsup:|\u{1F44D})[\s,.!]*)+$/u;
/** An action named in the reply, and the kind of request it would be ('balance' is no request). */
const ACTIONS_NAMED: ReadonlyArray<readonly [RegExp, ActionKind | 'balance']> = [
  [/\brefund/, 'refund_payment'],
  [/\bcancel/, 'cancel_pr'],
  [/\b(?:undo|reverse|revert)\b/, 'undo_write_off'],
  [/\b(?:what(?:'s| is)|check|show|look up|how much)\b[^.?!]*\bbalance\b/, 'balance'],
  [/\bwrite[- ]?(?:it |that |this |her |him |them )?off\b/, 'write_off'],
];

/** `askedFor`: the kind of the request the thread holds; naming it again is no other action. */
export function readThreadReply(text: string, askedFor: ActionKind): ThreadReplyReading {
  const lower = normalizeText(text).lower.trim();
  if (WITHDRAW.test(lower)) return { kind: 'withdraw' };
  const named = ACTIONS_NAMED.filter(([pattern]) => pattern.test(lower)).map(([, action]) => action);
  if (named.some((action) => action !== askedFor)) return { kind: 'other_action' };
  const correction = readCorrection(text);
  if (correction) return { kind: 'correction', correction };
  const refused = refusedAmount(lower);
  if (refused) return { kind: 'amount_refused', message: refused };
  return COURTESY.test(lower) ? { kind: 'courtesy' } : { kind: 'unread' };
}

/** "make it $0", "$-5": the amount the asker wanted, which no form would take, and why. */
function refusedAmount(lower: string): string | null {
  if (!(CHANGES.test(lower) || ALONE.test(lower))) return null;
  const refused = findAmountMentions(lower).find((m) => !m.isThreshold && !m.isKept && !m.result.ok);
  if (refused && !refused.result.ok) return refused.result.message;
  // "-5" alone: a minus sign before a bare number reads as no amount at all.
  return /(?:^|\s)-\s?\$?\d/.test(lower) ? 'The amount cannot be negative.' : null;
}
