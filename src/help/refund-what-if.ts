/**
 * "if I refund maria garcia's payment what does she owe": what a refund would leave owed. A refund
 * re-opens the PR it paid (DOMAIN section 3), so the charge's outstanding and the patient's total
 * go up by the amount refunded. Told with the balance as it is now, the answer read as if the
 * refund changed nothing; the undo's what-if already says what would be owed again.
 */
import { formatCents } from '../domain/money.ts';
import type { ChargeView } from '../ledger/index.ts';

// A refund supposed, not done: "if I refund …", "after the refund", "once we refund", "were I to".
// "after the refunds" with "now" is refunds already made ("does Lee Chen owe anything now after the
// refunds?"): what is owed now, not a what-if; "after I refund her" is one to come.
const SUPPOSED =
  /\b(?:if|once|when|suppose|say)\b[^.?!]{0,40}?\brefund\w*|\bafter\s+(?:i|we|you)\s+(?:\S+\s+)?refund\b|\brefund\w*[^.?!]{0,60}?\b(?:would|will|'d|what happens)\b/i;
// What is owed asked: "what does she owe", "what's her balance then", "how much would be left".
const OWED_ASKED = /\bowe[sd]?\b|\bowing\b|\bbalance\b|\bbal\b|\boutstanding\b|\bleft\b|\bdue\b/i;

/** Whether the question asks what would be owed after a refund. */
export function asksOwedAfterRefund(question: string): boolean {
  return SUPPOSED.test(question) && OWED_ASKED.test(question);
}

/**
 * "If the $100.00 paid on it is refunded, $220.00 would be outstanding on this charge again, and
 * María García would owe $260.00 in all (she owes $160.00 now)." `refundCents` is the amount the
 * question names, else all that was paid on the charge.
 */
export function owedAfterRefund(
  charge: ChargeView,
  patientCharges: readonly ChargeView[],
  refundCents: number | undefined,
): string | undefined {
  const refunded = Math.min(refundCents ?? charge.paidCents, charge.paidCents);
  if (refunded <= 0) return undefined;
  const total = patientCharges.reduce((sum, c) => sum + c.outstandingCents, 0);
  const whole = refundCents === undefined || refunded === charge.paidCents ? 'all' : formatCents(refunded);
  const what =
    whole === 'all' ? `the ${formatCents(refunded)} paid on it` : `${whole} of what was paid on it`;
  return (
    `If ${what} is refunded, ${formatCents(charge.outstandingCents + refunded)} would be outstanding on this charge, ` +
    `and ${charge.patientName} would owe ${formatCents(total + refunded)} in all (${formatCents(total)} now), ` +
    'until it is paid again or written off.'
  );
}

// A write-off supposed: "if I write off the rest", "once I w/o it", "after I write it off".
const WRITE_OFF_SUPPOSED =
  /\b(?:if|once|when|after|suppose|say)\s+(?:i|we|you)\s+(?:\S+\s+)?(?:write|writeoff|w\/o)\b|\bwrit\w*[\s-]*off\b[^.?!]{0,60}?\b(?:would|will|'d)\b/i;
// The balance asked of it: "what happens to her balance", "what will she owe", "what's left".
const BALANCE_ASKED = /\bbalance\b|\bbal\b|\bowe[sd]?\b|\bowing\b|\bleft\b|\btotal\b/i;

/** Whether the question asks what the patient would owe after a write-off. */
export function asksOwedAfterWriteOff(question: string): boolean {
  return WRITE_OFF_SUPPOSED.test(question) && BALANCE_ASKED.test(question);
}

/**
 * "Writing off the $85.00 outstanding on it takes Jane Doe's balance from $155.00 to $70.00." The
 * amount asked, else all the charge has outstanding ("the rest"), never more than it has.
 */
export function owedAfterWriteOff(
  charge: ChargeView,
  patientCharges: readonly ChargeView[],
  amountCents: number | undefined,
): string | undefined {
  const off = Math.min(amountCents ?? charge.outstandingCents, charge.outstandingCents);
  if (off <= 0) return undefined;
  const total = patientCharges.reduce((sum, c) => sum + c.outstandingCents, 0);
  const what =
    off === charge.outstandingCents
      ? `the ${formatCents(off)} outstanding on it`
      : `${formatCents(off)} of it`;
  return (
    `Writing off ${what} takes ${charge.patientName}'s balance from ${formatCents(total)} to ${formatCents(total - off)}` +
    ` (this charge from ${formatCents(charge.outstandingCents)} to ${formatCents(charge.outstandingCents - off)}).`
  );
}
