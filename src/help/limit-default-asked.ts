/**
 * "What's the most a biller can write off without approval?", "how much can I write off before it
 * needs approval?", "what is the default write-off limit for a biller?": the size of the limit,
 * asked without a role or a limit of one's own said. The limits article's sections tell going over
 * the limit, or giving a role, with the $100 buried among them; the answer leads with the rule
 * (DOMAIN section 4): a per-user limit, $100 for billers unless an admin sets another, counting
 * everything written off for the same patient in the last 24 hours, this write-off included, and a
 * write-off over it becomes an approval request.
 */
import { effectiveLimitCents } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { LIMIT_WINDOW_HOURS } from '../ledger/queries/recent-write-offs.ts';
import { amountAsked } from './charge-named.ts';

// How much: "how much", "the most", "max", "up to what", "how high", "default limit", "what's the limit".
const HOW_MUCH =
  /\bhow much\b|\bthe most\b|\bmax(?:imum)?\b|\bup to (?:what|how much)\b|\bhow (?:high|big|large)\b|\bdefault\b|\bwhat(?:'s| is| are)(?: the| my| our| a biller'?s?)? (?:(?:biller'?s?|daily|default|usual|standard) )?(?:(?:write[\s-]?off|w\/o|writeoff) )?limits?\b/i;
// A write-off, or its limit, named.
const WRITE_OFF_OR_LIMIT = /\bwrit\w*[\s-]*off|\bwriteoffs?\b|\bw\/o\b|\blimit/i;
// Without approval, before it needs one, or the limit itself.
const APPROVAL_OR_LIMIT = /\bapprov\w*|\bsign[\s-]?off\b|\blimit/i;
// Another role's limit, or a request's story, is another lead's or the article's.
const OTHER_ROLE = /\bmanagers?\b|\bviewers?\b|\badmins?\b(?! (?:sets?|changes?|raises?))/i;

/** Whether the question asks how much a write-off may be before it needs approval. */
export function asksDefaultLimit(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return (
    HOW_MUCH.test(text) &&
    WRITE_OFF_OR_LIMIT.test(text) &&
    APPROVAL_OR_LIMIT.test(text) &&
    !OTHER_ROLE.test(text) &&
    amountAsked(text) === undefined
  );
}

/** The limit's rule, to lead the answer, when the question asks how large it is. */
export function defaultLimitLead(question: string): string | undefined {
  if (!asksDefaultLimit(question)) return undefined;
  const limit = effectiveLimitCents('biller', null);
  if (limit === null) return undefined;
  return (
    `Billers can write off up to ${formatCents(limit)} without approval by default; an admin can set a different limit for each user. ` +
    `The limit counts everything that user wrote off for the same patient in the last ${LIMIT_WINDOW_HOURS} hours, this write-off included, ` +
    'so splitting it into smaller ones does not get around it. A write-off over the limit becomes an approval request that a billing manager ' +
    'or admin other than the requester approves or rejects; nothing is written off until then.'
  );
}
