/** Amount flags: money text through the domain parser, or "all". Checked before the database opens. */
import { parseAmount } from '../domain/money.ts';
import { BadInputError } from './command.ts';

const ALL_WORDS = new Set(['all', 'rest', 'the rest', 'remaining']);

/** Cents, or 'all'; anything that does not parse or is out of range is bad input (exit 2). */
export function parseAmountFlag(text: string): number | 'all' {
  if (ALL_WORDS.has(text.trim().toLowerCase())) return 'all';
  const parsed = parseAmount(text);
  if (!parsed.ok) throw new BadInputError(`Amount "${text}" (${parsed.problem}): ${parsed.message}`);
  return parsed.cents;
}
