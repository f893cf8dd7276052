/**
 * "can i w/o tom baker's colonoscopy or do i need to refund first?": whether a refund must come
 * before the write-off. It must only when the PR was paid (PR_PAID, DOMAIN section 3): what is
 * still outstanding can be written off as it is, and the answer says which it is for the charge,
 * from its own figures, beside the rules' verdict.
 */
import { formatCents } from '../domain/money.ts';
import type { ChargeView } from '../ledger/index.ts';

// A refund asked as a step before: "refund first", "do I need to refund before", "have to refund
// the payment first", "does it need a refund first".
const REFUND_FIRST =
  /\brefund\w*\s+(?:\S+\s+){0,3}?(?:first|beforehand)\b(?!\s+(?:thing|time|of|one|payment|week|day)\b)|\b(?:need|needs|have|has|must|should)\s+(?:to\s+)?(?:be\s+)?(?:a\s+)?refund\w*\b(?:\s+\S+){0,4}?\s+(?:first|before)\b|\brefund\w*\s+(?:it|that|this|the payment)?\s*(?:before|prior to)\s+(?:i|we|the)?\s*(?:writ\w*|w\/o|writeoff)/i;

/** Whether the question asks whether a refund must come before the write-off. */
export function asksRefundFirst(question: string): boolean {
  return REFUND_FIRST.test(question.replace(/[’‘]/g, "'"));
}

/**
 * Whether a refund is needed first on this charge, said from its figures: none when nothing was
 * paid on it; only for the paid part when part was paid and the rest is outstanding.
 */
export function refundFirstLine(charge: ChargeView): string | undefined {
  if (charge.outstandingCents <= 0) return undefined;
  if (charge.paidCents <= 0)
    return 'No refund is needed first: nothing was paid on this charge. A refund comes first only when the PR was paid.';
  return (
    `No refund is needed to write off the ${formatCents(charge.outstandingCents)} still outstanding; ` +
    `a refund comes first only for the ${formatCents(charge.paidCents)} that was paid, if that part is to be written off too.`
  );
}
