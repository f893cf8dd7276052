/**
 * The writer of many entries (a small-balance batch, the undo of a batch or a spread) writes a
 * chunk's entries, their charges' totals and one audit row per entry in one statement: every
 * entry lands once, a charge named twice gets the sum, ids come back in the order given, and a
 * key already used rolls the whole transaction back with nothing written.
 */
import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { auditLog, charges, ledgerEntries } from '../../src/db/schema/index.ts';
import { appendEntries, ENTRIES_PER_STATEMENT } from '../../src/ledger/append-entries.ts';
import { lockChargesInIdOrder } from '../../src/ledger/charge-lock-and-facts.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { entryCount, outstandingOf } from './ledger-state.ts';

describeEachDatabase('the writer of many entries', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => handle?.close());

  async function writeOffs(chargeIds: number[], cents: number[], keys: string[], batchId: string) {
    return handle.db.transaction(async (tx) => {
      await lockChargesInIdOrder(tx, chargeIds);
      return appendEntries(tx, {
        kind: 'write_off',
        actor: 'cli:tester',
        source: 'cli',
        reason: 'small_balance',
        batchId,
        entries: chargeIds.map((chargeId, i) => ({
          chargeId,
          amountCents: cents[i] ?? 0,
          idempotencyKey: keys[i] ?? '',
        })),
        audit: { action: 'write_off', details: { reason: 'small_balance', batchId } },
      });
    });
  }

  it('writes each entry with its audit row, adds a charge named twice once per entry, in order', async () => {
    const a = (await createCharge(handle.db, { assessedCents: 10_000 })).chargeId;
    const b = (await createCharge(handle.db, { assessedCents: 10_000 })).chargeId;
    const batchId = `batch-${randomUUID()}`;
    const keys = [randomUUID(), randomUUID(), randomUUID()];
    const ids = await writeOffs([b, a, b], [1_000, 2_500, 300], keys, batchId);

    const rows = await handle.db
      .select()
      .from(ledgerEntries)
      .where(inArray(ledgerEntries.id, ids))
      .orderBy(asc(ledgerEntries.id));
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(ids.map((id) => byId.get(id)?.idempotencyKey)).toEqual(keys);
    expect(ids.map((id) => byId.get(id)?.amountCents)).toEqual([1_000, 2_500, 300]);
    expect(rows.every((row) => row.batchId === batchId && row.reason === 'small_balance')).toBe(true);
    expect(await outstandingOf(handle.db, a)).toBe(7_500);
    expect(await outstandingOf(handle.db, b)).toBe(8_700);
    const [chargeB] = await handle.db.select().from(charges).where(eq(charges.id, b));
    expect(chargeB?.writeOffsCents).toBe(1_300);

    const audits = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'write_off'))
      .orderBy(asc(auditLog.id));
    const ours = audits.filter((row) => (row.details as { batchId?: string }).batchId === batchId);
    expect(ours.map((row) => (row.details as { entryId: number }).entryId).sort()).toEqual([...ids].sort());
    const first = ours.find((row) => (row.details as { entryId: number }).entryId === ids[0]);
    expect(first).toMatchObject({ actor: 'cli:tester', targetType: 'charge', targetId: String(b) });
    expect(first?.details).toEqual({
      amountCents: 1_000,
      reason: 'small_balance',
      batchId,
      entryId: ids[0],
      surface: 'cli',
    });
  });

  it('writes more entries than one statement takes, and tells each chunk as it is written', async () => {
    const count = ENTRIES_PER_STATEMENT + 7;
    const chargeIds: number[] = [];
    for (let i = 0; i < count; i += 1)
      chargeIds.push((await createCharge(handle.db, { assessedCents: 500 })).chargeId);
    const told: number[] = [];
    const ids = await handle.db.transaction(async (tx) => {
      await lockChargesInIdOrder(tx, chargeIds);
      return appendEntries(
        tx,
        {
          kind: 'write_off',
          actor: 'cli:tester',
          source: 'cli',
          reason: 'small_balance',
          entries: chargeIds.map((chargeId) => ({
            chargeId,
            amountCents: 500,
            idempotencyKey: randomUUID(),
          })),
        },
        (written) => {
          told.push(written);
        },
      );
    });
    expect(new Set(ids).size).toBe(count);
    expect(told).toEqual([ENTRIES_PER_STATEMENT, count]);
    for (const chargeId of [chargeIds[0], chargeIds[ENTRIES_PER_STATEMENT], chargeIds.at(-1)])
      expect(await outstandingOf(handle.db, chargeId ?? 0)).toBe(0);
  }, 120_000);

  it('writes nothing at all when one key was already used', async () => {
    const a = (await createCharge(handle.db, { assessedCents: 10_000 })).chargeId;
    const b = (await createCharge(handle.db, { assessedCents: 10_000 })).chargeId;
    const used = randomUUID();
    await writeOffs([a], [100], [used], `batch-${randomUUID()}`);
    const before = { a: await entryCount(handle.db, a), b: await entryCount(handle.db, b) };

    await expect(
      writeOffs([a, b], [200, 200], [randomUUID(), used], `batch-${randomUUID()}`),
    ).rejects.toThrow();
    expect({ a: await entryCount(handle.db, a), b: await entryCount(handle.db, b) }).toEqual(before);
    expect(await outstandingOf(handle.db, a)).toBe(9_900);
    expect(await outstandingOf(handle.db, b)).toBe(10_000);
  });

  it('refuses an amount that is not positive whole cents before writing anything', async () => {
    const a = (await createCharge(handle.db, { assessedCents: 10_000 })).chargeId;
    await expect(writeOffs([a], [12.5], [randomUUID()], `batch-${randomUUID()}`)).rejects.toThrow(
      /positive integer of cents/,
    );
    expect(await outstandingOf(handle.db, a)).toBe(10_000);
  });
});
