import { bigint, integer, pgTable } from 'drizzle-orm/pg-core';

/**
 * One row whose version goes up whenever a patient is added, renamed or removed (a statement
 * trigger on patients). Whoever caches the directory (the redaction index) compares one number
 * instead of reloading every name.
 */
export const patientDirectoryVersion = pgTable('patient_directory_version', {
  id: integer().primaryKey(),
  version: bigint({ mode: 'number' }).notNull(),
});
