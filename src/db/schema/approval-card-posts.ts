import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { approvalRequests } from './approval-requests.ts';

/**
 * Where an approval request's card was posted (APPROVALS_CHANNEL, or each approver's DM), so the
 * cards can be updated once it is decided or expired: who decided, the outcome, no buttons.
 */
export const approvalCardPosts = pgTable(
  'approval_card_posts',
  {
    approvalId: text()
      .notNull()
      .references(() => approvalRequests.id, { onDelete: 'cascade' }),
    channel: text().notNull(),
    ts: text().notNull(),
    /**
     * The approver whose DM holds the card, or null for a channel's card (and for DM cards posted
     * before this was kept): closing a DM card shows the request's details only to someone who
     * may still see patient data.
     */
    recipient: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.channel, t.ts] }),
    index('approval_card_posts_approval_idx').on(t.approvalId),
  ],
);
