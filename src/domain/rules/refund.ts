import { amountInvalid, type Blocker, blocker } from '../blockers.ts';
import { formatCents } from '../money.ts';
import { can, WHO_GRANTS_ACCESS } from '../roles.ts';
import type { ActorFacts, AmountInput } from './facts.ts';

export interface PaymentFacts {
  readonly amountCents: number;
  readonly refundedCents: number;
  /**
   * What is left to refund of all the charge's payments together, when known. At 0 the charge has
   * no payment left to refund (NO_PAYMENT), as `why` says; a payment refunded in full beside
   * others that are not is REFUND_EXCEEDS_PAYMENT: choose another.
   */
  readonly chargeRefundableCents?: number;
}

/** Refunds, full or partial, up to what is left of the payment; billing managers and admins only. */
export function checkRefund(payment: PaymentFacts, amount: AmountInput, actor: ActorFacts): Blocker[] {
  if (!can(actor.role, 'refund_payment')) {
    return [
      blocker(
        'NOT_AUTHORIZED',
        'Only billing managers and admins may refund payments.',
        `Ask a billing manager to refund it, or ask ${WHO_GRANTS_ACCESS}.`,
        'ask_admin',
      ),
    ];
  }
  const refundableCents = payment.amountCents - payment.refundedCents;
  if (refundableCents <= 0 && payment.chargeRefundableCents === 0) return [noPaymentToRefund('all_refunded')];
  if (refundableCents <= 0) {
    return [
      blocker(
        'REFUND_EXCEEDS_PAYMENT',
        `This ${formatCents(payment.amountCents)} payment has already been refunded in full.`,
        'Choose another payment to refund.',
        'none',
        'payment',
      ),
    ];
  }
  if (amount === undefined) return [];
  if (!amount.ok) return [amountInvalid(amount.message)];
  if (amount.cents > refundableCents) {
    return [
      blocker(
        'REFUND_EXCEEDS_PAYMENT',
        `At most ${formatCents(refundableCents)} of this payment can be refunded.`,
        `Enter ${formatCents(refundableCents)} or less.`,
        'fix_amount',
        'amount',
      ),
    ];
  }
  return [];
}

/** "Why can't I refund?" on a charge with no payment left to refund (DOMAIN.md section 3). */
export function noPaymentToRefund(payments: 'none' | 'all_refunded' = 'none'): Blocker {
  return blocker(
    'NO_PAYMENT',
    payments === 'none'
      ? 'There is no payment on this charge to refund.'
      : 'Every payment on this charge has already been refunded in full.',
    'Check the patient’s other charges for the payment.',
    'none',
    'payment',
  );
}

/** Said with every refund: the PR comes back and must be dealt with separately. */
export const REFUND_REOPENS_PR =
  'The refund does not remove the PR: it is outstanding again, so write it off or cancel it separately if it should not be collected.';
