/**
 * The write-off rules checked again when a request is approved (DOMAIN.md sections 3-4), told to
 * the people concerned: the approver, who did not ask for the write-off and has no amount to
 * change, and the requester, whose request stays open until someone decides it. The codes stay
 * those of the write-off rules, so the audit log and "why" answers read the same; the sentences
 * say who is meant, because "You do not have a role" or "Enter $85.00 or less" shown to an
 * approver sends them after the wrong fix.
 */
import { type Blocker, blocker } from '../blockers.ts';
import { isoDay } from '../calendar-day.ts';
import { formatCents, validateCents } from '../money.ts';
import type { WriteOffReason } from '../reasons.ts';
import type { ActorFacts, ChargeFacts } from './facts.ts';
import { checkWriteOff } from './write-off.ts';

/** The write-off as the request filed it. */
export interface RequestedWriteOff {
  readonly amountCents: number;
  readonly reason: WriteOffReason;
  readonly note: string | null;
}

/** Every write-off rule but the limit (the approval is what lifts it), for the request as filed. */
export function checkApprovedWriteOff(
  charge: ChargeFacts,
  request: RequestedWriteOff,
  requester: ActorFacts,
): Blocker[] {
  const check = { amount: validateCents(request.amountCents), reason: request.reason, note: request.note };
  const blockers = checkWriteOff(charge, check, { ...requester, limitCents: null });
  return blockers.map((b) => atApproval(b, charge, request.amountCents));
}

const STAYS_OPEN = 'Your request stays open until a billing manager or admin decides it.';
const NOTHING_LEFT = 'Reject it: nothing is left to write off.';

function atApproval(b: Blocker, charge: ChargeFacts, requestedCents: number): Blocker {
  switch (b.code) {
    case 'NOT_AUTHORIZED':
      return requesterLostRole();
    case 'AMOUNT_EXCEEDS_OUTSTANDING':
      return lessOutstandingThanRequested(charge, requestedCents);
    case 'NOTHING_OUTSTANDING':
      return alreadyWrittenOff(charge);
    case 'PR_PAID':
    case 'PR_CANCELLED':
      return { ...approverSees(b, NOTHING_LEFT), requesterNextStep: STAYS_OPEN };
    default:
      return {
        ...approverSees(b, 'Reject it with that reason; the requester can ask again once it is sorted out.'),
        requesterNextStep: STAYS_OPEN,
      };
  }
}

/** The approval modal has one field, the note: every refusal goes there, whatever it is about. */
function approverSees(b: Blocker, nextStep: string): Blocker {
  return { ...b, nextStep, nextAction: 'none', field: null };
}

function requesterLostRole(): Blocker {
  return {
    ...blocker(
      'NOT_AUTHORIZED',
      'The requester no longer has a role that may write off patient responsibility, so this request cannot be approved.',
      'Reject it, or ask an admin to restore their role and approve it then.',
      'none',
    ),
    requesterNextStep: `To write off again, ask an admin of the billing app for your role back. ${STAYS_OPEN}`,
  };
}

function lessOutstandingThanRequested(charge: ChargeFacts, requestedCents: number): Blocker {
  const { outstandingCents, paidCents } = charge.totals;
  const left = formatCents(outstandingCents);
  const paid = paidCents > 0 ? ` (${formatCents(paidCents)} of the PR was paid)` : '';
  return {
    ...blocker(
      'AMOUNT_EXCEEDS_OUTSTANDING',
      `Only ${left} is outstanding on this charge now${paid}, less than the ${formatCents(requestedCents)} requested.`,
      `Reject it; the requester can ask again for at most ${left}.`,
      'none',
    ),
    requesterNextStep: `To write off what is left, ask again for at most ${left}. ${STAYS_OPEN}`,
  };
}

/**
 * Without naming who wrote it off: the approver reads this under a form field, which Slack shows
 * as plain text, where a user id cannot become a name.
 */
function alreadyWrittenOff(charge: ChargeFacts): Blocker {
  const last = charge.lastWriteOff;
  const when = last ? ` on ${isoDay(last.createdAt)}` : '';
  return {
    ...blocker(
      'NOTHING_OUTSTANDING',
      `This PR was already written off${when}, so nothing is outstanding.`,
      NOTHING_LEFT,
      'none',
    ),
    requesterNextStep: STAYS_OPEN,
  };
}
