/**
 * Small-balance batches in the ledger: the selection, applying exactly the previewed cents as one
 * batch, skipping what changed, idempotency per key, undo as a whole, and (PostgreSQL) a batch
 * racing single write-offs on its own charges.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import {
  applySmallBalanceBatch,
  auditTrail,
  chargeHistory,
  getCharge,
  grantRole,
  groupUndoPreview,
  recordPayment,
  selectSmallBalances,
  undoWriteOff,
  writeOff,
} from '../../src/ledger/index.ts';
import {
  describeEachDatabase,
  describePostgres,
  openPostgresTestDatabase,
  openTestDatabase,
} from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';
import { outstandingOf } from './ledger-state.ts';

const MANAGER = 'cli:manager';
const OLD = '2026-01-10';
const TODAY = '2026-06-01';

function pins(selection: { charges: readonly { id: number; outstandingCents: number }[] }) {
  return selection.charges.map((c) => ({ chargeId: c.id, outstandingCents: c.outstandingCents }));
}

describeEachDatabase('small-balance batch', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => handle?.close());

  /** A fresh threshold per test keeps the tests' charges apart: each picks cents no other uses. */
  async function scenario(under: number) {
    const db = handle.db;
    const small = await createCharge(db, { assessedCents: under - 1, dateOfService: OLD });
    const exact = await createCharge(db, { assessedCents: under, dateOfService: OLD });
    const partPaid = await createCharge(db, {
      assessedCents: 90_000,
      paidCents: 90_000 - (under - 2),
      dateOfService: OLD,
    });
    const tooBig = await createCharge(db, { assessedCents: under + 1, dateOfService: OLD });
    const placeholder = await createCharge(db, {
      assessedCents: under - 3,
      prSource: 'placeholder',
      dateOfService: OLD,
    });
    const tooNew = await createCharge(db, { assessedCents: under - 4, dateOfService: '2026-05-01' });
    return { small, exact, partPaid, tooBig, placeholder, tooNew };
  }

  it('selects 0 < outstanding <= threshold, old enough, no placeholder; applies exactly that; undo restores all', async () => {
    const c = await scenario(501);
    const selection = await selectSmallBalances(handle.db, { underCents: 501, minAgeDays: 60, today: TODAY });
    const ours = selection.charges.filter((s) =>
      [c.small, c.exact, c.partPaid, c.tooBig, c.placeholder, c.tooNew].some((f) => f.chargeId === s.id),
    );
    expect(ours.map((s) => [s.id, s.outstandingCents])).toEqual([
      [c.small.chargeId, 500],
      [c.exact.chargeId, 501],
      [c.partPaid.chargeId, 499],
    ]);
    expect(selection.totalCents).toBe(selection.charges.reduce((s, x) => s + x.outstandingCents, 0));

    const key = randomUUID();
    const applied = await expectOk(
      applySmallBalanceBatch(handle.db, {
        selection: pins({ charges: ours }),
        underCents: 501,
        minAgeDays: 60,
        actor: MANAGER,
        source: 'cli',
        idempotencyKey: key,
      }),
    );
    expect(applied).toMatchObject({ count: 3, totalCents: 1_500, skipped: [] });
    for (const f of [c.small, c.exact, c.partPaid])
      expect(await outstandingOf(handle.db, f.chargeId)).toBe(0);
    expect(await outstandingOf(handle.db, c.tooBig.chargeId)).toBe(502);
    expect((await getCharge(handle.db, c.small.chargeId))?.status).toBe('written_off');

    // The same key again writes nothing and answers the same batch.
    const again = await applySmallBalanceBatch(handle.db, {
      selection: pins({ charges: ours }),
      underCents: 501,
      minAgeDays: 60,
      actor: MANAGER,
      source: 'cli',
      idempotencyKey: key,
    });
    expect(again).toMatchObject({ ok: true, replayed: true, value: { batchId: applied.batchId } });

    const audit = await auditTrail(handle.db, { since: null });
    expect(audit.some((a) => a.action === 'small_balance_batch' && a.targetId === applied.batchId)).toBe(
      true,
    );

    // The undo form's preview is the whole batch's: three charges of three patients, $15.00 back.
    expect(await groupUndoPreview(handle.db, String(applied.batchId))).toEqual({
      chargeCount: 3,
      patientCount: 3,
      amountCents: 1_500,
      outstandingCents: 0,
    });

    // Undo of any one write-off of the batch takes back the whole batch.
    const history = await chargeHistory(handle.db, { chargeId: c.exact.chargeId });
    const entry = history.find((e) => e.kind === 'write_off');
    if (!entry) throw new Error('no write-off on the batch charge');
    const undone = await expectOk(
      undoWriteOff(handle.db, {
        writeOffEntryId: entry.id,
        actor: MANAGER,
        source: 'cli',
        idempotencyKey: randomUUID(),
      }),
    );
    expect(undone.reversals).toHaveLength(3);
    expect(await outstandingOf(handle.db, c.small.chargeId)).toBe(500);
    expect(await outstandingOf(handle.db, c.exact.chargeId)).toBe(501);
    expect(await outstandingOf(handle.db, c.partPaid.chargeId)).toBe(499);
    // A second undo of the batch says the batch, not one write-off, was undone.
    const undoneAgain = await undoWriteOff(handle.db, {
      writeOffEntryId: entry.id,
      actor: MANAGER,
      source: 'cli',
      idempotencyKey: randomUUID(),
    });
    expect(undoneAgain).toMatchObject({ ok: false, blockers: [{ code: 'ALREADY_REVERSED' }] });
    if (undoneAgain.ok) throw new Error('a second undo of the batch was applied');
    expect(undoneAgain.blockers[0]?.message).toMatch(/^This batch was already undone by cli:manager on /);
    // Nothing of the batch is left to undo.
    expect(await groupUndoPreview(handle.db, String(applied.batchId))).toMatchObject({
      chargeCount: 0,
      amountCents: 0,
    });
  });

  it('a charge whose outstanding changed since the preview is skipped and listed, never written off at the new amount', async () => {
    const c = await scenario(433);
    const selection = [c.small, c.exact].map((f, i) => ({ chargeId: f.chargeId, outstandingCents: 432 + i }));
    await expectOk(
      recordPayment(handle.db, {
        chargeId: c.exact.chargeId,
        amountCents: 100,
        actor: 'import',
        source: 'import',
        idempotencyKey: randomUUID(),
      }),
    );
    const applied = await expectOk(
      applySmallBalanceBatch(handle.db, {
        selection,
        underCents: 433,
        minAgeDays: 60,
        actor: MANAGER,
        source: 'cli',
        idempotencyKey: randomUUID(),
      }),
    );
    expect(applied.count).toBe(1);
    expect(applied.totalCents).toBe(432);
    expect(applied.skipped).toEqual([
      { chargeId: c.exact.chargeId, previewedCents: 433, outstandingCents: 333, reason: 'changed' },
    ]);
    expect(await outstandingOf(handle.db, c.exact.chargeId)).toBe(333);
  });

  it("a manager's own limit holds in a batch: a patient's charges past it are skipped, not written", async () => {
    const MANAGER_WITH_LIMIT = 'U0BATCHLIMIT';
    await grantRole(handle.db, {
      grantedBy: 'cli:admin',
      userId: MANAGER_WITH_LIMIT,
      role: 'billing_manager',
      limitCents: 1_000,
    });
    const first = await createCharge(handle.db, { assessedCents: 600, dateOfService: OLD });
    const second = await createCharge(handle.db, {
      patientId: first.patientId,
      assessedCents: 600,
      dateOfService: OLD,
    });
    const other = await createCharge(handle.db, { assessedCents: 300, dateOfService: OLD });
    const selection = [first, second, other].map((c, i) => ({
      chargeId: c.chargeId,
      outstandingCents: i === 2 ? 300 : 600,
    }));
    const applied = await expectOk(
      applySmallBalanceBatch(handle.db, {
        selection,
        underCents: 600,
        minAgeDays: 60,
        actor: MANAGER_WITH_LIMIT,
        source: 'slash_command',
        idempotencyKey: randomUUID(),
      }),
    );
    // $6.00 + $6.00 for one patient is past the $10.00 limit: the second is left, the other patient's written.
    expect(applied).toMatchObject({ count: 2, totalCents: 900 });
    expect(applied.skipped).toEqual([
      { chargeId: second.chargeId, previewedCents: 600, outstandingCents: 600, reason: 'over_limit' },
    ]);
    expect(await outstandingOf(handle.db, first.chargeId)).toBe(0);
    expect(await outstandingOf(handle.db, second.chargeId)).toBe(600);
    expect(await outstandingOf(handle.db, other.chargeId)).toBe(0);
  });

  it('a biller is refused NOT_AUTHORIZED and nothing is written', async () => {
    const c = await scenario(377);
    await grantRole(handle.db, { grantedBy: 'cli:admin', userId: 'U0BATCHBILLER', role: 'biller' });
    const result = await applySmallBalanceBatch(handle.db, {
      selection: [{ chargeId: c.small.chargeId, outstandingCents: 376 }],
      underCents: 377,
      minAgeDays: 60,
      actor: 'U0BATCHBILLER',
      source: 'slash_command',
      idempotencyKey: randomUUID(),
    });
    expect(result.ok ? [] : result.blockers.map((b) => b.code)).toEqual(['NOT_AUTHORIZED']);
    expect(await outstandingOf(handle.db, c.small.chargeId)).toBe(376);
  });
});

describePostgres('a batch racing single write-offs [postgres]', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openPostgresTestDatabase({ maxConnections: 20 });
  });
  afterAll(async () => handle?.close());

  it('never takes a PR below zero; each charge is written off once; what changed is skipped', async () => {
    const fixtures = await Promise.all(
      Array.from({ length: 40 }, () => createCharge(handle.db, { assessedCents: 400, dateOfService: OLD })),
    );
    const selection = fixtures.map((f) => ({ chargeId: f.chargeId, outstandingCents: 400 }));
    const singles = fixtures
      .filter((_, i) => i % 2 === 0)
      .map((f) =>
        writeOff(handle.db, {
          chargeId: f.chargeId,
          amountCents: 150,
          reason: 'small_balance',
          actor: MANAGER,
          source: 'button',
          idempotencyKey: randomUUID(),
        }),
      );
    const batch = applySmallBalanceBatch(handle.db, {
      selection,
      underCents: 500,
      minAgeDays: 60,
      actor: MANAGER,
      source: 'batch',
      idempotencyKey: randomUUID(),
    });
    const [batchResult, ...singleResults] = await Promise.all([batch, ...singles]);
    if (!batchResult.ok) throw new Error('batch refused');
    const skipped = new Set(batchResult.value.skipped.map((s) => s.chargeId));
    for (const [i, f] of fixtures.entries()) {
      const left = await outstandingOf(handle.db, f.chargeId);
      expect(left).toBeGreaterThanOrEqual(0);
      const single = i % 2 === 0 ? singleResults[i / 2] : undefined;
      if (skipped.has(f.chargeId)) {
        // The single write-off won: the batch left the charge at what the single left.
        expect(single?.ok).toBe(true);
        expect(left).toBe(250);
      } else {
        expect(left).toBe(0);
        // A single that came after the batch found nothing left.
        if (single && !single.ok) expect(single.blockers[0]?.code).toBe('NOTHING_OUTSTANDING');
      }
    }
    expect(batchResult.value.count + skipped.size).toBe(40);
    expect(batchResult.value.totalCents).toBe(batchResult.value.count * 400);
  });
});
