/**
 * An approver given a write-off limit approves no more than they may write off themselves: a
 * manager limited to $50 approving a biller's $120 is refused and nothing is written; they may
 * still reject it, and an approver whose limit covers it approves it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import {
  approveWriteOff,
  bootstrapAdmins,
  getCharge,
  grantRole,
  isApprovalRequested,
  rejectApproval,
  writeOffOrRequestApproval,
} from '../../src/ledger/index.ts';
import { approversFor } from '../../src/workflow/approval-card.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';

const ADMIN = 'UAPPRLIMAD';
const BILLER = 'UAPPRLIMBI';
const LIMITED = 'UAPPRLIMMG';
const LOW_BILLER = 'UAPPRLIMLO';

describeEachDatabase('approver limits', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await bootstrapAdmins(handle.db, [ADMIN]);
    await grantRole(handle.db, { grantedBy: ADMIN, userId: BILLER, role: 'biller', limitCents: 10_000 });
    await grantRole(handle.db, { grantedBy: ADMIN, userId: LOW_BILLER, role: 'biller', limitCents: 1_000 });
    await grantRole(handle.db, {
      grantedBy: ADMIN,
      userId: LIMITED,
      role: 'billing_manager',
      limitCents: 5_000,
    });
  });
  afterAll(async () => handle?.close());

  async function requestOf(amountCents: number, options: { patientId?: number; actor?: string } = {}) {
    const charge = await createCharge(handle.db, { assessedCents: 50_000, patientId: options.patientId });
    const requested = await expectOk(
      writeOffOrRequestApproval(handle.db, {
        chargeId: charge.chargeId,
        amountCents,
        reason: 'small_balance',
        actor: options.actor ?? BILLER,
        source: 'slash_command',
        idempotencyKey: randomUUID(),
      }),
    );
    if (!isApprovalRequested(requested)) throw new Error('expected an approval request');
    return { charge, approvalId: requested.approvalId };
  }

  it('a manager limited to $50 cannot approve $120; nothing is written; an admin can', async () => {
    const { charge, approvalId } = await requestOf(12_000);
    const refused = await approveWriteOff(handle.db, {
      approvalId,
      decidedBy: LIMITED,
      idempotencyKey: randomUUID(),
    });
    expect(refused).toMatchObject({ ok: false, blockers: [{ code: 'NOT_AUTHORIZED' }] });
    if (refused.ok) throw new Error('approved above the approver’s own limit');
    expect(refused.blockers[0]?.message).toBe(
      'This write-off is $120.00, above your own write-off limit of $50.00, so you cannot approve it.',
    );
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(50_000);

    await expectOk(
      approveWriteOff(handle.db, { approvalId, decidedBy: ADMIN, idempotencyKey: randomUUID() }),
    );
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(38_000);
  });

  it("the request's card goes by DM only to approvers whose limit covers it", async () => {
    expect(await approversFor(handle.db, { requestedBy: BILLER, amountCents: 12_000 })).toEqual([ADMIN]);
    expect(await approversFor(handle.db, { requestedBy: BILLER, amountCents: 3_000 })).toEqual([
      ADMIN,
      LIMITED,
    ]);
  });

  it('the limited manager may still reject it', async () => {
    const { charge, approvalId } = await requestOf(12_000);
    await expectOk(
      rejectApproval(handle.db, {
        approvalId,
        decidedBy: LIMITED,
        reason: 'not for this patient',
        idempotencyKey: randomUUID(),
      }),
    );
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(50_000);
  });

  it('counts what the approver let through for the patient in 24 hours: two $30 requests pass $50 together', async () => {
    const first = await requestOf(3_000, { actor: LOW_BILLER });
    const second = await requestOf(3_000, { actor: LOW_BILLER, patientId: first.charge.patientId });
    const otherPatient = await requestOf(3_000, { actor: LOW_BILLER });
    const approve = (approvalId: string) =>
      approveWriteOff(handle.db, { approvalId, decidedBy: LIMITED, idempotencyKey: randomUUID() });

    await expectOk(approve(first.approvalId));
    const refused = await approve(second.approvalId);
    if (refused.ok) throw new Error('approved past the approver’s limit in two pieces');
    expect(refused.blockers[0]?.message).toBe(
      'This write-off of $30.00, with the $30.00 you already wrote off or approved for this patient in the last 24 hours, comes to $60.00, above your own write-off limit of $50.00, so you cannot approve it.',
    );
    expect((await getCharge(handle.db, second.charge.chargeId))?.outstandingCents).toBe(50_000);
    // Another patient's request is counted on its own.
    await expectOk(approve(otherPatient.approvalId));
    expect((await getCharge(handle.db, otherPatient.charge.chargeId))?.outstandingCents).toBe(47_000);
  });
});
