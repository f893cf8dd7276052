/**
 * Postings from outside the write-off workflow (a remittance or staff assessing PR, a patient
 * payment): the amount must be a valid number of cents, and a payment cannot exceed what is
 * outstanding, because this ledger keeps no credit balance.
 */
import { type Blocker, blocker } from '../blockers.ts';
import { formatCents, validateCents } from '../money.ts';

export type PostingKind = 'payment' | 'pr_assessed';

export function checkPosting(kind: PostingKind, amountCents: number, outstandingCents: number): Blocker[] {
  const amount = validateCents(amountCents);
  if (!amount.ok)
    return [blocker('AMOUNT_INVALID', amount.message, 'Fix the amount.', 'fix_amount', 'amount')];
  if (kind === 'payment' && amount.cents > outstandingCents)
    return [paymentExceedsOutstanding(amount.cents, outstandingCents)];
  return [];
}

function paymentExceedsOutstanding(amountCents: number, outstandingCents: number): Blocker {
  return blocker(
    'AMOUNT_EXCEEDS_OUTSTANDING',
    `A payment of ${formatCents(amountCents)} is more than the ${formatCents(outstandingCents)} outstanding.`,
    'Post at most the outstanding PR; record any overpayment as a credit outside this ledger.',
    'fix_amount',
    'amount',
  );
}
