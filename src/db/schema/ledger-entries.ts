import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ENTRY_KINDS } from '../../domain/charge.ts';
import { MAX_NOTE_LENGTH } from '../../domain/reasons.ts';
import { charges } from './charges.ts';

export const ENTRY_SOURCES = [
  'slash_command',
  'message',
  'button',
  'batch',
  'approval',
  'cli',
  'import',
] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];

/**
 * The ledger: append-only. A database trigger (migration 0002) refuses UPDATE and DELETE, so
 * even a bug or a hand-typed SQL statement cannot rewrite history.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    chargeId: integer()
      .notNull()
      .references(() => charges.id),
    kind: text({ enum: ENTRY_KINDS }).notNull(),
    amountCents: integer().notNull(),
    actor: text().notNull(),
    source: text({ enum: ENTRY_SOURCES }).notNull(),
    reason: text(),
    note: text(),
    /** A refund points at its payment; a reversal at the write-off it undoes. */
    refersToEntryId: bigint({ mode: 'number' }).references((): AnyPgColumn => ledgerEntries.id),
    batchId: text(),
    idempotencyKey: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ledger_entries_charge_idx').on(t.chargeId, t.id),
    index('ledger_entries_batch_idx').on(t.batchId),
    index('ledger_entries_actor_idx').on(t.actor, t.id),
    // At most one reversal per write-off, enforced where concurrency cannot get around it.
    uniqueIndex('ledger_entries_one_reversal')
      .on(t.refersToEntryId)
      .where(sql`${t.kind} = 'write_off_reversal'`),
    check('ledger_entries_amount_positive', sql`${t.amountCents} > 0`),
    // The ledger writer trims notes and refuses long ones; this backs it for any other writer.
    check(
      'ledger_entries_note_length',
      sql`${t.note} is null or char_length(${t.note}) between 1 and ${sql.raw(String(MAX_NOTE_LENGTH))}`,
    ),
    check(
      'ledger_entries_kind',
      sql`${t.kind} in ('pr_assessed', 'payment', 'refund', 'write_off', 'write_off_reversal', 'cancellation')`,
    ),
  ],
);
