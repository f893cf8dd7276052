/**
 * Telling "the database went away" from every other error. A killed backend, a restart, a
 * refused or reset connection: the transaction in flight rolled back whole (PostgreSQL commits
 * all or nothing), so the user may simply try again, and idempotency keys make a repeat safe.
 */

/** SQLSTATE classes and codes that mean the connection or the server, not the request, failed. */
const UNAVAILABLE_SQL_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const CONNECTION_EXCEPTION_CLASS = '08';

/** postgres.js's own codes for a lost connection, and Node's socket errors. */
const UNAVAILABLE_CLIENT_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

/** Errors wrap their driver's error in `.cause` (DrizzleQueryError); a short walk finds it. */
const MAX_CAUSE_DEPTH = 5;

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && unavailableCode(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function unavailableCode(code: string): boolean {
  return (
    UNAVAILABLE_SQL_STATES.has(code) ||
    UNAVAILABLE_CLIENT_CODES.has(code) ||
    (/^[0-9A-Z]{5}$/.test(code) && code.startsWith(CONNECTION_EXCEPTION_CLASS))
  );
}
