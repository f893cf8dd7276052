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
    // New names wait in GIN's pending list until it is merged into the index, and every search
    // reads that list row by row. PostgreSQL's autovacuum merges it; PGlite runs no autovacuum, so
    // only the list's size limit does (4 MB by default: 0.7 s per search after importing 50,000
    // patients). At 64 kB a search stays at about 10 ms and a bulk import is still batched (the
    // same import with no pending list at all took 2.5 times as long).
    index('patients_search_name_trgm')
      .using('gin', sql`${t.searchName} gin_trgm_ops`)
      .with({ gin_pending_list_limit: 64 }),
    // A typed MRN is looked up ignoring case (getPatientByMrn) on every patient reference: without
    // this index that look-up read the whole table (100,000 patients: a sequential scan each time).
    index('patients_mrn_lower_idx').on(sql`lower(${t.mrn})`),
  ],
);
