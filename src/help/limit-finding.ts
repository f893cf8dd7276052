/**
 * "Why does my $250 write-off for Priya Patel need approval?" asks about the asker's write-off
 * limit, not about the charge: a write-off goes for approval when it takes the asker over their
 * limit (DOMAIN section 4). When the rules give no OVER_LIMIT for the asker, the answer says what
 * their limit is, and the approvals article explains the rest.
 */
import type { Blocker } from '../domain/blockers.ts';
import { type ActorFacts, DEFAULT_BILLER_LIMIT_CENTS } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { LIMIT_WINDOW_HOURS } from '../ledger/queries/recent-write-offs.ts';

/** Blockers that answer an approval question themselves: the limit, or no right to write off. */
const ABOUT_THE_APPROVAL = new Set<Blocker['code']>(['OVER_LIMIT', 'NOT_AUTHORIZED']);

/** Whether the rules' blockers already answer "why does it need approval?". */
export function blockersAnswerApproval(blockers: readonly Blocker[]): boolean {
  return blockers.some((b) => ABOUT_THE_APPROVAL.has(b.code));
}

/** The asker's write-off limit, and when a write-off of theirs goes for approval. */
export function limitFinding(actor: ActorFacts): string {
  if (actor.limitCents === null)
    return (
      'You have no write-off limit, so no write-off of yours goes for approval; a biller’s does when ' +
      `it is over their limit (${formatCents(DEFAULT_BILLER_LIMIT_CENTS)} unless an admin sets another).`
    );
  return (
    `Your write-off limit is ${formatCents(actor.limitCents)} per patient per ${LIMIT_WINDOW_HOURS} hours: ` +
    'a write-off that takes what you wrote off for the patient in that time over it goes to a billing manager or admin for approval.'
  );
}
