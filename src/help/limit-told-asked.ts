/**
 * "my boss said I can't do more than 100 bucks, is that right?", "I was told billers can only write
 * off up to $100": a limit someone told the asker of, asked to be confirmed. Billers' limit is $100
 * unless an admin sets another; billing managers and admins have none unless set; above it a
 * write-off goes for approval (DOMAIN section 4). Read by its words ("can't do more than"), it got
 * the refusal of an amount over what is outstanding, which is what the app itself says.
 */

import { formatCents } from '../domain/money.ts';
import { DEFAULT_BILLER_LIMIT_CENTS } from '../domain/roles.ts';
import { LIMIT_WINDOW_HOURS } from '../ledger/queries/recent-write-offs.ts';

// Someone said it, or it is asked to be confirmed: not the app's own message ("it says …").
const TOLD =
  /\b(?:boss|manager|supervisor|lead|someone|somebody|coworker|co-worker|colleague|trainer|admin|they|she|he)\s+(?:said|says|told|tells|mentioned)\b|\b(?:i was|i'm|i am|i got|we were|we got|we are|we're) told\b|\bi (?:heard|read)\b|\bis (?:that|this) (?:right|true|correct|accurate|real|legit|a rule)\b|\bis there (?:really )?a (?:rule|limit|cap)\b/i;
// A ceiling on the amount: "can't do more than", "no more than", "only up to", "max of".
const CEILING =
  /\b(?:can'?t|cannot|can not|not allowed to|not supposed to|shouldn'?t|only allowed to|only able to)\s+(?:\S+\s+){0,3}?(?:more than|over|above|past|beyond)\b|\b(?:no|not) more than\b|\bonly (?:up to|do up to)\b|\bup to\s+\$?\d|\bmax(?:imum)?\s+(?:of\s+)?\$?\d|\blimit(?:ed)?\s+(?:of|to|is)\s+\$?\d/i;
// The app's own message quoted: its refusals are their own answers.
const QUOTED =
  /\b(?:it|the app|the form|the bot|the message|error|screen)\s+(?:says|said|shows)\b|\bwon'?t let\b/i;
const AMOUNT =
  /\$\s?(\d[\d,]*(?:\.\d{1,2})?)|\b(\d[\d,]*(?:\.\d{1,2})?)\s*(?:bucks|dollars)\b|\b(\d[\d,]*)\b/i;

/** The amount the question says the ceiling is, in cents, if it says one. */
function ceilingCents(question: string): number | undefined {
  const found = AMOUNT.exec(question.slice(CEILING.exec(question)?.index ?? 0));
  const digits = found?.[1] ?? found?.[2] ?? found?.[3];
  return digits === undefined ? undefined : Math.round(Number(digits.replace(/,/g, '')) * 100);
}

/** Whether the question asks to confirm a write-off limit someone told the asker of. */
export function asksToldLimit(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return TOLD.test(text) && CEILING.test(text) && !QUOTED.test(text);
}

/** The rule, confirmed or corrected, and the approval path, to lead the answer. */
export function toldLimitLead(question: string): string | undefined {
  const text = question.replace(/[’‘]/g, "'");
  if (!asksToldLimit(text)) return undefined;
  const told = ceilingCents(text);
  const limit = formatCents(DEFAULT_BILLER_LIMIT_CENTS);
  const opening =
    told === DEFAULT_BILLER_LIMIT_CENTS
      ? `Yes, for a biller: a biller's write-off limit is ${limit}`
      : `A biller's write-off limit is ${limit}`;
  return (
    `${opening} per patient in any ${LIMIT_WINDOW_HOURS} hours, unless an admin sets them another ` +
    '(billing managers and admins have none unless one is set). Going over it is not refused: the write-off ' +
    'is sent to a billing manager or admin for approval, and is applied when one of them approves it.'
  );
}

// The app said to refuse above a ceiling: "it won't let me write off more than $100", "it stops me
// at 100", "can't go over $100".
const REFUSED_ABOVE =
  /\b(?:won'?t|wont|doesn'?t|does not|will not|didn'?t|did not)\s+(?:let|allow)\s+(?:me|us)\s+(?:to\s+)?(?:\S+\s+){0,4}?(?:more than|over|above|past|beyond|higher than|greater than|go over)\s+(?:\$\s?)?(\d[\d,]*(?:\.\d{1,2})?)|\b(?:can'?t|cannot|can not|unable to|not able to)\s+(?:\S+\s+){0,4}?(?:more than|over|above|past|beyond|higher than|greater than)\s+(?:\$\s?)?(\d[\d,]*(?:\.\d{1,2})?)|\b(?:stops|stopped|stopping|caps?|capped|capping|blocks?|blocked|blocking|maxe[sd] out|tops? out|limits)\s+(?:me\s+)?(?:out\s+)?(?:at|above|over|past)\s+(?:\$\s?)?(\d[\d,]*(?:\.\d{1,2})?)/i;
// What is outstanding named: the ceiling is the charge's, not the asker's limit.
const OUTSTANDING_NAMED = /\b(?:outstanding|balance|owed?s?|owing|left|remaining|what(?:'s| is) due)\b/i;

/**
 * "it won't let me write off more than $100": the app refusing above a biller's default limit. Above
 * the limit a write-off is not refused, it goes for approval (DOMAIN section 4); the refusal of an
 * amount over what is outstanding ("At most $X can be written off") is another rule, told too.
 */
export function asksRefusedAtDefaultLimit(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  if (asksToldLimit(text) || OUTSTANDING_NAMED.test(text)) return false;
  const found = REFUSED_ABOVE.exec(text);
  const digits = found?.[1] ?? found?.[2] ?? found?.[3];
  if (digits === undefined) return false;
  return Math.round(Number(digits.replace(/,/g, '')) * 100) === DEFAULT_BILLER_LIMIT_CENTS;
}

/** That amount is the limit, which sends a write-off for approval, and the other rule, to lead. */
export function refusedAtLimitLead(question: string): string | undefined {
  if (!asksRefusedAtDefaultLimit(question)) return undefined;
  const limit = formatCents(DEFAULT_BILLER_LIMIT_CENTS);
  return (
    `${limit} is a biller's write-off limit unless an admin sets them another (per patient in any ` +
    `${LIMIT_WINDOW_HOURS} hours). Above it a write-off is not refused: confirming the form sends it to a billing ` +
    'manager or admin for approval, and it is applied when one of them approves it. If the form says "At most $X can ' +
    'be written off", the amount is more than what is outstanding on that charge: enter that or less. Ask ' +
    '`/billing why <patient>` to see which rule it is.'
  );
}
