import type { Blocker } from '../domain/blockers.ts';

/** What every ledger mutation returns: the value, or the blockers that stood in the way. */
export type LedgerResult<T> =
  | { readonly ok: true; readonly value: T; readonly replayed: boolean }
  | { readonly ok: false; readonly blockers: readonly Blocker[] };

export function blocked(blockers: readonly Blocker[]): LedgerResult<never> {
  return { ok: false, blockers };
}

/** One entry written on one charge: what write-off, cancel, payment and assessment return. */
export interface EntryOnCharge {
  readonly entryId: number;
  readonly chargeId: number;
  readonly amountCents: number;
  /** The charge's outstanding PR after the entry. */
  readonly outstandingCents: number;
}
