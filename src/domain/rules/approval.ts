/**
 * Deciding an approval request (DOMAIN.md sections 3-4): a billing manager or admin other than
 * the requester, while the request is pending and not older than 7 days. The write-off itself is
 * checked again by checkWriteOff at the same time; these rules are about the decision.
 */
import { type Blocker, blocker } from '../blockers.ts';
import { formatCents } from '../money.ts';
import { can, ROLE_LABELS, withinLimit } from '../roles.ts';
import type { ActorFacts } from './facts.ts';

/** `expired`: still pending after 7 days; marked by the maintenance run (workflow/maintenance.ts). */
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'expired'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** How long a request can be decided; older ones are expired and must be asked for again. */
export const APPROVAL_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface ApprovalFacts {
  readonly requestedBy: string;
  readonly status: ApprovalStatus;
  readonly createdAt: Date;
  /** Who approved or rejected it, once decided. */
  readonly decidedBy: string | null;
}

export function approvalExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + APPROVAL_TTL_MS);
}

export function isApprovalExpired(approval: Pick<ApprovalFacts, 'createdAt'>, now: Date): boolean {
  return now.getTime() >= approvalExpiresAt(approval.createdAt).getTime();
}

/** Everything that stands in the way of this user approving or rejecting the request now. */
export function checkApprovalDecision(approval: ApprovalFacts, decider: ActorFacts, now: Date): Blocker[] {
  if (approval.status === 'expired' || (approval.status === 'pending' && isApprovalExpired(approval, now))) {
    return [approvalExpired()];
  }
  if (approval.status !== 'pending') {
    const by = approval.decidedBy ? ` by ${approval.decidedBy}` : '';
    return [
      blocker(
        'APPROVAL_DECIDED',
        `This request was already ${approval.status}${by}, so nothing more was changed.`,
        'Nothing to do; the requester was told the outcome.',
        'none',
        null,
        approval.decidedBy ?? undefined,
      ),
    ];
  }
  if (approval.requestedBy === decider.userId) {
    return [
      blocker(
        'SELF_APPROVAL',
        'You asked for this write-off, so you cannot approve or reject it yourself.',
        'Another billing manager or admin decides it.',
        'none',
      ),
    ];
  }
  if (!can(decider.role, 'approve')) {
    // Said with the role they have: a biller pointed to "/billing role @you biller" would be sent
    // for a role they already hold.
    const yours = decider.role
      ? ` Your role is ${ROLE_LABELS[decider.role].toLowerCase()}.`
      : ' You have no role in the billing app.';
    return [
      blocker(
        'NOT_AUTHORIZED',
        `Approvals need a billing manager or admin: only they can approve or reject write-off requests.${yours}`,
        'Leave it to a billing manager or admin. If you should decide approvals yourself, ask an admin of the billing app to give you the billing manager role (/billing role @you billing_manager).',
        'ask_admin',
      ),
    ];
  }
  return [];
}

/**
 * A billing manager or admin given a write-off limit approves no more than they may write off
 * themselves: an approval is how a write-off above a limit is made, and one under another's
 * limit would not be the check it stands for. Like any limit it counts the last 24 hours for the
 * patient (`earlierCents`: what the approver wrote off or approved for them), so several requests
 * cannot be approved past it in pieces. Rejecting is never limited.
 */
export function checkApproverLimit(amountCents: number, approver: ActorFacts, earlierCents = 0): Blocker[] {
  const limitCents = approver.limitCents;
  const totalCents = amountCents + earlierCents;
  // The null test narrows the type for the message; withinLimit already holds it.
  if (withinLimit(limitCents, totalCents) || limitCents === null) return [];
  const what =
    earlierCents > 0
      ? `This write-off of ${formatCents(amountCents)}, with the ${formatCents(earlierCents)} you already wrote off or approved for this patient in the last 24 hours, comes to ${formatCents(totalCents)}`
      : `This write-off is ${formatCents(amountCents)}`;
  return [
    blocker(
      'NOT_AUTHORIZED',
      `${what}, above your own write-off limit of ${formatCents(limitCents)}, so you cannot approve it.`,
      'Leave it to an admin or a billing manager whose limit covers it, or reject it.',
      'none',
    ),
  ];
}

function approvalExpired(): Blocker {
  return blocker(
    'APPROVAL_EXPIRED',
    'This request is older than 7 days and has expired, so it can no longer be approved or rejected.',
    'If the write-off is still wanted, the requester asks for it again.',
    'none',
  );
}
