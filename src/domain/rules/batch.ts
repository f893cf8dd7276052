/** Small-balance batches: who may run one (DOMAIN section 4: billing managers and admins), and which charges one takes. */
import { type Blocker, blocker } from '../blockers.ts';
import { can } from '../roles.ts';
import type { ActorFacts } from './facts.ts';

/** A balance younger than this many days may still be paid: the batch leaves it (SMALL_BALANCE_MIN_AGE_DAYS). */
export const DEFAULT_SMALL_BALANCE_MIN_AGE_DAYS = 60;

export function checkRunBatch(actor: ActorFacts): Blocker[] {
  if (can(actor.role, 'run_batch')) return [];
  return [
    blocker(
      'NOT_AUTHORIZED',
      'Only billing managers and admins can write off small balances in bulk.',
      'Ask a billing manager or an admin to run the batch, or write off single charges with /writeoff.',
      'ask_admin',
    ),
  ];
}

/** Why a small-balance batch leaves a charge out, or null when it would take it. */
export type BatchLeftOut = 'estimate' | 'nothing_outstanding' | 'over_amount' | 'too_recent';

/**
 * The batch's selection (ledger/queries/small-balances.ts, in SQL) as a rule on one charge, for
 * saying why a charge is or is not in a batch: more than $0 and at most the batch's amount
 * outstanding, a visit on or before the age cutoff, never an estimate collected at the visit
 * (placeholder PR). `underCents` undefined: any amount. test/ledger/batch-rule-agrees.test.ts
 * keeps the two readings the same.
 */
export function whyBatchLeavesOut(
  charge: { readonly prSource: string; readonly outstandingCents: number; readonly dateOfService: string },
  criteria: { readonly underCents: number | undefined; readonly serviceOnOrBefore: string },
): BatchLeftOut | null {
  if (charge.prSource === 'placeholder') return 'estimate';
  if (charge.outstandingCents <= 0) return 'nothing_outstanding';
  if (criteria.underCents !== undefined && charge.outstandingCents > criteria.underCents)
    return 'over_amount';
  if (charge.dateOfService > criteria.serviceOnOrBefore) return 'too_recent';
  return null;
}
