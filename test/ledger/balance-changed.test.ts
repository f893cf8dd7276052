/**
 * "All" pins what the form showed (issue 9 item 6, DOMAIN section 3): when a payment arrives
 * between the form and the confirmation, the ledger refuses with BALANCE_CHANGED, says the new
 * figure, and writes nothing. With the figure unchanged, "all" is written as shown.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { chargeHistory, getCharge, recordPayment, writeOff } from '../../src/ledger/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { openTestDatabaseWithTeam } from '../support/team.ts';

const MANAGER = 'UBCMANAGER';

describeEachDatabase('BALANCE_CHANGED', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabaseWithTeam(kind, [{ userId: MANAGER, role: 'billing_manager' }]);
  });
  afterAll(async () => handle?.close());

  const allOf = (chargeId: number, shownOutstandingCents: number) =>
    writeOff(handle.db, {
      chargeId,
      amountCents: 'all',
      shownOutstandingCents,
      reason: 'small_balance',
      actor: MANAGER,
      source: 'slash_command',
      idempotencyKey: randomUUID(),
    });

  it('a payment after the form showed $640: refused with the new figure, nothing written', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 64_000 });
    // The form showed $640.00 outstanding; a remittance pays $600.00 before it is confirmed.
    await expectOk(
      recordPayment(handle.db, {
        chargeId,
        amountCents: 60_000,
        actor: 'import',
        source: 'import',
        idempotencyKey: randomUUID(),
      }),
    );
    const entriesBefore = (await chargeHistory(handle.db, { chargeId })).length;

    const result = await allOf(chargeId, 64_000);

    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('unreachable');
    expect(result.blockers.map((b) => b.code)).toEqual(['BALANCE_CHANGED']);
    expect(result.blockers[0]?.message).toContain('is now $40.00, not the $640.00 shown');
    expect(result.blockers[0]?.nextStep).toContain('$40.00');
    expect((await chargeHistory(handle.db, { chargeId })).length).toBe(entriesBefore);
    expect((await getCharge(handle.db, chargeId))?.outstandingCents).toBe(4_000);
  });

  it('the same figure as shown: everything outstanding is written off', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 4_000 });
    const value = await expectOk(allOf(chargeId, 4_000));
    expect(value).toMatchObject({ amountCents: 4_000, outstandingCents: 0 });
  });
});
