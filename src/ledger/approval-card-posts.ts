/**
 * Where each approval request's card was posted, so the cards can be closed once it is decided,
 * and which notices about a request were already sent. Not ledger history: references to Slack
 * messages, recorded around posting them.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, lt } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { approvalCardPosts, idempotencyRecords } from '../db/schema/index.ts';

export interface CardPost {
  readonly channel: string;
  readonly ts: string;
  /** The approver whose DM it is; null for a channel's card, or a DM card from before it was kept. */
  readonly recipient: string | null;
}

export async function recordApprovalCardPost(
  db: Database,
  post: CardPost & { readonly approvalId: string },
): Promise<void> {
  await db.insert(approvalCardPosts).values(post).onConflictDoNothing();
}

export async function approvalCardPostsOf(db: Executor, approvalId: string): Promise<CardPost[]> {
  return db
    .select({
      channel: approvalCardPosts.channel,
      ts: approvalCardPosts.ts,
      recipient: approvalCardPosts.recipient,
    })
    .from(approvalCardPosts)
    .where(eq(approvalCardPosts.approvalId, approvalId))
    .orderBy(asc(approvalCardPosts.createdAt));
}

const NOTICE_OPERATION = 'approval_notice';

/**
 * True for the first caller only, per request and per `state` (what the notice says): the one
 * who sends it. Two approvers refused at the same moment, or one trying again, find the request
 * in the same state, and its requester is told once. The claim is an idempotency record (a
 * unique key, so concurrent claims cannot both win); its key never starts with `pending:`, so
 * no pending action is marked by it.
 */
export async function claimApprovalNotice(db: Database, approvalId: string, state: string): Promise<boolean> {
  const stateHash = createHash('sha256').update(state).digest('hex');
  const claimed = await db
    .insert(idempotencyRecords)
    .values({
      key: `approval-notice:${approvalId}:${stateHash.slice(0, 32)}`,
      operation: NOTICE_OPERATION,
      requestHash: stateHash,
      result: {},
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyRecords.key });
  return claimed.length > 0;
}

/** As long as a pending action is kept (workflow/pending-actions.ts): 30 days. */
const NOTICE_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Deletes notice claims older than 30 days. A request is decided or expired long before (7 days),
 * so a claim that old only stops a second notice about a card nobody presses any more; at worst a
 * press after that tells its requester once more. Gives how many were deleted.
 */
export async function pruneApprovalNoticeClaims(db: Database, now: Date): Promise<number> {
  const before = new Date(now.getTime() - NOTICE_KEEP_MS);
  const rows = await db
    .delete(idempotencyRecords)
    .where(and(eq(idempotencyRecords.operation, NOTICE_OPERATION), lt(idempotencyRecords.createdAt, before)))
    .returning({ key: idempotencyRecords.key });
  return rows.length;
}
