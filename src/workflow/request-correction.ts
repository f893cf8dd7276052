/**
 * A request corrected by the person who made it, in its own thread ("actually make it $25"): the
 * request still waiting for someone to confirm it starts its form from the new amount or reason.
 * Nothing is written to the ledger; the form shows the change and whoever confirms still decides.
 */
import type { Database } from '../db/client.ts';
import type { RequestCorrection } from '../nlu/correction.ts';
import { updatePendingPayload } from './pending-actions.ts';
import type { PendingAction, RequestHints } from './types.ts';

export type CorrectionOutcome =
  /** Only the person who asked may change what they asked. */
  | { readonly kind: 'not_theirs' }
  /** Confirmed, refused or expired already: changing it now would change nothing. */
  | { readonly kind: 'closed' }
  /**
   * Someone has opened its form: a form already open confirms what it shows, so a change now
   * would not reach it (and more could be written off than was asked). Left as it is.
   */
  | { readonly kind: 'in_review' }
  | { readonly kind: 'updated'; readonly hints: RequestHints };

/** `pending`: the request the thread holds, as the caller read it to know there is one. */
export async function correctRequest(
  db: Database,
  params: {
    readonly pending: PendingAction;
    readonly userId: string;
    readonly correction: RequestCorrection;
  },
): Promise<CorrectionOutcome> {
  const { pending } = params;
  if (pending.requestedBy !== params.userId) return { kind: 'not_theirs' };
  if (pending.status !== 'pending') return { kind: 'closed' };
  if (pending.payload.reviewStartedAt) return { kind: 'in_review' };
  const hints = correctedHints(pending.payload.hints, params.correction);
  await updatePendingPayload(db, pending.id, { ...pending.payload, hints });
  return { kind: 'updated', hints };
}

/** An amount replaces "all" and the other way round; a reason alone leaves the amount. */
function correctedHints(hints: RequestHints, correction: RequestCorrection): RequestHints {
  const amount =
    correction.amountCents !== undefined
      ? { amountCents: correction.amountCents, amountAll: false, amountProblem: null }
      : correction.amountAll
        ? { amountCents: null, amountAll: true, amountProblem: null }
        : {};
  return { ...hints, ...amount, ...(correction.reason ? { reason: correction.reason } : {}) };
}
