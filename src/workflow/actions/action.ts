/**
 * What one kind of action is to the application layer: the steps every confirm modal goes
 * through. The generic paths (modals.ts, submit.ts) run these steps; a kind only supplies them.
 */
import type { Database } from '../../db/client.ts';
import type { EntrySource } from '../../db/schema/index.ts';
import type { ActionKind, Blocker } from '../../domain/index.ts';
import type { LedgerResult } from '../../ledger/index.ts';
import type { DoneSummary, RefusalNotice } from '../outcomes.ts';
import type { ReadAhead, ReadAheadPlan } from '../read-ahead.ts';
import type { RepeatProbe } from '../repeats.ts';
import type { FieldErrors, FormField, FormInput, PendingAction } from '../types.ts';

export interface ModelParams {
  readonly pending: PendingAction;
  readonly actorId: string;
  readonly form?: FormInput;
}

/** A submission of a still-pending action. */
export interface SubmitContext {
  readonly pending: PendingAction;
  readonly actorId: string;
  readonly form: FormInput;
  readonly source: EntrySource;
  /** The note as the ledger stores it: trimmed, null when empty. */
  readonly note: string | null;
  /** Told how far a long execution (a batch) has got: charges done of the total. */
  readonly onProgress?: ProgressListener;
  /** Reads started with the pending action's (read-ahead.ts); resolve() takes them from here. */
  readonly readAhead: ReadAhead;
}

export type ProgressListener = (done: number, total: number) => void;

/**
 * The form turned into what the ledger is asked to do. `refused` is for input the ledger cannot
 * be asked about at all (an amount that is not money): the same rule function says why.
 * `chargeId` is null for a kind that is about many charges (a batch).
 */
export type Resolved<Target> =
  | { readonly kind: 'ready'; readonly target: Target; readonly chargeId: number | null }
  | { readonly kind: 'invalid'; readonly errors: FieldErrors }
  | { readonly kind: 'refused'; readonly blockers: readonly Blocker[]; readonly chargeId: number | null };

/**
 * One kind's steps. Methods (not function properties) so a table of differently typed kinds can
 * be checked against this one shape.
 */
export interface WorkflowAction<K extends ActionKind, Model, Target, Result> {
  readonly kind: K;
  /** Where blockers that name no field of their own are shown. */
  readonly blockerField: FormField;
  /**
   * Optional: no field of this form can fix what the rules refuse (the approval form has only a
   * note for the requester), so a refusal replaces the form with what stands in the way and the
   * next step (SubmitOutcome's `closesForm`) instead of sitting under an unrelated field.
   */
  readonly refusalsCloseForm?: boolean;
  /** Everything the confirm modal shows, from the pending action and the form so far. */
  loadModel(db: Database, params: ModelParams): Promise<Model>;
  /** Reads the submitted form; no rule is checked here, the ledger checks under its lock. */
  resolve(db: Database, ctx: SubmitContext): Promise<Resolved<Target>>;
  /** The one ledger call, with the pending action's idempotency key. */
  execute(
    db: Database,
    target: Target,
    ctx: SubmitContext,
    idempotencyKey: string,
  ): Promise<LedgerResult<Result>>;
  /** What was done, for the confirmation message. */
  summarize(db: Database, target: Target, value: Result, ctx: SubmitContext): Promise<DoneSummary>;
  /**
   * Optional, for kinds a re-run could apply twice (repeats.ts): the charge and amount the form
   * as shown would write, and the same for the submitted target.
   */
  repeatOfModel?(model: Model): RepeatProbe | null;
  repeatOfTarget?(target: Target): RepeatProbe | null;
  /**
   * Optional, with repeatOfTarget: what the rules already refuse in the submitted target, read
   * only from what resolve() read (the ledger checks again under its lock). Asked only when the
   * submission repeats a recent change, so that a refusal (an amount above what is outstanding)
   * is said before "do it again?", which only a submission that would be applied needs. Never
   * the limit: above it, a write-off goes for approval.
   */
  refusalsOfTarget?(db: Database, target: Target, ctx: SubmitContext): Promise<readonly Blocker[]>;
  /**
   * Optional: what resolve() and the re-run check will read that the submitted form alone
   * decides, so a confirm can start it together with the pending action's read (read-ahead.ts).
   */
  readAheadOf?(form: FormInput): Omit<ReadAheadPlan, 'kind'>;
  /** Optional: who else must hear of a refusal by the ledger (beyond the person at the form). */
  noticesOnRefusal?(db: Database, target: Target, blockers: readonly Blocker[]): Promise<RefusalNotice[]>;
}

/** The parts of a summary every kind fills the same way. */
export function summaryBasics(ctx: SubmitContext) {
  const { payload, kind } = ctx.pending;
  return {
    origin: payload.origin,
    askedFor: { requesterId: payload.origin.requesterId, kind: payload.startedFrom?.kind ?? kind },
    requestedBy: ctx.pending.requestedBy,
    confirmedBy: ctx.actorId,
  };
}
