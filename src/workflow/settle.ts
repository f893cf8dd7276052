/**
 * The common end of every confirm: a refusal goes back onto the form (and is remembered for
 * "why can't I?"), a repeat says nothing new, and a fresh result becomes the summary to show.
 */
import type { Database } from '../db/client.ts';
import type { ActionKind, Blocker } from '../domain/index.ts';
import { isApprovalRequested } from '../ledger/index.ts';
import { approversFor, loadApprovalCard } from './approval-card.ts';
import type { ExecuteOutcome } from './execute-once.ts';
import type { DoneSummary, RefusalNotice, SubmitOutcome } from './outcomes.ts';
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
    return notices.length > 0 ? { kind: 'invalid', errors, notices } : { kind: 'invalid', errors };
  }
  if (outcome.kind === 'already_done') return outcome;
  if (outcome.replayed) return { kind: 'done', replayed: true, summary: null };
  // Above the limit the ledger filed an approval request instead of writing: say so, and to whom.
  if (isApprovalRequested(outcome.value)) {
    // Remembered like a refusal: "why didn't it write off?" is then answered with the limit.
    await noteRefusal(db, { ...params.refused, blockers: [outcome.value.overLimit] });
    return sentForApproval(db, outcome.value.approvalId);
  }
  return { kind: 'done', replayed: false, summary: await params.summarize(outcome.value) };
}

async function sentForApproval(db: Database, approvalId: string): Promise<SubmitOutcome> {
  const card = await loadApprovalCard(db, approvalId, new Date());
  if (!card) throw new Error(`invariant: approval request ${approvalId} was just filed but is not there`);
  return { kind: 'sent_for_approval', card, approvers: await approversFor(db, card.requestedBy) };
}
