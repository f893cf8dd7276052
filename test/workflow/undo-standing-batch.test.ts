/**
 * A second Undo on a small-balance batch already undone is refused with the batch's words: "This
 * batch was already undone", not "This write-off", as the ledger's own refusal says it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { applySmallBalanceBatch, chargeHistory, undoWriteOff, writeOff } from '../../src/ledger/index.ts';
import { undoStanding } from '../../src/workflow/actions/undo-write-off.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';

const OPERATOR = 'cli:operator';

describeEachDatabase('undo standing', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => handle?.close());

  it('of a batch already undone names the batch', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 300, dateOfService: '2026-01-05' });
    const batch = await expectOk(
      applySmallBalanceBatch(handle.db, {
        selection: [{ chargeId: charge.chargeId, outstandingCents: 300 }],
        underCents: 500,
        minAgeDays: 0,
        actor: OPERATOR,
        source: 'batch',
        idempotencyKey: randomUUID(),
      }),
    );
    expect(batch.count).toBe(1);
    const entries = await chargeHistory(handle.db, { chargeId: charge.chargeId });
    const writeOffId = entries.find((e) => e.kind === 'write_off')?.id ?? 0;
    await expectOk(
      undoWriteOff(handle.db, {
        writeOffEntryId: writeOffId,
        actor: OPERATOR,
        source: 'cli',
        idempotencyKey: randomUUID(),
      }),
    );
    const standing = await undoStanding(handle.db, { writeOffEntryId: writeOffId, actorId: OPERATOR });
    expect(standing).toMatchObject({ kind: 'refused', blocker: { code: 'ALREADY_REVERSED' } });
    if (standing.kind !== 'refused') return;
    expect(standing.blocker.message).toMatch(/^This batch was already undone by/);
    expect(standing.blocker.nextStep).toContain('preview and apply a new batch');
  });

  it('of a single write-off already undone still names the write-off', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 4_000 });
    const done = await expectOk(
      writeOff(handle.db, {
        chargeId: charge.chargeId,
        amountCents: 4_000,
        reason: 'small_balance',
        actor: OPERATOR,
        source: 'cli',
        idempotencyKey: randomUUID(),
      }),
    );
    await expectOk(
      undoWriteOff(handle.db, {
        writeOffEntryId: done.entryId,
        actor: OPERATOR,
        source: 'cli',
        idempotencyKey: randomUUID(),
      }),
    );
    const standing = await undoStanding(handle.db, { writeOffEntryId: done.entryId, actorId: OPERATOR });
    expect(standing.kind === 'refused' && standing.blocker.message).toMatch(
      /^This write-off was already undone/,
    );
  });
});
