/**
 * On PostgreSQL a write ends its own transaction: COMMIT goes right behind the statement that
 * writes the entry and stores the idempotency record (append-entry.ts). These hold it to what a
 * user would notice: a write whose entry statement fails leaves nothing and can be run again, and a
 * write inside someone else's transaction (the demo loader, a batch) does not commit that
 * transaction: rolled back, it leaves nothing either.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { ledgerEntries } from '../../src/db/schema/index.ts';
import { getCharge, writeOff } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';

const writeOffParams = (chargeId: number, idempotencyKey: string) => ({
  chargeId,
  amountCents: 1_000,
  reason: 'small_balance' as const,
  actor: 'cli:tester',
  source: 'cli' as const,
  idempotencyKey,
});

describeEachDatabase('a write and the transaction it ends', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => handle?.close());

  const writeOffsOn = (chargeId: number) =>
    handle.db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.chargeId, chargeId), eq(ledgerEntries.kind, 'write_off')));

  it('inside an outer transaction that rolls back, leaves no entry and the balance as it was', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 5_000 });
    const rolledBack = new Error('outer transaction rolled back');
    const outcome = await handle.db
      .transaction(async (tx) => {
        await expectOk(writeOff(tx, writeOffParams(chargeId, randomUUID())));
        throw rolledBack;
      })
      .catch((error: unknown) => error);
    expect(outcome).toBe(rolledBack);
    expect(await writeOffsOn(chargeId)).toEqual([]);
    expect((await getCharge(handle.db, chargeId))?.outstandingCents).toBe(5_000);
  });

  it('whose entry statement fails writes nothing, and the same key then applies once', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 5_000 });
    const key = randomUUID();
    // A failure inside the entry statement, after the rules passed: its audit row is refused.
    await handle.db.execute(sql`
      create function refuse_test_audit() returns trigger language plpgsql as $$
      begin
        raise exception 'audit row refused by the test';
      end $$`);
    await handle.db.execute(sql`
      create trigger refuse_test_audit before insert on audit_log
      for each row execute function refuse_test_audit()`);
    try {
      const failed = await writeOff(handle.db, writeOffParams(chargeId, key)).catch(
        (error: unknown) => error,
      );
      expect(String((failed as { cause?: unknown }).cause)).toMatch(/audit row refused by the test/);
    } finally {
      await handle.db.execute(sql`drop trigger refuse_test_audit on audit_log`);
      await handle.db.execute(sql`drop function refuse_test_audit()`);
    }
    expect(await writeOffsOn(chargeId)).toEqual([]);
    expect((await getCharge(handle.db, chargeId))?.outstandingCents).toBe(5_000);
    await expectOk(writeOff(handle.db, writeOffParams(chargeId, key)));
    const again = await writeOff(handle.db, writeOffParams(chargeId, key));
    expect(again).toMatchObject({ ok: true, replayed: true });
    expect(await writeOffsOn(chargeId)).toHaveLength(1);
    expect((await getCharge(handle.db, chargeId))?.outstandingCents).toBe(4_000);
  });
});
