/**
 * "my write-off request for Bob Smith's MRI was rejected, what now?": what the ledger records of
 * the request, not the question's words said back (DOMAIN sections 3 and 4). A rejection is told
 * with who rejected it, when, and the approver's note; a request the question calls rejected that
 * is in fact pending, approved or expired is said to be that. With no request on record, that is
 * said before the general answer.
 */

import { desc, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { approvalRequests } from '../db/schema/index.ts';
import { actorInWords } from '../domain/index.ts';
import { formatCents } from '../domain/money.ts';
import { APPROVAL_TTL_MS } from '../domain/rules/approval.ts';

export interface RequestRecord {
  readonly amountCents: number;
  readonly requestedBy: string;
  readonly status: string;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
  readonly decisionNote: string | null;
  readonly createdAt: Date;
}

/** The write-off requests made on these charges, newest first. */
export async function requestsOn(db: Executor, chargeIds: readonly number[]): Promise<RequestRecord[]> {
  if (chargeIds.length === 0) return [];
  return db
    .select({
      amountCents: approvalRequests.amountCents,
      requestedBy: approvalRequests.requestedBy,
      status: approvalRequests.status,
      decidedBy: approvalRequests.decidedBy,
      decidedAt: approvalRequests.decidedAt,
      decisionNote: approvalRequests.decisionNote,
      createdAt: approvalRequests.createdAt,
    })
    .from(approvalRequests)
    .where(inArray(approvalRequests.chargeId, [...chargeIds]))
    .orderBy(desc(approvalRequests.createdAt))
    .limit(5);
}

const day = (at: Date) => at.toISOString().slice(0, 10);

const AGAIN =
  'If the write-off is still needed, fix what was asked for (amount, reason or note) and confirm it again; over your limit, that sends a new request.';

/**
 * What the newest request on the charge (or the patient's charges) really is, in a sentence or
 * three; `what` names it ("Bob Smith's MRI knee 73721 (2026-08-12)").
 */
export function requestRecordLine(records: readonly RequestRecord[], what: string, now: Date): string {
  const [latest] = records;
  if (!latest)
    return `No write-off request for ${what} is on record in the ledger: nothing was sent for approval, so nothing was rejected.`;
  const request = `The ${formatCents(latest.amountCents)} write-off request ${latest.requestedBy} sent on ${day(latest.createdAt)}`;
  const expired =
    latest.status === 'expired' ||
    (latest.status === 'pending' && now.getTime() - latest.createdAt.getTime() > APPROVAL_TTL_MS);
  if (latest.status === 'rejected') {
    const by = latest.decidedBy ? ` by ${actorInWords(latest.decidedBy)}` : '';
    const when = latest.decidedAt ? ` on ${day(latest.decidedAt)}` : '';
    const note = latest.decisionNote
      ? ` Their note: “${latest.decisionNote}”.`
      : ' They left no note: ask them why.';
    return (
      `${request} was rejected${by}${when}.${note} ` +
      `A rejected request is final: nothing was written off, and it cannot be approved afterwards (APPROVAL_DECIDED). ${AGAIN}`
    );
  }
  if (expired)
    return (
      `${request} was not rejected: nobody decided it within 7 days, so it expired (APPROVAL_EXPIRED) and nothing was written off. ` +
      'If the write-off is still needed, confirm it again; over your limit, that sends a new request.'
    );
  if (latest.status === 'approved') {
    const by = latest.decidedBy ? ` by ${actorInWords(latest.decidedBy)}` : '';
    const when = latest.decidedAt ? ` on ${day(latest.decidedAt)}` : '';
    return `${request} was not rejected: it was approved${by}${when}, and ${formatCents(latest.amountCents)} was written off.`;
  }
  return (
    `${request} was not rejected: it is still pending, waiting for a billing manager or admin other than ${latest.requestedBy} to approve or reject it ` +
    '(from the request, or the app’s Home tab); nothing is written off until then.'
  );
}
