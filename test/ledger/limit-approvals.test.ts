/**
 * The 24-hour limit in the ledger, on both databases, and the split it prevents under
 * concurrency on PostgreSQL: one biller's write-offs for one patient, on different charges at
 * once, cannot both pass the limit (the acting user's advisory lock orders them).
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { approvalRequests } from '../../src/db/schema/index.ts';
import { isApprovalRequested, type LedgerResult, writeOffOrRequestApproval } from '../../src/ledger/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { openTestDatabaseWithTeam } from '../support/team.ts';
import { outstandingOf } from './ledger-state.ts';

const BILLER = 'ULIMITBILL';

describeEachDatabase("the limit counts a biller's write-offs for the patient over 24 hours", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabaseWithTeam(kind, [{ userId: BILLER, role: 'biller', limitCents: 10_000 }]);
  });
  afterAll(async () => handle?.close());

  const writeOffBy = (chargeId: number, amountCents: number) =>
    writeOffOrRequestApproval(handle.db, {
      chargeId,
      amountCents,
      reason: 'small_balance',
      actor: BILLER,
      source: 'button',
      idempotencyKey: randomUUID(),
    });

  const outcome = (r: LedgerResult<unknown>) =>
    !r.ok ? r.blockers[0]?.code : isApprovalRequested(r.value) ? 'approval' : 'written';

  it('$100 on one charge and $0.01 on another charge of the patient: the second goes for approval', async () => {
    const first = await createCharge(handle.db, { assessedCents: 20_000 });
    const second = await createCharge(handle.db, { patientId: first.patientId, assessedCents: 20_000 });
    expect(outcome(await writeOffBy(first.chargeId, 10_000))).toBe('written');
    const over = await writeOffBy(second.chargeId, 1);
    expect(outcome(over)).toBe('approval');
    expect(await outstandingOf(handle.db, second.chargeId)).toBe(20_000);
    const [request] = await handle.db
      .select()
      .from(approvalRequests)
      .where(eq(approvalRequests.chargeId, second.chargeId));
    expect(request).toMatchObject({ amountCents: 1, requestedBy: BILLER, status: 'pending' });
  });

  it('another patient has a limit of its own', async () => {
    const one = await createCharge(handle.db, { assessedCents: 20_000 });
    const other = await createCharge(handle.db, { assessedCents: 20_000 });
    expect(outcome(await writeOffBy(one.chargeId, 10_000))).toBe('written');
    expect(outcome(await writeOffBy(other.chargeId, 10_000))).toBe('written');
  });

  it('at once on five charges of one patient, $60 each: exactly one is written', async () => {
    const first = await createCharge(handle.db, { assessedCents: 20_000 });
    const charges = [first];
    for (let i = 0; i < 4; i++) {
      charges.push(await createCharge(handle.db, { patientId: first.patientId, assessedCents: 20_000 }));
    }
    // Open the pool's connections first, so the five really run side by side on PostgreSQL.
    await Promise.all(charges.map(() => handle.db.execute(sql`select pg_sleep(0.05)`)));
    const results = await Promise.all(charges.map((c) => writeOffBy(c.chargeId, 6_000)));
    const outcomes = results.map(outcome);
    expect(outcomes.filter((o) => o === 'written')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'approval')).toHaveLength(4);
    let left = 0;
    for (const c of charges) left += await outstandingOf(handle.db, c.chargeId);
    expect(left).toBe(5 * 20_000 - 6_000);
  });
});
