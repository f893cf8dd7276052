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

/** One charge of a spread with what it has outstanding, in the order the spread fills them. */
export interface SpreadCharge {
  readonly chargeId: number;
  readonly outstandingCents: number;
}

/** What a spread takes from one charge: the amount, and its outstanding before and after. */
export interface SpreadPart {
  readonly chargeId: number;
  readonly takenCents: number;
  readonly beforeCents: number;
  readonly afterCents: number;
}

/**
 * Which charges a spread write-off of this amount touches, and how much it takes from each:
 * oldest first, each charge emptied before the next is touched, and only the charges it takes
 * money from (a charge with nothing outstanding, or after the amount ran out, is not in it).
 * The form shows this plan and the result repeats it; the ledger fills charges the same way.
 */
export function planSpread(charges: readonly SpreadCharge[], amountCents: number): SpreadPart[] {
  const parts: SpreadPart[] = [];
  let remaining = Math.max(0, amountCents);
  for (const charge of charges) {
    if (remaining === 0) break;
    if (charge.outstandingCents <= 0) continue;
    const takenCents = Math.min(remaining, charge.outstandingCents);
    remaining -= takenCents;
    parts.push({
      chargeId: charge.chargeId,
      takenCents,
      beforeCents: charge.outstandingCents,
      afterCents: charge.outstandingCents - takenCents,
    });
  }
  return parts;
}
