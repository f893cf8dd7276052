/**
 * The common end of every confirm: a refusal goes back onto the form (and is remembered for
 * "why can't I?"), a repeat says nothing new, and a fresh result becomes the summary to show.
 */
import type { Database } from '../db/client.ts';
import type { ActionKind, Blocker } from '../domain/index.ts';
import { type ApprovalRequested, isApprovalRequested } from '../ledger/index.ts';
import { approversFor, loadApprovalCard } from './approval-card.ts';
import { alreadySentForApproval } from './approval-resubmit.ts';
import { peopleNamed } from './charge-choices.ts';
import type { ExecuteOutcome } from './execute-once.ts';
import { closesForm, type DoneSummary, type RefusalNotice, type SubmitOutcome } from './outcomes.ts';
import { noteRefusal } from './refusals.ts';
import type { FieldErrors } from './types.ts';

export interface SettleParams<T> {
  readonly refused: {
    readonly actorId: string;
    readonly action: ActionKind;
    readonly chargeId: number | null | undefined;
  };
  /** Where the blockers go on the form. */
  readonly toErrors: (blockers: readonly Blocker[]) => FieldErrors;
  /** Only for a fresh result: what was done, for the confirmation message. */
  readonly summarize: (value: T) => Promise<DoneSummary>;
  /** Who else hears of a refusal (the requester of an approval); none by default. */
  readonly notices?: (blockers: readonly Blocker[]) => Promise<RefusalNotice[]>;
  /** Every refusal replaces the form (WorkflowAction.refusalsCloseForm); else only those of closesForm(). */
  readonly refusalsCloseForm?: boolean;
}

export async function settle<T>(
  db: Database,
  outcome: ExecuteOutcome<T>,
  params: SettleParams<T>,
): Promise<SubmitOutcome> {
  if (outcome.kind === 'blocked') {
    await noteRefusal(db, { ...params.refused, blockers: outcome.blockers });
    const errors = params.toErrors(outcome.blockers);
    const notices = (await params.notices?.(outcome.blockers)) ?? [];
    return {
      kind: 'invalid',
      errors,
      ...peopleNamed(outcome.blockers),
      codes: outcome.blockers.map((b) => b.code),
      ...(notices.length > 0 ? { notices } : {}),
      ...(params.refusalsCloseForm || closesForm(outcome.blockers) ? { closesForm: outcome.blockers } : {}),
    };
  }
  if (outcome.kind === 'already_done') return outcome;
  // A second delivery of a confirm that went for approval: it is waiting, which "done" would not say.
  if (outcome.replayed && isApprovalRequested(outcome.value)) {
    const waiting = await alreadySentForApproval(db, outcome.value.approvalId, new Date());
    if (waiting) return waiting;
  }
  if (outcome.replayed) return { kind: 'done', replayed: true, summary: null };
  // Above the limit the ledger filed an approval request instead of writing: say so, and to whom.
  if (isApprovalRequested(outcome.value)) {
    // Remembered like a refusal: "why didn't it write off?" is then answered with the limit.
    await noteRefusal(db, { ...params.refused, blockers: [outcome.value.overLimit] });
    return sentForApproval(db, outcome.value);
  }
  return { kind: 'done', replayed: false, summary: await params.summarize(outcome.value) };
}

async function sentForApproval(db: Database, requested: ApprovalRequested): Promise<SubmitOutcome> {
  const { approvalId, limit } = requested;
  const loaded = await loadApprovalCard(db, approvalId, new Date());
  if (!loaded) throw new Error(`invariant: approval request ${approvalId} was just filed but is not there`);
  // The figures the limit was checked with, for the requester's window and the card.
  const card = limit ? { ...loaded, limit } : loaded;
  return { kind: 'sent_for_approval', card, approvers: await approversFor(db, card) };
}
