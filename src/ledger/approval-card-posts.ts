/**
 * Where each approval request's card was posted, so the cards can be closed once it is decided.
 * Not ledger history: a reference to a Slack message, recorded after the post succeeded.
 */
import { asc, eq } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { approvalCardPosts } from '../db/schema/index.ts';

export interface CardPost {
  readonly channel: string;
  readonly ts: string;
}

export async function recordApprovalCardPost(
  db: Database,
  post: CardPost & { readonly approvalId: string },
): Promise<void> {
  await db.insert(approvalCardPosts).values(post).onConflictDoNothing();
}

export async function approvalCardPostsOf(db: Executor, approvalId: string): Promise<CardPost[]> {
  return db
    .select({ channel: approvalCardPosts.channel, ts: approvalCardPosts.ts })
    .from(approvalCardPosts)
    .where(eq(approvalCardPosts.approvalId, approvalId))
    .orderBy(asc(approvalCardPosts.createdAt));
}
