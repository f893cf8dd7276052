/**
 * How sure the rules are, 0..1. Above CONFIDENT_AT the model is not asked: the request named
 * what it wants and everything that action needs was found.
 */
import type { ParsedRequest } from './schema.ts';

export const CONFIDENT_AT = 0.8;

export function rulesConfidence(parsed: ParsedRequest, explicitIntent: boolean): number {
  if (!explicitIntent) return 0.2;
  const hasPatient = parsed.patient !== null;
  const hasAmount = parsed.amountCents !== null || parsed.amountAll || parsed.amountProblem !== null;
  switch (parsed.intent) {
    case 'write_off':
      return 0.4 + (hasPatient ? 0.25 : 0) + (hasAmount ? 0.25 : 0) + (parsed.reason ? 0.1 : 0);
    case 'small_balance_batch':
      return parsed.amountCents !== null ? 0.95 : 0.5;
    case 'undo_write_off':
    case 'cancel_pr':
    case 'refund_payment':
    case 'balance':
      return hasPatient ? 0.9 : 0.7;
    case 'help':
      return 0.85;
    case 'unknown':
      return 0.2;
  }
}
