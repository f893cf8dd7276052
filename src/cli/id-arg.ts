/**
 * Ids typed on the command line. Each is checked against what its column can hold before the
 * database is asked: PostgreSQL refuses an out-of-range parameter with an error (SQLSTATE 22003)
 * instead of finding nothing, and that error would reach the user as an unexpected failure.
 */
import { requireFlag } from './args.ts';
import { BadInputError } from './command.ts';

/** Charges and patients have PostgreSQL `integer` ids. */
export const MAX_INTEGER_ID = 2_147_483_647;
/** Ledger entries have `bigint` ids, read as JavaScript numbers: exact up to this one. */
export const MAX_ENTRY_ID = Number.MAX_SAFE_INTEGER;

const ID_LIMITS = {
  charge: MAX_INTEGER_ID,
  patient: MAX_INTEGER_ID,
  entry: MAX_ENTRY_ID,
  payment: MAX_ENTRY_ID,
} as const;

export type IdKind = keyof typeof ID_LIMITS;

/**
 * A positive whole number no larger than ids of that kind go. `label` is how the message names
 * the argument ("--charge", "The charge id").
 */
export function parseId(value: string | undefined, label: string, kind: IdKind): number {
  const text = requireFlag(value, label);
  if (!/^\d+$/.test(text) || BigInt(text) === 0n) {
    throw new BadInputError(`${label} must be a positive whole number, got "${text}".`);
  }
  const max = ID_LIMITS[kind];
  if (BigInt(text) > BigInt(max)) {
    throw new BadInputError(`${label} ${text} is too large: no ${kind} has an id above ${max}.`);
  }
  return Number(text);
}
