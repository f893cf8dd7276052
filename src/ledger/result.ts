import type { Blocker } from '../domain/blockers.ts';

/** What every ledger mutation returns: the value, or the blockers that stood in the way. */
export type LedgerResult<T> =
  | { readonly ok: true; readonly value: T; readonly replayed: boolean }
  | { readonly ok: false; readonly blockers: readonly Blocker[] };

export function blocked(blockers: readonly Blocker[]): LedgerResult<never> {
  return { ok: false, blockers };
}
