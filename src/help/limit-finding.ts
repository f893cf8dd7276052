/**
 * "Why does my $250 write-off for Priya Patel need approval?" asks about the asker's write-off
 * limit, not about the charge: a write-off goes for approval when it takes the asker over their
 * limit (DOMAIN section 4). When the rules give no OVER_LIMIT for the asker, the answer says what
 * their limit is, and the approvals article explains the rest.
 *
 * The limit counts what the asker already wrote off for the patient in the last 24 hours. Asked
 * with no amount ("why can't I write off Jane Doe's Jun 3 charge?"), the rules weigh no amount and
 * find nothing in the way; but when those write-offs already reach the limit, any write-off for
 * the patient goes for approval, and the answer must say so rather than "Nothing stands in the way".
 */
import type { Blocker } from '../domain/blockers.ts';
import { type ActorFacts, DEFAULT_BILLER_LIMIT_CENTS } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { LIMIT_WINDOW_HOURS } from '../ledger/queries/recent-write-offs.ts';

/**
 * Whose limit a line speaks of: the asker's ("You", "your"), or a colleague's the question names by
 * Slack id ("<@U0KAREN>", "<@U0KAREN>'s"), whom the rules were asked for.
 */
export interface LimitOwner {
  readonly who: string;
  readonly whose: string;
}

const ASKER: LimitOwner = { who: 'You', whose: 'your' };

/** The owner of the limit for `colleagueId`, or the asker's own when none is named. */
export function limitOwner(colleagueId?: string): LimitOwner {
  return colleagueId ? { who: `<@${colleagueId}>`, whose: `<@${colleagueId}>'s` } : ASKER;
}

/** Blockers that answer an approval question themselves: the limit, or no right to write off. */
const ABOUT_THE_APPROVAL = new Set<Blocker['code']>(['OVER_LIMIT', 'NOT_AUTHORIZED']);

/** Whether the rules' blockers already answer "why does it need approval?". */
export function blockersAnswerApproval(blockers: readonly Blocker[]): boolean {
  return blockers.some((b) => ABOUT_THE_APPROVAL.has(b.code));
}

/**
 * The asker's write-off limit, and when a write-off of theirs goes for approval; with what they
 * wrote off for the patient in the window (`recent`), when there is some.
 */
export function limitFinding(actor: ActorFacts, recent?: RecentWriteOffs, owner = ASKER): string {
  if (actor.limitCents === null)
    return (
      `${owner.who} ${owner === ASKER ? 'have' : 'has'} no write-off limit, so no write-off of ${owner === ASKER ? 'yours' : 'theirs'} goes for approval; a biller’s does when ` +
      `it is over their limit (${formatCents(DEFAULT_BILLER_LIMIT_CENTS)} unless an admin sets another).`
    );
  const rule =
    `${capitalized(owner.whose)} write-off limit is ${formatCents(actor.limitCents)} per patient per ${LIMIT_WINDOW_HOURS} hours: ` +
    `a write-off that takes what ${owner === ASKER ? 'you' : 'they'} wrote off for the patient in that time over it goes to a billing manager or admin for approval.`;
  const line = recent ? recentWriteOffsLine(actor, recent, owner) : undefined;
  return line ? `${rule}\n${line.text}` : rule;
}

/** What the asker wrote off for one patient within the limit's window. */
export interface RecentWriteOffs {
  readonly cents: number;
  readonly patientName: string;
}

/**
 * What the asker's write-offs for the patient in the window leave of their limit: `reached` when
 * nothing more can be written off for the patient without approval. Undefined when they have no
 * limit or wrote nothing off for the patient in that time.
 */
export function recentWriteOffsLine(
  actor: ActorFacts,
  recent: RecentWriteOffs,
  owner = ASKER,
): { readonly reached: boolean; readonly text: string } | undefined {
  if (actor.limitCents === null || recent.cents <= 0) return undefined;
  const done = `${owner.who} wrote off ${formatCents(recent.cents)} for ${recent.patientName} in the last ${LIMIT_WINDOW_HOURS} hours`;
  const limit = `${formatCents(actor.limitCents)} per patient per ${LIMIT_WINDOW_HOURS} hours`;
  if (recent.cents >= actor.limitCents)
    return {
      reached: true,
      text:
        `${done}, which reaches ${owner.whose} write-off limit of ${limit}: any further write-off for ${recent.patientName} ` +
        'goes to a billing manager or admin for approval, and nothing is written off until one of them approves it.',
    };
  const left = formatCents(actor.limitCents - recent.cents);
  return {
    reached: false,
    text: `${done}: up to ${left} more goes through without approval (${owner.whose} limit is ${limit}).`,
  };
}

/**
 * "as a biller, can I write off Bob Smith's MRI?": all of the $200.00 it owes is more than the $100.00
 * limit on its own, so writing it off goes for approval; undefined when the asker has no limit or
 * the outstanding is within it (what they already wrote off is told by recentWriteOffsLine, and
 * taken from what goes through without approval).
 */
export function wholeOverLimit(
  actor: ActorFacts,
  outstandingCents: number,
  recentCents: number,
  owner = ASKER,
): string | undefined {
  if (actor.limitCents === null || outstandingCents <= actor.limitCents) return undefined;
  const left = Math.max(0, actor.limitCents - recentCents);
  return (
    `All of its ${formatCents(outstandingCents)} is over ${owner.whose} write-off limit of ${formatCents(actor.limitCents)} per patient per ${LIMIT_WINDOW_HOURS} hours: ` +
    'confirming a write-off of it sends it to a billing manager or admin for approval, and nothing is written off until one of them approves it. ' +
    `Up to ${formatCents(left)} goes through without approval.`
  );
}

/**
 * "I'm a biller, do I need approval to write off all of Samuel O'Neil's January visit?": the amount
 * (all it owes, or the amount asked) with what the asker wrote off for the patient in the window,
 * within their limit, so no approval: "No: …". Undefined when they have no limit (limitFinding says
 * so) or it is over (wholeOverLimit, sumOverLimit).
 */
export function withinLimit(
  actor: ActorFacts,
  amountCents: number,
  recentCents: number,
  asked: { readonly whole: boolean; readonly owner?: LimitOwner },
): string | undefined {
  const owner = asked.owner ?? ASKER;
  if (actor.limitCents === null || recentCents + amountCents > actor.limitCents) return undefined;
  const what = asked.whole ? `all of its ${formatCents(amountCents)}` : formatCents(amountCents);
  const counted =
    recentCents > 0
      ? `${what}, with the ${formatCents(recentCents)} already written off for the patient in the last ${LIMIT_WINDOW_HOURS} hours, comes to ${formatCents(recentCents + amountCents)}, which is`
      : `${what} is`;
  return (
    `No: ${counted} within ${owner.whose} write-off limit of ${formatCents(actor.limitCents)} per patient per ${LIMIT_WINDOW_HOURS} hours, ` +
    'so writing it off goes through without approval.'
  );
}

/**
 * "why can't I write off Bob Smith's MRI?" asked by someone with no limit, on a charge that owes
 * more than a biller's default limit: nothing is in their way, but a biller's write-off of all of it
 * would go for approval, which may be what the asker saw happen. Undefined otherwise.
 */
export function billerWouldNeedApproval(
  actor: ActorFacts,
  outstandingCents: number,
  owner = ASKER,
): string | undefined {
  if (actor.limitCents !== null || outstandingCents <= DEFAULT_BILLER_LIMIT_CENTS) return undefined;
  return (
    `${owner.who} ${owner === ASKER ? 'have' : 'has'} no write-off limit; a biller's write-off of all ${formatCents(outstandingCents)} would go to a ` +
    `billing manager or admin for approval, being over the ${formatCents(DEFAULT_BILLER_LIMIT_CENTS)} ` +
    'a biller may write off per patient per 24 hours unless an admin sets another limit.'
  );
}

/**
 * "I already wrote off $80 for Tom Baker today, can I write off another $40?": what was written
 * off for the patient in the window and the amount asked, together over the asker's limit, so the
 * write-off goes for approval. Undefined when they are within it, or no amount or limit is known.
 */
export function sumOverLimit(
  actor: ActorFacts,
  recent: RecentWriteOffs,
  amountCents: number | undefined,
  owner = ASKER,
): string | undefined {
  if (actor.limitCents === null || amountCents === undefined || recent.cents <= 0) return undefined;
  const total = recent.cents + amountCents;
  if (total <= actor.limitCents) return undefined;
  return (
    `${formatCents(recent.cents)} already written off for ${recent.patientName} in the last ${LIMIT_WINDOW_HOURS} hours and this ` +
    `${formatCents(amountCents)} come to ${formatCents(total)}, over ${owner.whose} write-off limit of ${formatCents(actor.limitCents)} per patient per ${LIMIT_WINDOW_HOURS} hours: ` +
    'the limit counts them together, so confirming it sends it to a billing manager or admin for approval, and nothing is written off until one of them approves it. ' +
    `Up to ${formatCents(Math.max(0, actor.limitCents - recent.cents))} goes through without approval.`
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
