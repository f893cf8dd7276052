import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per mutation key: the hash of the request and the result first returned. A repeat
 * with the same key and payload gets the stored result; a different payload is a conflict.
 */
export const idempotencyRecords = pgTable('idempotency_records', {
  key: text().primaryKey(),
  operation: text().notNull(),
  requestHash: text().notNull(),
  result: jsonb().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
