import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * An action shown in a confirm modal and not yet applied. Slack's private_metadata carries only
 * this row's id; the payload stays in the database. Executing it is a one-way state change
 * (pending -> executed) so a double click or a second app instance cannot apply it twice.
 */
export const pendingActions = pgTable(
  'pending_actions',
  {
    id: text().primaryKey(),
    kind: text().notNull(),
    requestedBy: text().notNull(),
    payload: jsonb().notNull(),
    status: text({ enum: ['pending', 'executed', 'cancelled'] })
      .notNull()
      .default('pending'),
    result: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    executedAt: timestamp({ withTimezone: true }),
    /** When the reply offering this action reached the requester (message requests). */
    repliedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('pending_actions_requested_by_idx').on(t.requestedBy, t.createdAt),
    // Expiry and pruning scan by age.
    index('pending_actions_created_idx').on(t.createdAt),
  ],
);
