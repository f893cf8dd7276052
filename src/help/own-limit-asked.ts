/**
 * "what's my limit?", "how much can I write off without approval?", "do I have a write-off limit?"
 * asked in Slack, where the help desk knows who asks: their own role and limit (an admin may have
 * set it otherwise than the role's default) answer it, not the general rule. At the command line the
 * operator asks, and the general rule stays (limit-default-asked.ts). DOMAIN section 4: billers have
 * a limit ($100 unless an admin sets another), billing managers and admins none unless one is set,
 * viewers may not write off; the limit counts everything the user wrote off for the same patient in
 * the last 24 hours, this write-off included, and over it a write-off becomes an approval request.
 */
import { ACTION_PERMISSION, type ActorFacts, can, ROLE_LABELS } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { LIMIT_WINDOW_HOURS } from '../ledger/queries/recent-write-offs.ts';
import { amountAsked } from './charge-named.ts';
import { roleStated, withoutLimitStated } from './role-stated.ts';

// The asker's own limit: "my limit", "my write-off limit", "my max", "my cap", "am I limited".
const MY_LIMIT =
  /\bmy\s+(?:own\s+|current\s+|personal\s+)?(?:write[\s-]?off\s+|w\/o\s+)?(?:limit|max(?:imum)?|cap|threshold|ceiling)\b|\bam i (?:limited|capped)\b|\bdo i (?:have|get) (?:a|any) (?:write[\s-]?off\s+|w\/o\s+)?(?:limit|cap|max(?:imum)?)\b/i;
// How much the asker may write off before approval: "how much can I write off without approval",
// "what's the most I can w/o before it needs approval", "how high can I go without sign-off".
const HOW_MUCH_I =
  /\b(?:how much|how high|how far|the most|what amount|up to what|how big (?:a|of a))\b[^.?!]{0,30}?\b(?:(?:can|may|could|am i allowed to)\s+i|i\s+(?:can|may|could|am allowed to|'m allowed to))\b[^.?!]{0,40}?\b(?:approv\w*|sign[\s-]?off|limit|before it (?:goes|needs|is sent))/i;
// Someone else's limit, or a role's in general, is another lead's.
const SOMEONE_ELSE =
  /\b(?:billers?|viewers?|managers?|admins?)(?:'s)?\s+(?:limit|can|may|have|get)\b|<@|\bher\b|\bhis\b|\btheir\b/i;
// The limit stated, with what was already written off: the sum's lead (limit-sum-asked.ts).
const SUM_TOLD = /\b(?:already|earlier|today|this morning|yesterday)\b/i;

/** Whether the question asks the asker's own write-off limit. */
export function asksOwnLimit(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return (
    (MY_LIMIT.test(text) || HOW_MUCH_I.test(text)) &&
    !SOMEONE_ELSE.test(text) &&
    !SUM_TOLD.test(text) &&
    roleStated(text) === null
  );
}

/** The asker's own limit, to lead the answer, when the question asks it and the asker is known. */
export function ownLimitLead(question: string, asker: ActorFacts | undefined): string | undefined {
  if (!asker || !asksOwnLimit(question)) return undefined;
  const { role, limitCents } = asker;
  const window = `for the same patient in the last ${LIMIT_WINDOW_HOURS} hours, this write-off included`;
  const approval =
    'a write-off over it becomes an approval request that a billing manager or admin other than you approves or rejects';
  if (role === null)
    return 'You have no role in the billing app, so you cannot write off: an admin gives roles.';
  const label = ROLE_LABELS[role].toLowerCase();
  if (!can(role, ACTION_PERMISSION.write_off))
    return `You are a ${label}, and a ${label} cannot write off at all, so you have no limit to go by: ask a biller, billing manager or admin, or ask an admin for a role that may write off.`;
  const amount = amountAsked(withoutLimitStated(question));
  if (limitCents === null) {
    const sized = amount === undefined ? 'your write-offs need' : `a ${formatCents(amount)} write-off needs`;
    return `You have no write-off limit (you are ${withArticle(label)}, and none is set for you), so ${sized} no approval.`;
  }
  const rule = `Your write-off limit is ${formatCents(limitCents)} (you are ${withArticle(label)}). It counts everything you wrote off ${window}; ${approval}.`;
  if (amount === undefined) return rule;
  return amount > limitCents
    ? `${rule} So a ${formatCents(amount)} write-off goes for approval; nothing is written off until it is approved.`
    : `${rule} So a ${formatCents(amount)} write-off needs no approval, unless with what you already wrote off for that patient in the last ${LIMIT_WINDOW_HOURS} hours it goes over.`;
}

function withArticle(label: string): string {
  return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
}
