/**
 * The charges a spread write-off touches, as people read them: the domain's plan (planSpread)
 * over the figures the form pinned, with each charge's date of service and description. The form
 * shows these lines before anything is written, and the result repeats them, so the two agree.
 */
import { planSpread, type SpreadCharge, type SpreadPart } from '../domain/index.ts';
import type { ChargeView } from '../ledger/index.ts';

export interface SpreadLine extends SpreadPart {
  readonly dateOfService: string;
  readonly description: string;
}

/**
 * The plan for this amount over the pinned charges (oldest first), with the charges' names.
 * A charge whose details are not at hand is named by its id, never left out.
 */
export function spreadPlanLines(
  pinned: readonly SpreadCharge[],
  details: readonly Pick<ChargeView, 'id' | 'dateOfService' | 'description'>[],
  amountCents: number,
): SpreadLine[] {
  const byId = new Map(details.map((c) => [c.id, c]));
  return planSpread(pinned, amountCents).map((part) => {
    const charge = byId.get(part.chargeId);
    return {
      ...part,
      dateOfService: charge?.dateOfService ?? '',
      description: charge?.description ?? `charge ${part.chargeId}`,
    };
  });
}

/** True when the ledger's entries took exactly what the plan said, from the same charges. */
export function entriesFollowPlan(
  plan: readonly SpreadPart[],
  entries: readonly { readonly chargeId: number; readonly amountCents: number }[],
): boolean {
  return (
    plan.length === entries.length &&
    plan.every(
      (part, i) => part.chargeId === entries[i]?.chargeId && part.takenCents === entries[i]?.amountCents,
    )
  );
}
