import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { ROLES } from '../../domain/roles.ts';

/** Who may do what: a Slack user id (or cli:<name>) and its role. */
export const users = pgTable('users', {
  userId: text().primaryKey(),
  role: text({ enum: ROLES }).notNull(),
  /** An explicit write-off limit; null means the role's default. */
  limitCents: integer(),
  grantedBy: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
