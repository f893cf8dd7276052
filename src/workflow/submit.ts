/**
 * The one path every confirm takes, whatever the kind: load the pending action, check it is
 * still pending, read the form into a target, execute it once through the ledger, settle. No
 * rule is checked up front: the ledger's check under its lock is the one that counts, and
 * settle() puts its blockers on the form.
 */
import type { Database } from '../db/client.ts';
import type { EntrySource } from '../db/schema/index.ts';
import {
  type ActionKind,
  cleanNote,
  isWriteOffReason,
  MAX_NOTE_LENGTH,
  noteProblem,
} from '../domain/index.ts';
import { NoteTooLongError } from '../ledger/errors.ts';
import { isApprovalRequested } from '../ledger/index.ts';
import type { ProgressListener, SubmitContext, WorkflowAction } from './actions/action.ts';
import { WORKFLOW_ACTIONS } from './actions/index.ts';
import { resubmittedForApproval } from './approval-resubmit.ts';
import { blockersToFieldErrors, peopleNamed } from './charge-choices.ts';
import { executeOnce, idempotencyKeyFor } from './execute-once.ts';
import { mayConfirmForm } from './form-owner.ts';
import type { SubmitOutcome } from './outcomes.ts';
import { isPendingExpired, loadPendingAction } from './pending-actions.ts';
import { ReadAhead, type ReadAheadPlan } from './read-ahead.ts';
import { noteRefusal } from './refusals.ts';
import { REPEAT_UNCONFIRMED } from './repeats.ts';
import { settle } from './settle.ts';
import type { FormInput, RequestOrigin } from './types.ts';

export interface SubmitRequest {
  readonly pendingId: string;
  readonly actorId: string;
  readonly form: FormInput;
  /** Defaults to where the request came from (sourceFor). */
  readonly source?: EntrySource;
  /** Refuse a pending action of any other kind (a button that can only mean one kind). */
  readonly expectedKind?: ActionKind;
  /**
   * The kind the form was opened for (a modal's callback), not yet checked against the pending
   * action: its reads start together with the pending action's (read-ahead.ts).
   */
  readonly likelyKind?: ActionKind;
  /** The clock's now: a pending action older than 7 days has expired. */
  readonly now: Date;
  /** For a kind that takes a while (a batch): told how far it has got. */
  readonly onProgress?: ProgressListener;
  /**
   * Told the moment the ledger has committed a fresh change (not a replay, not an approval
   * request), before the summary is read. A caller whose answer for "done" carries no details
   * (Slack's acknowledgement) can answer then.
   */
  readonly onCommitted?: () => void;
  /**
   * A confirm form's submission, not a button on a message (an Undo may be pressed by a manager
   * for a biller): refused, before anything else is said about the action, unless the form is
   * this person's to confirm (form-owner.ts).
   */
  readonly fromForm?: boolean;
}

/**
 * What a confirm comes to: an outcome of the action, or no action to confirm (gone, expired, or a
 * form that is someone else's).
 */
export type SubmitResult =
  | SubmitOutcome
  | { readonly kind: 'missing' }
  | { readonly kind: 'expired' }
  | { readonly kind: 'not_yours' };

export async function submitPending(db: Database, request: SubmitRequest): Promise<SubmitResult> {
  const readAhead = ReadAhead.start(
    db,
    {
      pendingId: request.pendingId,
      actorId: request.actorId,
      form: request.form,
      ownKey: idempotencyKeyFor(request.pendingId),
    },
    readAheadPlan(request.likelyKind ?? request.expectedKind, request.form),
  );
  try {
    const pending = await readAhead.pendingAction;
    // A button or form naming an action of another kind (a forged value) confirms nothing.
    if (!pending || (request.expectedKind && pending.kind !== request.expectedKind))
      return { kind: 'missing' };
    // Checked first: someone else's form tells them nothing of its state, and changes nothing.
    if (request.fromForm && !mayConfirmForm(pending, request.actorId)) return { kind: 'not_yours' };
    if (pending.status !== 'pending') {
      // Gone for approval, it is waiting rather than done: say that, not "already done". Nothing
      // will be written, so a run begun ahead ends before the request is read.
      readAhead.release();
      const waiting = await resubmittedForApproval(db, pending, request.form, request.now);
      return waiting ?? { kind: 'done', replayed: true, summary: null };
    }
    // Nothing is written for a form or button older than 7 days: its figures are old.
    if (isPendingExpired(pending, request.now)) return { kind: 'expired' };
    const note = cleanNote(request.form.note);
    const reason = isWriteOffReason(request.form.reason) ? request.form.reason : null;
    const noteError = noteProblem(note, reason);
    if (noteError) return { kind: 'invalid', errors: { note: noteError } };
    const action = actionFor(pending.kind);
    // A ledger run begun for another kind would hold the key's lock this kind's run waits for.
    if (action.kind !== readAhead.kind) readAhead.release();
    const ctx: SubmitContext = {
      pending,
      actorId: request.actorId,
      form: request.form,
      source: request.source ?? sourceFor(pending.payload.origin),
      note,
      readAhead,
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    };
    const outcome = await submitWith(db, action, ctx, request.onCommitted);
    if (outcome.kind !== 'already_done') return outcome;
    // Nothing more is written: a run begun ahead ends before the pending action is read again.
    readAhead.release();
    return await alreadyDoneOrWaiting(db, request);
  } catch (error) {
    // The ledger's own check of the note, which noteProblem above already makes: should the two
    // ever disagree, nothing was written and the field says why.
    if (error instanceof NoteTooLongError)
      return { kind: 'invalid', errors: { note: NOTE_TOO_LONG_TO_KEEP } };
    throw error;
  } finally {
    // Whatever happened, no ledger run begun ahead stays open (one handed over is not ours).
    readAhead.release();
  }
}

/**
 * Another confirm of the same form won the race (a double click with another amount typed): if
 * that one went for approval, the form is waiting for it, not done.
 */
async function alreadyDoneOrWaiting(db: Database, request: SubmitRequest): Promise<SubmitResult> {
  const latest = await loadPendingAction(db, request.pendingId);
  const waiting = latest ? await resubmittedForApproval(db, latest, request.form, request.now) : null;
  return waiting ?? { kind: 'already_done' };
}

const NOTE_TOO_LONG_TO_KEEP = `The note is too long to keep: at most ${MAX_NOTE_LENGTH} characters. Shorten it.`;

async function submitWith<T, R>(
  db: Database,
  action: WorkflowAction<ActionKind, unknown, T, R>,
  ctx: SubmitContext,
  onCommitted: (() => void) | undefined,
): Promise<SubmitOutcome> {
  const resolved = await action.resolve(db, ctx);
  // Nothing will be written: the run begun ahead ends before the refusal is recorded.
  if (resolved.kind !== 'ready') ctx.readAhead.release();
  if (resolved.kind === 'invalid') return resolved;
  const refused = { actorId: ctx.actorId, action: action.kind, chargeId: resolved.chargeId };
  if (resolved.kind === 'refused') {
    await noteRefusal(db, { ...refused, blockers: resolved.blockers });
    return {
      kind: 'invalid',
      errors: blockersToFieldErrors(resolved.blockers, action.blockerField),
      ...peopleNamed(resolved.blockers),
      codes: resolved.blockers.map((b) => b.code),
      ...(action.refusalsCloseForm ? { closesForm: resolved.blockers } : {}),
    };
  }
  const { target } = resolved;
  if (!ctx.form.repeatConfirmed) {
    // Checked here too: the earlier change may have finished while this form was open.
    const repeat = await ctx.readAhead.recentRepeat(action.kind, action.repeatOfTarget?.(target));
    if (repeat) {
      // A repeat that the rules refuse anyway is told the refusal, not asked to tick "do it again".
      const blockers = (await action.refusalsOfTarget?.(db, target, ctx)) ?? [];
      if (blockers.length > 0) {
        ctx.readAhead.release();
        await noteRefusal(db, { ...refused, blockers });
        return {
          kind: 'invalid',
          errors: blockersToFieldErrors(blockers, action.blockerField),
          ...peopleNamed(blockers),
          codes: blockers.map((b) => b.code),
          ...(action.refusalsCloseForm ? { closesForm: blockers } : {}),
        };
      }
      return { kind: 'invalid', errors: { repeat: REPEAT_UNCONFIRMED } };
    }
  }
  const outcome = await executeOnce(db, ctx.pending, (key) => action.execute(db, target, ctx, key), {
    onFresh: (value) => {
      if (!isApprovalRequested(value)) onCommitted?.();
    },
  });
  return settle(db, outcome, {
    refused,
    toErrors: (blockers) => blockersToFieldErrors(blockers, action.blockerField),
    summarize: (value) => action.summarize(db, target, value, ctx),
    notices: (blockers) => action.noticesOnRefusal?.(db, target, blockers) ?? Promise.resolve([]),
    refusalsCloseForm: action.refusalsCloseForm ?? false,
  });
}

function readAheadPlan(kind: ActionKind | undefined, form: FormInput): ReadAheadPlan | null {
  if (!kind) return null;
  const plan = actionFor(kind).readAheadOf?.(form);
  return plan ? { kind, ...plan } : null;
}

function actionFor(kind: ActionKind) {
  return WORKFLOW_ACTIONS[kind] as WorkflowAction<ActionKind, unknown, unknown, unknown>;
}

/** Where the ledger entry says the change came from. */
export function sourceFor(origin: RequestOrigin): EntrySource {
  if (origin.via === 'command') return 'slash_command';
  if (origin.via === 'home' || origin.via === 'modal') return 'button';
  return 'message';
}
