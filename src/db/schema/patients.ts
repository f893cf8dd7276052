import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const patients = pgTable(
  'patients',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** The practice's own patient number. */
    mrn: text().notNull().unique(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    dateOfBirth: date({ mode: 'string' }).notNull(),
    phone: text(),
    email: text(),
    /** Lower-case, accent-free "first last", kept for trigram search ("Maria" finds "María"). */
    searchName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('patients_search_name_trgm').using('gin', sql`${t.searchName} gin_trgm_ops`),
    // A typed MRN is looked up ignoring case (getPatientByMrn) on every patient reference: without
    // this index that look-up read the whole table (100,000 patients: a sequential scan each time).
    index('patients_mrn_lower_idx').on(sql`lower(${t.mrn})`),
  ],
);
