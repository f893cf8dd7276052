/**
 * A small-balance batch selects its charges in SQL (selectSmallBalances); the help desk says why a
 * charge is or is not in one with the same rule written for one charge (whyBatchLeavesOut). Over
 * charges on each side of every condition, the two readings pick the same charges.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { type BatchLeftOut, whyBatchLeavesOut } from '../../src/domain/rules/batch.ts';
import { ageCutoff, getCharge, recordPayment, selectSmallBalances } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';

const TODAY = '2026-06-01';
const MIN_AGE_DAYS = 60;
const UNDER_CENTS = 1_000;

describeEachDatabase('the batch rule for one charge agrees with the batch selection', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => handle.close());

  it('takes and leaves out the same charges', async () => {
    const cutoff = ageCutoff(TODAY, MIN_AGE_DAYS);
    const made = [
      await createCharge(handle.db, { assessedCents: 500, dateOfService: '2026-01-10' }),
      await createCharge(handle.db, { assessedCents: UNDER_CENTS, dateOfService: cutoff }),
      await createCharge(handle.db, { assessedCents: UNDER_CENTS + 1, dateOfService: '2026-01-10' }),
      await createCharge(handle.db, { assessedCents: 500, dateOfService: '2026-04-05' }),
      await createCharge(handle.db, {
        assessedCents: 500,
        dateOfService: '2026-01-10',
        prSource: 'placeholder',
      }),
      await createCharge(handle.db, {
        assessedCents: 500,
        dateOfService: '2026-01-10',
        prSource: 'self_pay',
      }),
    ];
    const paidUp = await createCharge(handle.db, { assessedCents: 500, dateOfService: '2026-01-10' });
    await expectOk(
      recordPayment(handle.db, {
        chargeId: paidUp.chargeId,
        amountCents: 500,
        actor: 'import',
        source: 'import',
        idempotencyKey: `paid-up-${paidUp.chargeId}`,
      }),
    );
    const ids = [...made, paidUp].map((c) => c.chargeId);
    const selection = await selectSmallBalances(handle.db, {
      underCents: UNDER_CENTS,
      today: TODAY,
      minAgeDays: MIN_AGE_DAYS,
    });
    const selected = selection.charges.map((c) => c.id).filter((id) => ids.includes(id));
    const reasons: (BatchLeftOut | null)[] = [];
    for (const id of ids) {
      const charge = await getCharge(handle.db, id);
      if (!charge) throw new Error(`no charge ${id}`);
      reasons.push(whyBatchLeavesOut(charge, { underCents: UNDER_CENTS, serviceOnOrBefore: cutoff }));
    }
    expect(reasons).toEqual([
      null,
      null,
      'over_amount',
      'too_recent',
      'estimate',
      null,
      'nothing_outstanding',
    ]);
    expect(selected).toEqual(ids.filter((_, i) => reasons[i] === null));
  });
});
