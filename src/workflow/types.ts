/**
 * The application layer between Slack (or any other front end) and the ledger. Nothing here
 * knows Slack: values in, values out. A pending action is what a confirm modal shows before it
 * is applied; its id is all the front end has to carry around.
 */
import type { ActionKind, CancelReason, ShownCharge, WriteOffReason } from '../domain/index.ts';

/** Where a request came from, so the answer goes back to the same place. */
export interface RequestOrigin {
  readonly via: 'command' | 'mention' | 'direct_message' | 'request_channel' | 'home' | 'modal';
  /** The conversation to answer in; null when there is none (App Home): answer in a DM. */
  readonly channelId: string | null;
  /** The request message, for replies in its thread. */
  readonly threadTs: string | null;
  /** Who asked; in a requests channel this may differ from who confirms. */
  readonly requesterId: string;
}

/** What was understood from the request text, used to pre-fill the modal. */
export interface RequestHints {
  readonly patient: string | null;
  readonly amountCents: number | null;
  readonly amountAll: boolean;
  readonly reason: WriteOffReason | null;
  readonly cancelReason: CancelReason | null;
  readonly dateOfService: string | null;
  /**
   * Why the amount the request wrote was not taken ("The amount cannot be negative."), so that the
   * form says so rather than showing an empty amount without a word. Absent in older payloads.
   */
  readonly amountProblem?: string | null;
  /** An undo that asked for the newest write-off ("undo my last write-off"). Absent in older payloads. */
  readonly latest?: boolean;
  /**
   * Further patients the request named ("… and $35 for Bob Smith"): the form acts on one patient
   * and names these so that nobody believes they were handled. Absent when there were none.
   */
  readonly otherPatients?: readonly string[];
  /**
   * The justification the request gave ("income verified by pay stubs"), pre-filled into the
   * write-off's note. Absent when it gave none, and in older payloads.
   */
  readonly note?: string;
}

export const NO_HINTS: RequestHints = {
  patient: null,
  amountCents: null,
  amountAll: false,
  reason: null,
  cancelReason: null,
  dateOfService: null,
};

/** The pending action's payload: the request plus the choices made so far in the modal. */
export interface PendingPayload {
  readonly origin: RequestOrigin;
  readonly hints: RequestHints;
  readonly patientId?: number | null;
  readonly chargeId?: number | null;
  readonly paymentEntryId?: number | null;
  readonly writeOffEntryId?: number | null;
  /** For an `approval` action: which request, and whether this modal approves or rejects it. */
  readonly approvalId?: string | null;
  readonly decision?: ApprovalChoice | null;
  /**
   * Set on an action started from another one's next-step button (a refund offered by a
   * write-off's blocker): the action that was first asked for, so the requester is told what
   * was done instead of it.
   */
  readonly startedFrom?: { readonly pendingId: string; readonly kind: ActionKind } | null;
  /**
   * The form this one was opened on top of (a next-step button in a modal): once this one is done,
   * that form is shown again as things now stand, since what it showed may no longer hold.
   */
  readonly openedOver?: string | null;
  /**
   * When someone first opened the request's form from its message (Review & confirm): from then
   * on the requester's corrections no longer change it, since a form already open would confirm
   * what it shows (request-correction.ts).
   */
  readonly reviewStartedAt?: string | null;
  /** What the write-off form last showed for its charge choice; confirming applies no more. */
  readonly shown?: ShownFigures | null;
  /** For a `small_balance_batch`: the age rule in force where it was asked (configuration). */
  readonly smallBalanceMinAgeDays?: number | null;
  /** For a `small_balance_batch`: the selection as its preview showed it, pinned once. */
  readonly batch?: PinnedBatch | null;
}

/**
 * The figures a write-off form showed, pinned server-side each time the form is built (issue 9
 * item 6): "all" on one charge writes off that charge's shown figure, a spread exactly these
 * charges at these amounts. Slack carries only the pending action's id, never a figure.
 */
export interface ShownFigures {
  readonly patientId: number;
  /** The charge field's value the figures belong to: a charge id as text, or SPREAD_CHOICE. */
  readonly choice: string;
  /** Oldest first; one charge unless the choice is a spread. */
  readonly charges: readonly ShownCharge[];
}

/**
 * A previewed small-balance selection. Confirming writes off exactly these charges at exactly
 * these cents (or skips one that changed); pins are [chargeId, outstandingCents] pairs to keep a
 * 10,000-charge payload small.
 */
export interface PinnedBatch {
  readonly underCents: number;
  readonly minAgeDays: number;
  /** The calendar day the age rule was applied on (YYYY-MM-DD). */
  readonly today: string;
  readonly pins: readonly (readonly [number, number])[];
}

export type ApprovalChoice = 'approve' | 'reject';

export interface PendingAction {
  readonly id: string;
  readonly kind: ActionKind;
  readonly requestedBy: string;
  readonly payload: PendingPayload;
  readonly status: 'pending' | 'executed' | 'cancelled';
  readonly result: unknown;
  readonly createdAt: Date;
}

/** What the user has entered in a modal, as plain values (the front end reads its own form). */
export interface FormInput {
  readonly patientId?: number | null;
  /** A charge id as text, or SPREAD_CHOICE. */
  readonly charge?: string | null;
  readonly amountText?: string | null;
  readonly reason?: string | null;
  readonly note?: string | null;
  readonly paymentEntryId?: number | null;
  readonly writeOffEntryId?: number | null;
  /** The person ticked "Yes, do it again" for a change they completed minutes ago (repeats.ts). */
  readonly repeatConfirmed?: boolean;
}

export const SPREAD_CHOICE = 'spread';

/** Form fields a refusal can be shown on. */
export type FormField = 'patient' | 'charge' | 'amount' | 'reason' | 'note' | 'payment' | 'entry' | 'repeat';

export type FieldErrors = Partial<Record<FormField, string>>;
