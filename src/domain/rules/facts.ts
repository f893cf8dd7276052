/** What the rule functions need to know. The ledger gathers these; the rules do no I/O. */

import type { ChargeTotals, PrSource } from '../charge.ts';
import type { AmountResult } from '../money.ts';
import type { Role } from '../roles.ts';

export interface ActorFacts {
  readonly userId: string;
  readonly role: Role | null;
  /** The write-off limit that applies to this user; null means no limit. */
  readonly limitCents: number | null;
}

export interface WriteOffFacts {
  readonly actor: string;
  readonly createdAt: Date;
}

export interface ChargeFacts {
  readonly prSource: PrSource;
  readonly totals: ChargeTotals;
  /** The most recent write-off still in effect, to say who wrote the PR off and when. */
  readonly lastWriteOff: WriteOffFacts | null;
  /** More than one for a spread write-off checked as one; messages then speak of "these charges". */
  readonly chargeCount?: number;
}

/** An amount as typed (parsed) or already in cents; undefined when the question is "may I at all?". */
export type AmountInput = AmountResult | undefined;

/**
 * A spread write-off is checked as one write-off against several charges of one patient: their
 * outstanding and paid amounts add up, so "at most $X" and "$Y was paid" speak of the whole.
 */
export function spreadFacts(
  first: ChargeFacts,
  parts: readonly { readonly outstandingCents: number; readonly paidCents: number }[],
): ChargeFacts {
  const outstandingCents = parts.reduce((sum, p) => sum + p.outstandingCents, 0);
  const paidCents = parts.reduce((sum, p) => sum + p.paidCents, 0);
  return { ...first, totals: { ...first.totals, outstandingCents, paidCents }, chargeCount: parts.length };
}
