/** Errors the ledger throws for bad input. Rule refusals are Blockers (values), not errors. */

/** A patient, charge, payment or entry id that does not exist. */
export class NotFoundError extends Error {
  constructor(what: string, id: string | number) {
    super(`No ${what} with id ${id}.`);
    this.name = 'NotFoundError';
  }
}

/** A note longer than the ledger keeps (MAX_NOTE_LENGTH); nothing was written. */
export class NoteTooLongError extends Error {
  constructor(length: number, maxLength: number) {
    super(`The note is ${length} characters; at most ${maxLength} are kept.`);
    this.name = 'NoteTooLongError';
  }
}

/** The same idempotency key was sent with a different request. */
export class IdempotencyConflictError extends Error {
  constructor(key: string) {
    super(`The idempotency key "${key}" was already used for a different request.`);
    this.name = 'IdempotencyConflictError';
  }
}

/** Walks DrizzleQueryError.cause chains for the driver's SQLSTATE code. */
export function sqlStateOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
