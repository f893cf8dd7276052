/**
 * What may be logged about a failure: its kind, the SQL state, the operation and the table.
 * Never the message: a driver's message can quote the row it failed on, and drizzle's "Failed
 * query" message lists every bound parameter (patient names, notes, MRNs, amounts). The SQL
 * text is reduced to its verb and first table, which are ours, never a person's.
 */

export interface ErrorFacts {
  /** The error's class name (DrizzleQueryError, PostgresError, …). */
  readonly kind: string;
  /** PostgreSQL's SQLSTATE ("23505", "57014") or the driver's code ("CONNECTION_CLOSED"). */
  readonly sqlState?: string;
  /** "insert ledger_entries", "select patients": the verb and first table of the failed query. */
  readonly operation?: string;
  /** A non-database code: Slack's Web API error ("not_in_channel"), Bolt's, Node's ("ECONNRESET"). */
  readonly code?: string;
}

/** Causes followed at most this deep: error chains are short, and a cycle must not loop. */
const MAX_CAUSES = 8;
const SQL_STATE = /^[0-9A-Z]{5}$/;
const DRIVER_CODE = /^[A-Z][A-Z_]{2,40}$/;
const SAFE_CODE = /^[a-z][a-z0-9_.:-]{1,60}$/i;

export function errorFacts(error: unknown): ErrorFacts {
  const facts: { kind: string; sqlState?: string; operation?: string; code?: string } = {
    kind: kindOf(error),
  };
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSES && current && typeof current === 'object'; depth++) {
    const e = current as { code?: unknown; query?: unknown; data?: { error?: unknown }; syscall?: unknown };
    if (typeof e.code === 'string') {
      // Node's own network errors (ECONNREFUSED, ECONNRESET) look like a driver's code but name
      // the failed system call: they are the error's code, not the database's state.
      const fromDatabase =
        typeof e.syscall !== 'string' && (SQL_STATE.test(e.code) || DRIVER_CODE.test(e.code));
      if (!facts.sqlState && fromDatabase) facts.sqlState = e.code;
      else if (!facts.code && SAFE_CODE.test(e.code)) facts.code = e.code;
    }
    if (!facts.operation && typeof e.query === 'string') {
      const operation = operationOf(e.query);
      if (operation) facts.operation = operation;
    }
    if (typeof e.data?.error === 'string' && SAFE_CODE.test(e.data.error)) facts.code = e.data.error;
    current =
      (current as { cause?: unknown; original?: unknown }).cause ??
      (current as { original?: unknown }).original;
  }
  return facts;
}

function kindOf(error: unknown): string {
  if (error instanceof Error) return error.constructor?.name || error.name || 'Error';
  return typeof error;
}

/** "insert into \"ledger_entries\" (…) values ($1, …)" -> "insert ledger_entries". */
export function operationOf(query: string): string | null {
  const verb = /^\s*(select|insert|update|delete|with|begin|commit|rollback|set|lock)\b/i.exec(query)?.[1];
  if (!verb) return null;
  const table = /\b(?:from|into|update|join)\s+"?([a-z_][a-z0-9_]*)"?/i.exec(query)?.[1];
  return table ? `${verb.toLowerCase()} ${table}` : verb.toLowerCase();
}

/** The stack's frames without its first line, which repeats the message. */
export function stackFrames(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  return error.stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}
