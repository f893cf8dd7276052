/** Who may run a small-balance batch (DOMAIN section 4: billing managers and admins). */
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
