/**
 * Saving a request: the pending action and its audit row are written together, in one statement;
 * the same id saved again (a redelivered message) writes neither a second time.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { auditLog } from '../../src/db/schema/index.ts';
import { createPendingAction, loadPendingAction, NO_HINTS } from '../../src/workflow/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';

const BILLER = 'UPENDING01';

describeEachDatabase('saving a pending action', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });

  afterAll(async () => {
    await handle?.close();
  });

  const auditRowsFor = (pendingId: string) =>
    handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'pending_action'), eq(auditLog.targetId, pendingId)));

  const request = (id: string) => ({
    id,
    kind: 'write_off' as const,
    requestedBy: BILLER,
    payload: {
      origin: { via: 'command' as const, channelId: 'CPENDING01', threadTs: null, requesterId: BILLER },
      hints: { ...NO_HINTS, amountCents: 4_000, patient: 'Jane Roe' },
    },
  });

  it('writes the request with its audit row, which holds no patient data', async () => {
    const before = Date.now();
    const created = await createPendingAction(handle.db, request('msg:CPENDING01:1.0001'));
    expect(created).toMatchObject({ id: 'msg:CPENDING01:1.0001', kind: 'write_off', status: 'pending' });
    expect(created?.payload.hints.amountCents).toBe(4_000);
    expect(created?.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(await loadPendingAction(handle.db, 'msg:CPENDING01:1.0001')).toEqual(created);

    const rows = await auditRowsFor('msg:CPENDING01:1.0001');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: BILLER, action: 'requested' });
    expect(rows[0]?.details).toEqual({
      kind: 'write_off',
      via: 'command',
      channelId: 'CPENDING01',
      surface: 'slack',
    });
    expect(JSON.stringify(rows[0])).not.toContain('Jane');
  });

  it('the same id again writes nothing and answers null', async () => {
    await createPendingAction(handle.db, request('msg:CPENDING01:2.0002'));
    expect(await createPendingAction(handle.db, request('msg:CPENDING01:2.0002'))).toBeNull();
    expect(await auditRowsFor('msg:CPENDING01:2.0002')).toHaveLength(1);
  });
});
