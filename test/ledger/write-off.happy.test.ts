import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { chargeHistory, getCharge, undoWriteOff, writeOff } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';

describeEachDatabase('writing off PR', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => handle?.close());

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
    expect(result).toMatchObject({ ok: true, value: { chargeId, amountCents: 4_000, outstandingCents: 8_000 } });
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
});
