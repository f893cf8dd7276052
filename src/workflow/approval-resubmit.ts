/**
 * A write-off form confirmed again after it went for approval: the same view submitted twice
 * (a double click, a form still open in another window), perhaps with another amount typed in.
 * Nothing more is sent; the person is told the request is waiting (or how it was decided), and,
 * when the form now differs, what was sent.
 */
import type { Database } from '../db/client.ts';
import { parseAmount } from '../domain/index.ts';
import { type ApprovalView, getApproval, isApprovalRequested } from '../ledger/index.ts';
import { approvalCard } from './approval-card.ts';
import type { SubmitOutcome } from './outcomes.ts';
import type { FormInput, PendingAction } from './types.ts';

/** Null when the pending action's result is not an approval request (it was done, say). */
export async function resubmittedForApproval(
  db: Database,
  pending: PendingAction,
  form: FormInput,
  now: Date,
): Promise<SubmitOutcome | null> {
  if (!isApprovalRequested(pending.result)) return null;
  return alreadySentForApproval(db, pending.result.approvalId, now, form);
}

/** `form`: what was submitted this time, compared with what was sent; none for a repeat delivery. */
export async function alreadySentForApproval(
  db: Database,
  approvalId: string,
  now: Date,
  form?: FormInput,
): Promise<SubmitOutcome | null> {
  const view = await getApproval(db, approvalId);
  if (!view) return null;
  const formDiffers = form ? differsFromRequest(view, form) : false;
  return { kind: 'already_sent_for_approval', card: approvalCard(view, now), formDiffers };
}

/** Another charge, or an amount that reads as other money ("all" cannot be compared, so it is not). */
function differsFromRequest(view: ApprovalView, form: FormInput): boolean {
  if (form.charge && form.charge !== String(view.chargeId)) return true;
  const amount = parseAmount(form.amountText ?? '');
  return amount.ok && amount.cents !== view.amountCents;
}
