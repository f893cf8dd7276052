import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { MAX_NOTE_LENGTH } from '../../domain/reasons.ts';
import { APPROVAL_STATUSES } from '../../domain/rules/approval.ts';
import { charges } from './charges.ts';
import { ledgerEntries } from './ledger-entries.ts';

/**
 * A write-off above the requester's limit, waiting for a billing manager or admin. Nothing is in
 * the ledger until it is approved; then `entry_id` points at the write-off. Decided once: the
 * ledger locks the row and moves it from pending to approved or rejected, and the CHECKs keep
 * the decision's fields consistent with its status.
 */
export const approvalRequests = pgTable(
  'approval_requests',
  {
    id: text().primaryKey(),
    /** The write-off request's idempotency key: a repeat of it finds this row instead of a second. */
    sourceKey: text().notNull().unique(),
    chargeId: integer()
      .notNull()
      .references(() => charges.id),
    amountCents: integer().notNull(),
    reason: text().notNull(),
    note: text(),
    requestedBy: text().notNull(),
    status: text({ enum: APPROVAL_STATUSES }).notNull().default('pending'),
    decidedBy: text(),
    decidedAt: timestamp({ withTimezone: true }),
    /** Why it was rejected, as the approver typed it. */
    decisionNote: text(),
    entryId: bigint({ mode: 'number' }).references(() => ledgerEntries.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('approval_requests_pending_idx').on(t.status, t.createdAt),
    check('approval_requests_amount_positive', sql`${t.amountCents} > 0`),
    check('approval_requests_status', sql`${t.status} in ('pending', 'approved', 'rejected', 'expired')`),
    check(
      'approval_requests_decided',
      sql`(${t.status} = 'pending') = (${t.decidedBy} is null and ${t.decidedAt} is null)`,
    ),
    check('approval_requests_entry', sql`(${t.status} = 'approved') = (${t.entryId} is not null)`),
    check(
      'approval_requests_rejection_note',
      sql`${t.status} <> 'rejected' or coalesce(char_length(${t.decisionNote}), 0) between 1 and ${sql.raw(String(MAX_NOTE_LENGTH))}`,
    ),
    check(
      'approval_requests_note_length',
      sql`${t.note} is null or char_length(${t.note}) between 1 and ${sql.raw(String(MAX_NOTE_LENGTH))}`,
    ),
  ],
);
