/**
 * The figures of the charge a help answer is about, told with it: what is outstanding and paid
 * when nothing stands in the way, and, when the charge has no payment to refund, which of the
 * patient's charges has one (or that none has) instead of telling the biller to go and look.
 * Only the asker sees these answers (ephemeral or DM), as with the rest of a situation.
 */
import type { Blocker } from '../domain/blockers.ts';
import { formatCents } from '../domain/money.ts';
import type { ChargeView } from '../ledger/index.ts';
import type { BlockedAction } from './blocker-topics.ts';

/** "$70.00 is outstanding; $50.00 was paid.": what the action asked about would work on. */
export function standingOf(charge: ChargeView, action: BlockedAction): string | undefined {
  if (action === 'refund_payment') return `${formatCents(charge.paidCents)} paid on it can be refunded.`;
  if (action === 'undo_write_off') return undefined;
  const paid = charge.paidCents > 0 ? `; ${formatCents(charge.paidCents)} was paid` : '';
  return `${formatCents(charge.outstandingCents)} is outstanding${paid}.`;
}

/** NO_PAYMENT's next step, made exact with the patient's other charges. */
export function withRefundElsewhere(
  blockers: readonly Blocker[],
  charges: readonly ChargeView[],
  chosen: ChargeView,
): readonly Blocker[] {
  if (!blockers.some((b) => b.code === 'NO_PAYMENT')) return blockers;
  const withPayment = charges.filter((c) => c.id !== chosen.id && c.paidCents > 0);
  const newest = withPayment.at(-1);
  const nextStep = newest
    ? `${formatCents(newest.paidCents)} paid on ${newest.description} (${newest.dateOfService}) can be refunded${
        withPayment.length > 1
          ? `, and ${withPayment.length - 1} more of the patient's charges have payments`
          : ''
      }.`
    : 'No other charge of this patient has a payment left to refund either.';
  return blockers.map((b) => (b.code === 'NO_PAYMENT' ? { ...b, nextStep } : b));
}
