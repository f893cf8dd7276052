/** The shape of the demo practice: patients, their charges, and what happened to each charge. */
import type { PrSource } from '../domain/charge.ts';
import type { CancelReason, WriteOffReason } from '../domain/reasons.ts';

/** Things that happen to a charge after its PR is assessed, in order. */
export type DemoStep =
  | { readonly kind: 'payment'; readonly cents: number }
  | {
      readonly kind: 'write_off';
      readonly cents: number | 'all';
      readonly reason: WriteOffReason;
      readonly note?: string;
    }
  /** Undoes the most recent write-off of this charge. */
  | { readonly kind: 'undo_write_off' }
  /** Refunds the most recent payment of this charge. */
  | { readonly kind: 'refund'; readonly cents: number | 'all' }
  | { readonly kind: 'cancel'; readonly reason: CancelReason };

export interface DemoCharge {
  readonly dateOfService: string;
  readonly description: string;
  readonly prSource: PrSource;
  readonly prCents: number;
  readonly steps: readonly DemoStep[];
}

export interface DemoPatient {
  readonly mrn: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly dateOfBirth: string;
  readonly phone?: string;
  readonly email?: string;
  readonly charges: readonly DemoCharge[];
}

/** Each charge's external ref is derived from the MRN, so every run finds the same charge. */
export function demoChargeRef(mrn: string, index: number): string {
  return `${mrn}-C${index + 1}`;
}
