import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * What happened, by whom: every ledger mutation, role change and refusal worth keeping. Written
 * in the same transaction as the change it describes. Ids only, never patient names.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    actor: text().notNull(),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text().notNull(),
    details: jsonb().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_target_idx').on(t.targetType, t.targetId),
    index('audit_log_actor_idx').on(t.actor),
    // Which surface the change came from (ledger/surface.ts). Added NOT VALID (migration 0007):
    // rows from before it are history and stay as written; every new row must say it.
    check(
      'audit_log_surface',
      // coalesce: a missing key is NULL, and a CHECK that is NULL passes.
      sql`coalesce(${t.details}->>'surface', '') in ('slack', 'sandbox', 'cli', 'import', 'config')`,
    ),
  ],
);
