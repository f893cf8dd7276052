/** The spread's plan: which charges an amount takes from, oldest first, and only those. Pure. */
import { describe, expect, it } from 'vitest';
import { planSpread } from '../../src/domain/index.ts';
import { entriesFollowPlan, spreadPlanLines } from '../../src/workflow/spread-plan.ts';

const charges = [
  { chargeId: 1, outstandingCents: 6_000 },
  { chargeId: 2, outstandingCents: 8_500 },
  { chargeId: 3, outstandingCents: 2_200 },
];

describe('planSpread', () => {
  it('empties the oldest first and lists only the charges it takes from', () => {
    expect(planSpread(charges, 10_000)).toEqual([
      { chargeId: 1, takenCents: 6_000, beforeCents: 6_000, afterCents: 0 },
      { chargeId: 2, takenCents: 4_000, beforeCents: 8_500, afterCents: 4_500 },
    ]);
  });

  it('skips a charge with nothing outstanding, and takes no more than there is', () => {
    const plan = planSpread([{ chargeId: 9, outstandingCents: 0 }, ...charges], 1_000_000);
    expect(plan.map((p) => p.chargeId)).toEqual([1, 2, 3]);
    expect(plan.reduce((sum, p) => sum + p.takenCents, 0)).toBe(16_700);
  });

  it('with names, and checked against what the ledger wrote', () => {
    const lines = spreadPlanLines(
      charges,
      [{ id: 1, dateOfService: '2026-01-05', description: 'Visit' }],
      7_000,
    );
    expect(lines[0]).toMatchObject({ dateOfService: '2026-01-05', description: 'Visit', takenCents: 6_000 });
    expect(lines[1]).toMatchObject({ description: 'charge 2', takenCents: 1_000 });
    expect(
      entriesFollowPlan(lines, [
        { chargeId: 1, amountCents: 6_000 },
        { chargeId: 2, amountCents: 1_000 },
      ]),
    ).toBe(true);
    expect(entriesFollowPlan(lines, [{ chargeId: 1, amountCents: 7_000 }])).toBe(false);
  });
});
