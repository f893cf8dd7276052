/**
 * Who may see the monthly write-off report: billing managers and admins, the people who decide
 * approvals and batches (DOMAIN section 4). It names billers and their totals, not patients.
 */
import { type Blocker, blocker } from '../blockers.ts';
import { can } from '../roles.ts';
import type { ActorFacts } from './facts.ts';

export function checkViewReport(actor: ActorFacts): Blocker[] {
  if (can(actor.role, 'view_reports')) return [];
  return [
    blocker(
      'NOT_AUTHORIZED',
      'Only billing managers and admins can see the write-off report.',
      'Ask a billing manager or an admin for the report.',
      'ask_admin',
    ),
  ];
}
