/** What confirming a modal comes to, for the front end to show. */
import type { ActionKind, Blocker, BlockerCode } from '../domain/index.ts';
import type { SkippedCharge } from '../ledger/index.ts';
import type { ApprovalCard } from './approval-card.ts';
import type { SpreadLine } from './spread-plan.ts';
import type { FieldErrors, RequestOrigin } from './types.ts';

export interface DoneSummary {
  readonly kind: ActionKind;
  readonly amountCents: number;
  /** Outstanding on the charge afterwards (or the patient's total for a spread write-off). */
  readonly outstandingCents: number;
  readonly patientName: string;
  /** What may be shown where a whole channel reads it (domain/initials.ts). */
  readonly patientInitials: string;
  /**
   * "Office visit 99213 (2026-10-01)"; for a spread write-off the charges it took money from:
   * "3 charges, oldest first", or the one charge named.
   */
  readonly chargeLabel: string;
  readonly reasonLabel: string | null;
  /**
   * For a spread write-off: each charge it took money from, oldest first, with the amount and its
   * outstanding before and after: the plan the form showed (workflow/spread-plan.ts).
   */
  readonly spread?: readonly SpreadLine[];
  /** A pending undo for the confirmation message's Undo button (write-offs only). */
  readonly undoPendingId: string | null;
  readonly origin: RequestOrigin;
  /** Who asked (the origin's requester) and for which kind: it may differ from what was done. */
  readonly askedFor: { readonly requesterId: string; readonly kind: ActionKind };
  readonly requestedBy: string;
  readonly confirmedBy: string;
  /** For an approval: the request as decided, so the requester can be told the outcome. */
  readonly approval?: ApprovalCard;
  /** For a small-balance batch: what was written off and what was skipped. */
  readonly batch?: BatchDone;
  /**
   * The ledger rows of this change, by id only, so an auditor can find it (`cli audit`, the app)
   * from a post that names no patient.
   */
  readonly ledgerRef: LedgerRef;
}

/** Ids only: what the audit channel may carry (no initials, no name, no MRN, no date of birth). */
export interface LedgerRef {
  /** The entries written: the write-off(s), the reversal(s), the cancel or the refund. */
  readonly entryIds: readonly number[];
  readonly chargeIds: readonly number[];
  /** For an undo: the write-off entries it reversed. */
  readonly reversedEntryIds?: readonly number[];
  /** For a refund: the payment entry refunded. */
  readonly paymentEntryId?: number;
  readonly batchId?: string | null;
  readonly approvalId?: string;
}

export interface BatchDone {
  /** Null when every previewed charge had changed: nothing was written. */
  readonly batchId: string | null;
  readonly count: number;
  readonly totalCents: number;
  readonly previewedCount: number;
  readonly underCents: number;
  readonly skipped: readonly SkippedShown[];
}

/**
 * A skipped charge as the manager's own DM lists it: "Jane Doe · Office visit 99213 (2026-06-03)"
 * says which charge to look at, where "charge 9" would send them to the command line. Absent when
 * the charge could not be read (a result stored before, or the charge gone).
 */
export interface SkippedShown extends SkippedCharge {
  readonly where?: string;
}

/**
 * Someone other than the person at the form must hear about a refusal: an approval that a rule
 * now blocks (the PR was paid meanwhile) is reported to the requester too.
 */
export interface RefusalNotice {
  readonly kind: 'approval_blocked';
  readonly card: ApprovalCard;
  readonly blockers: readonly Blocker[];
}

export type SubmitOutcome =
  | {
      readonly kind: 'invalid';
      readonly errors: FieldErrors;
      /**
       * The people the errors name, as stored (Blocker.actor): an error under a field is plain
       * text, where a Slack user id is no mention, so the front end words them ("a colleague").
       */
      readonly people?: readonly string[];
      readonly notices?: readonly RefusalNotice[];
      /**
       * Set when nothing typed on this form can change the answer (the request it decides was
       * decided meanwhile, or expired): the refusal, to show instead of the form.
       */
      readonly closesForm?: readonly Blocker[];
      /** The codes of the rules' blockers, when the rules refused it (none for a form not filled in). */
      readonly codes?: readonly BlockerCode[];
    }
  /** Above the limit: nothing written; the request waits for a billing manager or admin. */
  | { readonly kind: 'sent_for_approval'; readonly card: ApprovalCard; readonly approvers: readonly string[] }
  /**
   * The form was confirmed before and went for approval: nothing more is sent. `formDiffers`:
   * the form now names another amount or charge than the request that was sent.
   */
  | { readonly kind: 'already_sent_for_approval'; readonly card: ApprovalCard; readonly formDiffers: boolean }
  /** replayed: an earlier delivery already did it and told the user; say nothing more. */
  | { readonly kind: 'done'; readonly replayed: boolean; readonly summary: DoneSummary | null }
  | { readonly kind: 'already_done' };

/** Refusals that leave nothing to do on the form they came from. */
const FORM_CLOSING_CODES: readonly BlockerCode[] = ['APPROVAL_DECIDED', 'APPROVAL_EXPIRED', 'SELF_APPROVAL'];

export function closesForm(blockers: readonly Blocker[]): boolean {
  return blockers.some((b) => FORM_CLOSING_CODES.includes(b.code));
}
