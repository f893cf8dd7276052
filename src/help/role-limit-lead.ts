/**
 * "I'm a billing manager - do I need approval for a $2,000 write-off?": a general question about
 * approval that says who asks. The articles' section on going over the limit reads as if every
 * write-off that size needed approval; what the asker needs first is what their role's limit is
 * (DOMAIN section 4): billers have one ($100 unless an admin sets another), billing managers and
 * admins have none unless one is set for them, and viewers may not write off at all. The line
 * speaks of the role, not of the person: their own limit may have been set otherwise.
 */
import { ACTION_PERMISSION, can, effectiveLimitCents, ROLE_LABELS } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { LIMIT_WINDOW_HOURS } from '../ledger/queries/recent-write-offs.ts';
import { amountAsked } from './charge-named.ts';
import { limitStated, roleStated, withoutLimitStated } from './role-stated.ts';

// About the limit or approval: "do I need approval", "what's my limit", "who signs off", "cap".
const LIMIT_OR_APPROVAL = /\blimit|\bapprov\w*|\bsign[\s-]?off\b|\bcap\b|\bmax(?:imum)?\b|\bthreshold\b/i;

// A write-off named, in the words billers use.
const WRITE_OFF = /\bwrit\w*[\s-]*off|\bwrote off\b|\bw\/o\b|\bwriteoffs?\b|\bwaiv\w*|\badjust\w* off\b/i;

/**
 * Whether a general question asks about the limit or approval of a role it says the asker has, in
 * so many words or by asking to write off an amount as that role ("I need to write off $300 but
 * I'm just a biller, is that possible?"), which the role's limit answers.
 */
export function asksOwnRoleLimit(question: string): boolean {
  const role = roleStated(question);
  if (role === null) return false;
  if (LIMIT_OR_APPROVAL.test(question)) return true;
  return (
    can(role, ACTION_PERMISSION.write_off) &&
    WRITE_OFF.test(question) &&
    amountAsked(withoutLimitStated(question)) !== undefined
  );
}

/** Whether the amount the question asks to write off is over the limit of the role it states. */
export function overRoleLimit(question: string): boolean {
  const role = roleStated(question);
  if (!role || !asksOwnRoleLimit(question) || !can(role, ACTION_PERMISSION.write_off)) return false;
  const limit = limitStated(question) ?? effectiveLimitCents(role, null);
  const amount = amountAsked(withoutLimitStated(question));
  return limit !== null && amount !== undefined && amount > limit;
}

/** The role's limit, and what it means for the amount asked, when the question asks about it. */
export function roleLimitLead(question: string): string | undefined {
  const role = roleStated(question);
  if (!role || !asksOwnRoleLimit(question)) return undefined;
  const who = withArticle(ROLE_LABELS[role].toLowerCase());
  if (!can(role, ACTION_PERMISSION.write_off))
    return `${capitalised(who)} may not write off at all, so there is nothing to approve: ask a biller, billing manager or admin to do it.`;
  // "I'm a biller with a $50 limit": the limit stated is the one to answer with, and not the amount.
  const stated = limitStated(question);
  const amount = amountAsked(withoutLimitStated(question));
  const limit = stated ?? effectiveLimitCents(role, null);
  const sized = amount === undefined ? 'a write-off' : `a ${formatCents(amount)} write-off`;
  if (limit === null)
    return `${capitalised(who)} has no write-off limit unless an admin sets one, so ${sized} needs no approval; with a limit set, only what goes over it does.`;
  const rule =
    stated === undefined
      ? `${capitalised(who)}'s write-off limit is ${formatCents(limit)} per patient per ${LIMIT_WINDOW_HOURS} hours unless an admin sets another`
      : `Your write-off limit is ${formatCents(limit)} per patient per ${LIMIT_WINDOW_HOURS} hours, as the question says`;
  if (amount === undefined)
    return `${rule}: what goes over it is sent to a billing manager or admin for approval.`;
  return amount > limit
    ? `${rule}, so ${sized} goes to a billing manager or admin for approval; nothing is written off until one of them approves it.`
    : `${rule}, so ${sized} needs no approval, unless with what was written off for the same patient in the last 24 hours it goes over.`;
}

function withArticle(label: string): string {
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
