/** Amount flags: money text through the domain parser, or "all". Checked before the database opens. */
import { isAllAmount, parseAmount } from '../domain/money.ts';
import { BadInputError } from './command.ts';

/** Cents, or 'all'; anything that does not parse or is out of range is bad input (exit 2). */
export function parseAmountFlag(text: string): number | 'all' {
  if (isAllAmount(text)) return 'all';
  const parsed = parseAmount(text);
  if (!parsed.ok) throw new BadInputError(`Amount "${text}" (${parsed.problem}): ${parsed.message}`);
  return parsed.cents;
}
