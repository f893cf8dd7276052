/**
 * The ledger writer owns the note rules and the map from entry kind to running total: a note is
 * trimmed, an empty one is stored as null, a too long one is refused with nothing written, and a
 * CHECK constraint refuses a long note from any other writer. One statement writes the entry,
 * its totals, its audit row and its idempotency record, or none of them.
 */
import { randomUUID } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { auditLog, charges, idempotencyRecords, ledgerEntries } from '../../src/db/schema/index.ts';
import {
  ENTRY_EFFECT,
  ENTRY_TOTAL_FIELD,
  type EntryKind,
  type EntrySums,
  MAX_NOTE_LENGTH,
} from '../../src/domain/index.ts';
import { appendEntry } from '../../src/ledger/append-entry.ts';
import { lockCharge } from '../../src/ledger/charge-lock-and-facts.ts';
import { NoteTooLongError } from '../../src/ledger/errors.ts';
import { cancelPr, chargeHistory, undoWriteOff, writeOff } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { snapshot } from './ledger-state.ts';

type EntrySumField = keyof EntrySums;

describeEachDatabase('the ledger writer', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => handle?.close());

  const writeOffWithNote = (chargeId: number, note: string) =>
    writeOff(handle.db, {
      chargeId,
      amountCents: 1_000,
      reason: 'financial_hardship',
      note,
      actor: 'cli:tester',
      source: 'cli',
      idempotencyKey: randomUUID(),
    });

  const lastEntryNote = async (chargeId: number) => {
    const [row] = await handle.db
      .select({ note: ledgerEntries.note })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.chargeId, chargeId))
      .orderBy(desc(ledgerEntries.id))
      .limit(1);
    return row?.note;
  };

  it('stores the note trimmed', async () => {
    const { chargeId } = await createCharge(handle.db);
    const result = await writeOffWithNote(chargeId, '  income below 200% FPL, form on file \n');
    expect(result.ok).toBe(true);
    expect(await lastEntryNote(chargeId)).toBe('income below 200% FPL, form on file');
  });

  it('refuses a note longer than MAX_NOTE_LENGTH and writes nothing', async () => {
    const { chargeId } = await createCharge(handle.db);
    const before = await snapshot(handle.db, chargeId);
    const tooLong = 'x'.repeat(MAX_NOTE_LENGTH + 1);
    await expect(writeOffWithNote(chargeId, tooLong)).rejects.toBeInstanceOf(NoteTooLongError);
    expect(await snapshot(handle.db, chargeId)).toEqual(before);
    // Exactly the limit is kept, once surrounding spaces are trimmed.
    const atLimit = await writeOffWithNote(chargeId, ` ${'y'.repeat(MAX_NOTE_LENGTH)} `);
    expect(atLimit.ok).toBe(true);
    expect(await lastEntryNote(chargeId)).toHaveLength(MAX_NOTE_LENGTH);
  });

  it('stores a blank note on a cancel as no note', async () => {
    const { chargeId } = await createCharge(handle.db, { prSource: 'self_pay' });
    const result = await cancelPr(handle.db, {
      chargeId,
      reason: 'duplicate',
      note: '   ',
      actor: 'cli:tester',
      source: 'cli',
      idempotencyKey: randomUUID(),
    });
    expect(result.ok).toBe(true);
    expect(await lastEntryNote(chargeId)).toBeNull();
  });

  it('a CHECK constraint refuses a long or empty note written around the ledger', async () => {
    const { chargeId } = await createCharge(handle.db);
    const insertWithNote = (note: string) =>
      handle.db.execute(sql`insert into ledger_entries (charge_id, kind, amount_cents, actor, source, note, idempotency_key)
        values (${chargeId}, 'payment', 1, 'import', 'import', ${note}, ${randomUUID()})`);
    await expect(insertWithNote('z'.repeat(MAX_NOTE_LENGTH + 1))).rejects.toThrow();
    await expect(insertWithNote('')).rejects.toThrow();
    expect((await snapshot(handle.db, chargeId)).entries).toBe(1);
  });

  it.each(Object.entries(ENTRY_TOTAL_FIELD))(
    'a %s entry adds to the charge total %s',
    async (entryKind, field) => {
      const { chargeId } = await createCharge(handle.db, { assessedCents: 10_000, paidCents: 1_000 });
      const totalsOf = async () => {
        const [row] = await handle.db.select().from(charges).where(eq(charges.id, chargeId));
        if (!row) throw new Error('no charge');
        return row;
      };
      const before = await totalsOf();
      await handle.db.transaction(async (tx) => {
        await lockCharge(tx, chargeId);
        await appendEntry(tx, {
          chargeId,
          kind: entryKind as EntryKind,
          amountCents: 500,
          actor: 'import',
          source: 'import',
          idempotencyKey: randomUUID(),
        });
      });
      const after = await totalsOf();
      const total = field as EntrySumField;
      expect(after[total]).toBe(before[total] + 500);
      expect(after.outstandingCents).toBe(
        before.outstandingCents + ENTRY_EFFECT[entryKind as EntryKind] * 500,
      );
    },
  );

  it('writes the entry, its audit row and its idempotency record together, each naming the entry', async () => {
    const { chargeId } = await createCharge(handle.db);
    const key = randomUUID();
    const result = await writeOff(handle.db, {
      chargeId,
      amountCents: 2_500,
      reason: 'small_balance',
      actor: 'cli:tester',
      source: 'cli',
      idempotencyKey: key,
    });
    if (!result.ok) throw new Error('write-off refused');
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, String(chargeId)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit?.action).toBe('write_off');
    expect(audit?.details).toEqual({
      entryId: result.value.entryId,
      amountCents: 2_500,
      reason: 'small_balance',
      surface: 'cli',
    });
    const [record] = await handle.db.select().from(idempotencyRecords).where(eq(idempotencyRecords.key, key));
    expect(record?.result).toEqual(result.value);
    expect(result.value.outstandingCents).toBe(7_500);
  });

  it('an undo names its reversal inside its audit row and its stored result, as the group undo does', async () => {
    const { chargeId, writeOffEntryId } = await createCharge(handle.db, {
      assessedCents: 4_000,
      writtenOffCents: 1_500,
    });
    const key = randomUUID();
    const result = await undoWriteOff(handle.db, {
      writeOffEntryId: writeOffEntryId ?? 0,
      actor: 'cli:tester',
      source: 'cli',
      idempotencyKey: key,
    });
    if (!result.ok) throw new Error('undo refused');
    const reversal = (await chargeHistory(handle.db, { chargeId })).at(-1);
    expect(reversal).toMatchObject({
      kind: 'write_off_reversal',
      amountCents: 1_500,
      refersToEntryId: writeOffEntryId,
    });
    expect(result.value).toEqual({
      reversals: [
        { entryId: reversal?.id, writeOffEntryId, chargeId, amountCents: 1_500, outstandingCents: 4_000 },
      ],
      amountCents: 1_500,
      batchId: null,
    });
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'undo_write_off'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit).toMatchObject({ targetType: 'ledger_entry', targetId: String(writeOffEntryId) });
    expect(audit?.details).toEqual({
      reversalEntryIds: [reversal?.id],
      amountCents: 1_500,
      batchId: null,
      surface: 'cli',
    });
    const [record] = await handle.db.select().from(idempotencyRecords).where(eq(idempotencyRecords.key, key));
    expect(record?.result).toEqual(result.value);
  });
});
