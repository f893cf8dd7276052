/**
 * The common end of every confirm: a refusal goes back onto the form (and is remembered for
 * "why can't I?"), a repeat says nothing new, and a fresh result becomes the summary to show.
 */
import type { Database } from '../db/client.ts';
import type { ActionKind, Blocker } from '../domain/index.ts';
import type { ExecuteOutcome } from './execute-once.ts';
import type { DoneSummary, SubmitOutcome } from './outcomes.ts';
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
}

export async function settle<T>(
  db: Database,
  outcome: ExecuteOutcome<T>,
  params: SettleParams<T>,
): Promise<SubmitOutcome> {
  if (outcome.kind === 'blocked') {
    await noteRefusal(db, { ...params.refused, blockers: outcome.blockers });
    return { kind: 'invalid', errors: params.toErrors(outcome.blockers) };
  }
  if (outcome.kind === 'already_done') return outcome;
  if (outcome.replayed) return { kind: 'done', replayed: true, summary: null };
  return { kind: 'done', replayed: false, summary: await params.summarize(outcome.value) };
}
