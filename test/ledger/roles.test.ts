/**
 * Granting and taking roles in the ledger: which write-off limit follows a person to a new role,
 * taking access from someone who had none, and what the audit row says of the limit before.
 */
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { auditLog } from '../../src/db/schema/index.ts';
import { bootstrapAdmins, grantRole } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';

const ADMIN = 'UROLESADM1';

describeEachDatabase('roles', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await bootstrapAdmins(handle.db, [ADMIN]);
  });
  afterAll(async () => handle?.close());

  const grant = (userId: string, role: Parameters<typeof grantRole>[1]['role'], limitCents?: number | null) =>
    grantRole(handle.db, {
      grantedBy: ADMIN,
      userId,
      role,
      ...(limitCents === undefined ? {} : { limitCents }),
    });

  const auditOf = (userId: string) =>
    handle.db.select().from(auditLog).where(eq(auditLog.targetId, userId)).orderBy(asc(auditLog.id));

  it("a biller's limit does not follow them to billing manager or admin", async () => {
    expect(await grant('UROLEPROM1', 'biller', 25_000)).toMatchObject({ role: 'biller', limitCents: 25_000 });
    expect(await grant('UROLEPROM1', 'billing_manager')).toMatchObject({
      role: 'billing_manager',
      limitCents: null,
    });
    // Back to biller, nothing is left of the $250: the biller default applies.
    expect(await grant('UROLEPROM1', 'biller')).toMatchObject({ limitCents: 10_000 });
    // A limit given with the change is kept, upwards too.
    expect(await grant('UROLEPROM1', 'admin', 50_000)).toMatchObject({ role: 'admin', limitCents: 50_000 });
    const [, promoted] = await auditOf('UROLEPROM1');
    expect(promoted?.details).toMatchObject({
      role: 'billing_manager',
      limitCents: null,
      previousRole: 'biller',
      previousLimitCents: 25_000,
    });
  });

  it('a biller made a viewer for a while keeps their limit when a biller again', async () => {
    await grant('UROLEVIEW1', 'biller', 25_000);
    await grant('UROLEVIEW1', 'viewer');
    expect(await grant('UROLEVIEW1', 'biller')).toMatchObject({ role: 'biller', limitCents: 25_000 });
    // A re-grant of the same role keeps an explicit limit of a manager too.
    await grant('UROLEVIEW1', 'billing_manager', 40_000);
    expect(await grant('UROLEVIEW1', 'billing_manager')).toMatchObject({ limitCents: 40_000 });
  });

  it('taking access from someone who had none changes nothing and is not audited', async () => {
    expect(await grant('UROLETYPO1', null)).toEqual({
      ok: true,
      userId: 'UROLETYPO1',
      role: null,
      limitCents: null,
      unchanged: true,
    });
    expect(await auditOf('UROLETYPO1')).toEqual([]);
    await grant('UROLEGONE1', 'viewer');
    expect(await grant('UROLEGONE1', null)).not.toHaveProperty('unchanged');
    expect((await auditOf('UROLEGONE1')).map((row) => row.action)).toEqual(['role_granted', 'role_revoked']);
  });

  it('the limit already in effect, given explicitly, changes nothing; the audit keeps the one in effect', async () => {
    await grant('UROLEDFLT1', 'biller');
    expect(await grant('UROLEDFLT1', 'biller', 10_000)).toMatchObject({
      limitCents: 10_000,
      unchanged: true,
    });
    expect(await auditOf('UROLEDFLT1')).toHaveLength(1);
    await grant('UROLEDFLT1', 'billing_manager');
    const [, promoted] = await auditOf('UROLEDFLT1');
    expect(promoted?.details).toMatchObject({ previousRole: 'biller', previousLimitCents: 10_000 });
  });
});
