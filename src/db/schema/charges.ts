import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { PR_SOURCES } from '../../domain/charge.ts';
import { patients } from './patients.ts';

/**
 * One visit or service. The *_cents columns are running totals of the charge's ledger entries,
 * kept in the same transaction as each entry so reads need no aggregation; tests assert they
 * always equal the sum of the entries.
 */
export const charges = pgTable(
  'charges',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    patientId: integer()
      .notNull()
      .references(() => patients.id),
    /** Set by imports so that loading the same file twice finds the same charge. */
    externalRef: text().unique(),
    dateOfService: date({ mode: 'string' }).notNull(),
    description: text().notNull(),
    prSource: text({ enum: PR_SOURCES }).notNull(),
    assessedCents: integer().notNull().default(0),
    paymentsCents: integer().notNull().default(0),
    refundsCents: integer().notNull().default(0),
    writeOffsCents: integer().notNull().default(0),
    reversalsCents: integer().notNull().default(0),
    cancelledCents: integer().notNull().default(0),
    outstandingCents: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('charges_patient_idx').on(t.patientId, t.dateOfService),
    check('charges_outstanding_not_negative', sql`${t.outstandingCents} >= 0`),
    // Each refund is of a payment on the charge, at most what is left of it (refund-payment.ts
    // under the payment's lock); this backs it for the charge as a whole, for any writer.
    check('charges_refunds_within_payments', sql`${t.refundsCents} <= ${t.paymentsCents}`),
    check(
      'charges_outstanding_is_sum',
      sql`${t.outstandingCents} = ${t.assessedCents} - ${t.paymentsCents} + ${t.refundsCents} - ${t.writeOffsCents} + ${t.reversalsCents} - ${t.cancelledCents}`,
    ),
    check('charges_pr_source', sql`${t.prSource} in ('remittance', 'self_pay', 'placeholder', 'custom')`),
  ],
);
