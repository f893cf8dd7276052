import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import {
  chargeHistory,
  getCharge,
  getEntry,
  listCharges,
  listUnreversedWriteOffs,
  undoWriteOff,
  writeOff,
  writeOffSpread,
} from '../../src/ledger/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { openTestDatabaseWithTeam } from '../support/team.ts';
import { outstandingOf } from './ledger-state.ts';

const BILLER = 'UWOBILLER1';
const MANAGER = 'UWOMANAGR1';

describeEachDatabase('writing off PR', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabaseWithTeam(kind, [
      { userId: BILLER, role: 'biller' },
      { userId: MANAGER, role: 'billing_manager' },
    ]);
  });
  afterAll(async () => handle?.close());

  const writeOffAs = (actor: string, chargeId: number, amountCents: number) =>
    writeOff(handle.db, {
      chargeId,
      amountCents,
      reason: 'small_balance',
      actor,
      source: 'slash_command',
      idempotencyKey: randomUUID(),
    });

  it('writes off part of a charge and undoes it', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 12_000 });
    const key = randomUUID();
    const result = await writeOff(handle.db, {
      chargeId,
      amountCents: 4_000,
      reason: 'financial_hardship',
      note: 'income below 200% FPL',
      actor: 'cli:tester',
      source: 'cli',
      idempotencyKey: key,
    });
    expect(result).toMatchObject({
      ok: true,
      value: { chargeId, amountCents: 4_000, outstandingCents: 8_000 },
    });
    expect((await getCharge(handle.db, chargeId))?.outstandingCents).toBe(8_000);

    if (!result.ok) throw new Error('unreachable');
    const undo = await undoWriteOff(handle.db, {
      writeOffEntryId: result.value.entryId,
      actor: 'cli:tester',
      source: 'cli',
      idempotencyKey: randomUUID(),
    });
    expect(undo).toMatchObject({ ok: true, value: { amountCents: 4_000 } });
    expect((await getCharge(handle.db, chargeId))?.outstandingCents).toBe(12_000);
    const kinds = (await chargeHistory(handle.db, { chargeId })).map((e) => e.kind);
    expect(kinds).toEqual(['pr_assessed', 'write_off', 'write_off_reversal']);
  });

  it('writes off everything that is left ("all") of a partly paid charge', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 9_000, paidCents: 2_500 });
    const result = await expectOk(
      writeOff(handle.db, {
        chargeId,
        amountCents: 'all',
        reason: 'small_balance',
        actor: BILLER,
        source: 'slash_command',
        idempotencyKey: randomUUID(),
      }),
    );
    expect(result).toMatchObject({ amountCents: 6_500, outstandingCents: 0 });
    expect(await getCharge(handle.db, chargeId)).toMatchObject({
      paidCents: 2_500,
      writtenOffCents: 6_500,
      outstandingCents: 0,
      status: 'written_off',
    });
    const [entry] = (await chargeHistory(handle.db, { chargeId })).filter((e) => e.kind === 'write_off');
    expect(entry).toMatchObject({
      amountCents: 6_500,
      actor: BILLER,
      reason: 'small_balance',
      source: 'slash_command',
    });
  });

  it('a biller may write off exactly their limit, and exactly what is outstanding', async () => {
    // The default biller limit is $100.00; one cent more is refused (blockers.error.test.ts).
    const big = await createCharge(handle.db, { assessedCents: 20_000 });
    const atLimit = await expectOk(writeOffAs(BILLER, big.chargeId, 10_000));
    expect(atLimit).toMatchObject({ amountCents: 10_000, outstandingCents: 10_000 });
    const partlyPaid = await createCharge(handle.db, { assessedCents: 10_000, paidCents: 3_000 });
    const everything = await expectOk(writeOffAs(MANAGER, partlyPaid.chargeId, 7_000));
    expect(everything).toMatchObject({ amountCents: 7_000, outstandingCents: 0 });
    expect(await getCharge(handle.db, partlyPaid.chargeId)).toMatchObject({ status: 'written_off' });
  });

  it('spreads one amount over a patient’s charges oldest first, and undo takes it all back', async () => {
    const { patientId, chargeId: middle } = await createCharge(handle.db, {
      assessedCents: 10_000,
      dateOfService: '2026-02-01',
    });
    const { chargeId: newest } = await createCharge(handle.db, {
      patientId,
      assessedCents: 10_000,
      dateOfService: '2026-03-01',
    });
    const { chargeId: oldest } = await createCharge(handle.db, {
      patientId,
      assessedCents: 6_000,
      dateOfService: '2026-01-01',
    });
    const open = await listCharges(handle.db, { patientId, onlyOutstanding: true });
    expect(open.map((c) => c.id)).toEqual([oldest, middle, newest]);

    const spread = await expectOk(
      writeOffSpread(handle.db, {
        chargeIds: open.map((c) => c.id),
        amountCents: 12_000,
        reason: 'prompt_pay_discount',
        actor: MANAGER,
        source: 'button',
        idempotencyKey: randomUUID(),
      }),
    );
    expect(spread.entries.map((e) => [e.chargeId, e.amountCents, e.outstandingCents])).toEqual([
      [oldest, 6_000, 0],
      [middle, 6_000, 4_000],
    ]);
    expect(await outstandingOf(handle.db, newest)).toBe(10_000);
    const written = await listUnreversedWriteOffs(handle.db, { chargeIds: [oldest, middle, newest] });
    expect(written).toHaveLength(2);
    expect(new Set(written.map((w) => w.batchId))).toEqual(new Set([spread.batchId]));

    const undo = await expectOk(
      undoWriteOff(handle.db, {
        writeOffEntryId: spread.entries[1]?.entryId ?? 0,
        actor: MANAGER,
        source: 'button',
        idempotencyKey: randomUUID(),
      }),
    );
    expect(undo).toMatchObject({ amountCents: 12_000, batchId: spread.batchId });
    expect(undo.reversals).toHaveLength(2);
    expect(await outstandingOf(handle.db, oldest)).toBe(6_000);
    expect(await outstandingOf(handle.db, middle)).toBe(10_000);
    expect(await listUnreversedWriteOffs(handle.db, { chargeIds: [oldest, middle, newest] })).toEqual([]);
  });

  it('undoes a write-off given its row, as a confirm has read it; a row that does not match is refused and nothing is written', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 5_000 });
    const written = await expectOk(writeOffAs(BILLER, chargeId, 1_000));
    const row = await getEntry(handle.db, written.entryId);
    if (!row) throw new Error('the write-off is stored');
    const params = { writeOffEntryId: row.id, actor: BILLER, source: 'button' as const };

    await expect(
      undoWriteOff(handle.db, { ...params, idempotencyKey: randomUUID() }, { ...row, id: row.id + 1 }),
    ).rejects.toThrow(/invariant/);
    expect(await outstandingOf(handle.db, chargeId)).toBe(4_000);
    await expect(
      undoWriteOff(handle.db, { ...params, idempotencyKey: randomUUID() }, row),
    ).resolves.toMatchObject({ ok: true, value: { amountCents: 1_000, batchId: null } });
    expect(await outstandingOf(handle.db, chargeId)).toBe(5_000);

    const spreadCharge = await createCharge(handle.db, { assessedCents: 3_000 });
    const spread = await expectOk(
      writeOffSpread(handle.db, {
        chargeIds: [spreadCharge.chargeId],
        amountCents: 500,
        reason: 'small_balance',
        actor: MANAGER,
        source: 'button',
        idempotencyKey: randomUUID(),
      }),
    );
    const spreadRow = await getEntry(handle.db, spread.entries[0]?.entryId ?? 0);
    if (!spreadRow) throw new Error('the spread is stored');
    // A spread's write-off handed over as if it had no batch: refused under the lock.
    await expect(
      undoWriteOff(
        handle.db,
        { writeOffEntryId: spreadRow.id, actor: MANAGER, source: 'button', idempotencyKey: randomUUID() },
        { ...spreadRow, batchId: null },
      ),
    ).rejects.toThrow(/in a batch/);
    expect(await outstandingOf(handle.db, spreadCharge.chargeId)).toBe(2_500);
    expect((await chargeHistory(handle.db, { chargeId: spreadCharge.chargeId })).map((e) => e.kind)).toEqual([
      'pr_assessed',
      'write_off',
    ]);
  });

  it.each([
    ['the biller who made it', BILLER],
    ['a billing manager', MANAGER],
  ])('a write-off can be undone by %s', async (_, undoneBy) => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 8_000 });
    const done = await expectOk(
      writeOff(handle.db, {
        chargeId,
        amountCents: 3_000,
        reason: 'small_balance',
        actor: BILLER,
        source: 'message',
        idempotencyKey: randomUUID(),
      }),
    );
    const undo = await expectOk(
      undoWriteOff(handle.db, {
        writeOffEntryId: done.entryId,
        actor: undoneBy,
        source: 'button',
        idempotencyKey: randomUUID(),
      }),
    );
    expect(undo.reversals).toEqual([
      expect.objectContaining({ writeOffEntryId: done.entryId, amountCents: 3_000, outstandingCents: 8_000 }),
    ]);
    const reversal = (await chargeHistory(handle.db, { chargeId })).at(-1);
    expect(reversal).toMatchObject({
      kind: 'write_off_reversal',
      actor: undoneBy,
      refersToEntryId: done.entryId,
    });
    expect(await getCharge(handle.db, chargeId)).toMatchObject({
      outstandingCents: 8_000,
      status: 'outstanding',
    });
  });
});
