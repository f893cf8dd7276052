/**
 * One place turns errors into an exit code and a message. Expected problems say what to fix;
 * anything else gets a safe one-liner, because raw errors can carry SQL parameters (patient data).
 */
import { ZodError } from 'zod';
import { ConfigError } from '../config.ts';
import { DataDirBusyError } from '../db/data-dir-lock.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { IdempotencyConflictError, NoteTooLongError, NotFoundError, sqlStateOf } from '../ledger/errors.ts';
import { BadInputError, EXIT_BAD_INPUT, EXIT_FAILURE } from './command.ts';

export interface ErrorReport {
  readonly exitCode: number;
  readonly message: string;
}

export function reportFor(error: unknown): ErrorReport {
  if (error instanceof BadInputError || error instanceof NotFoundError || error instanceof NoteTooLongError) {
    return { exitCode: EXIT_BAD_INPUT, message: error.message };
  }
  if (error instanceof IdempotencyConflictError) return { exitCode: EXIT_BAD_INPUT, message: error.message };
  if (error instanceof ZodError) {
    const problems = error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    return { exitCode: EXIT_BAD_INPUT, message: `Invalid input: ${problems}` };
  }
  if (error instanceof DataDirBusyError || error instanceof ConfigError) {
    return { exitCode: EXIT_FAILURE, message: error.message };
  }
  if (isDatabaseUnavailable(error)) return { exitCode: EXIT_FAILURE, message: DATABASE_UNREACHABLE };
  return { exitCode: EXIT_FAILURE, message: unexpectedMessage(error) };
}

const DATABASE_UNREACHABLE =
  'The database could not be reached, or the connection to it was lost. Check DATABASE_URL and that PostgreSQL is running, then run the command again: with the same --key, a change is never made twice.';

function unexpectedMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const sqlState = sqlStateOf(error);
  const detail = sqlState ? `${name}, SQLSTATE ${sqlState}` : name;
  return `The command failed unexpectedly (${detail}). Details are not shown because they may contain patient data.`;
}
