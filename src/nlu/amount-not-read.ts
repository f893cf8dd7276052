/**
 * An amount written with a dollar sign that the rules could not read ("$abc", "$forty-ish"): the
 * reading would otherwise carry no amount and no word of what was typed, where "$-5" or "$1e9" are
 * named with what is wrong. Said as money.ts says it of such text, in `amountProblem`, so every
 * reader of the parse (the form, `cli parse`, the model's guard) names it alike.
 */
import { parseAmount } from '../domain/money.ts';
import type { ParsedRequest } from './schema.ts';

/** A dollar sign written right before a word. */
const DOLLAR_BEFORE_WORD = /(?:^|[\s(])\$([A-Za-z][^\s,;]*)/;

/** Only when no amount and no problem with one was found; balances and help take no amount. */
export function withAmountNotRead(text: string, parsed: ParsedRequest): ParsedRequest {
  if (parsed.amountProblem || parsed.amountCents !== null || parsed.amountAll) return parsed;
  if (parsed.intent === 'balance' || parsed.intent === 'help') return parsed;
  const written = DOLLAR_BEFORE_WORD.exec(text)?.[1];
  if (!written) return parsed;
  const read = parseAmount(written);
  return read.ok ? parsed : { ...parsed, amountProblem: read.message };
}
