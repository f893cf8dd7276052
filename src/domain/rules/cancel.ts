import { type Blocker, blocker } from '../blockers.ts';
import { formatCents } from '../money.ts';
import type { CancelReason } from '../reasons.ts';
import { can, WHO_GRANTS_ACCESS } from '../roles.ts';
import type { ActorFacts, ChargeFacts } from './facts.ts';

/**
 * Cancelling says the PR was wrong and erases it. Only PR the practice created itself can be
 * cancelled, and only while nothing has been applied against it.
 */
export function checkCancel(
  charge: ChargeFacts,
  reason: CancelReason | null | undefined,
  actor: ActorFacts,
): Blocker[] {
  if (!can(actor.role, 'cancel_pr')) {
    return [
      blocker(
        'NOT_AUTHORIZED',
        'You do not have a role that may cancel PR.',
        `Ask ${WHO_GRANTS_ACCESS}.`,
        'ask_admin',
      ),
    ];
  }
  const { totals } = charge;
  if (totals.status === 'cancelled') {
    return [
      blocker(
        'PR_CANCELLED',
        'This PR is already cancelled.',
        'Nothing more to do on this charge.',
        'none',
        'charge',
      ),
    ];
  }
  if (charge.prSource === 'remittance') {
    return [
      blocker(
        'REMITTANCE_PR',
        'This PR came from an insurance remittance, so it cannot be cancelled.',
        'Write it off instead, or post a corrected remittance if the payer made a mistake.',
        'write_off',
        'charge',
      ),
    ];
  }
  const blockers: Blocker[] = [];
  if (totals.paidCents > 0) {
    blockers.push(
      blocker(
        'HAS_PAYMENTS',
        `${formatCents(totals.paidCents)} has been paid on this PR, so it cannot be cancelled.`,
        'Refund the payment first, then cancel the PR.',
        'refund_payment',
        'charge',
      ),
    );
  }
  if (totals.writtenOffCents > 0) {
    blockers.push(
      blocker(
        'HAS_WRITE_OFFS',
        `${formatCents(totals.writtenOffCents)} of this PR is written off, so it cannot be cancelled.`,
        'Undo the write-offs first, then cancel the PR.',
        'undo_write_off',
        'charge',
      ),
    );
  }
  if (blockers.length === 0 && totals.outstandingCents === 0) {
    blockers.push(
      blocker(
        'NOTHING_OUTSTANDING',
        'Nothing is outstanding on this PR to cancel.',
        'Nothing to do on this charge.',
        'none',
        'charge',
      ),
    );
  }
  if (reason === null) {
    blockers.push(
      blocker(
        'REASON_REQUIRED',
        'Cancelling PR needs a reason.',
        'Choose entered in error, duplicate or wrong amount.',
        'fix_reason',
        'reason',
      ),
    );
  }
  return blockers;
}
