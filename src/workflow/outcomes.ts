/** What confirming a modal comes to, for the front end to show. */
import type { ActionKind } from '../domain/index.ts';
import type { FieldErrors, RequestOrigin } from './types.ts';

export interface DoneSummary {
  readonly kind: ActionKind;
  readonly amountCents: number;
  /** Outstanding on the charge afterwards (or the patient's total for a spread write-off). */
  readonly outstandingCents: number;
  readonly patientName: string;
  /** "Office visit 99213 (2026-10-01)", or "3 open charges" for a spread write-off. */
  readonly chargeLabel: string;
  readonly reasonLabel: string | null;
  /** A pending undo for the confirmation message's Undo button (write-offs only). */
  readonly undoPendingId: string | null;
  readonly origin: RequestOrigin;
  readonly requestedBy: string;
  readonly confirmedBy: string;
}

export type SubmitOutcome =
  | { readonly kind: 'invalid'; readonly errors: FieldErrors }
  /** replayed: an earlier delivery already did it and told the user; say nothing more. */
  | { readonly kind: 'done'; readonly replayed: boolean; readonly summary: DoneSummary | null }
  | { readonly kind: 'already_done' };
