/**
 * PGlite is one database session. Every query and every transaction on it runs under one mutex,
 * so a transaction has the database to itself, and a data directory is opened by one process at
 * a time (data-dir-lock.ts). An advisory lock there can never be contended: the ledger skips that
 * statement on such a database (about a fifth of a PGlite write-off's time).
 */
import type { Database } from './client.ts';

const singleSession = new WeakSet<Database>();

export function markSingleSession(db: Database): Database {
  singleSession.add(db);
  return db;
}

export function isSingleSession(db: Database): boolean {
  return singleSession.has(db);
}
