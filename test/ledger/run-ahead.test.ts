/**
 * A write-off's transaction begun before its amount is known (ledger/run-ahead.ts) is continued
 * only by the write-off it was begun for; any other releases it first. Exactly once still holds
 * when two runs of one key are begun together.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { statement } from '../../src/db/statement.ts';
import {
  bootstrapAdmins,
  chargeHistory,
  getCharge,
  openWriteOffRun,
  type ReadAlong,
  type RunAhead,
  writeOffOrRequestApproval,
} from '../../src/ledger/index.ts';
import { describePostgres, openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';

const ADMIN = 'URUNAHEADLEDGER1';
const oneRow = statement<never>(() => sql`select 1 as one`);

const writeOffParams = (chargeId: number, amountCents: number, idempotencyKey: string) => ({
  chargeId,
  amountCents,
  reason: 'small_balance' as const,
  actor: ADMIN,
  source: 'cli' as const,
  idempotencyKey,
});

describePostgres('a write-off run begun ahead [postgres]', () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await openTestDatabase('postgres');
    await bootstrapAdmins(handle.db, [ADMIN]);
  });
  afterAll(async () => {
    await handle?.close();
  });

  const open = (chargeId: number, key: string, alongside: readonly ReadAlong<unknown>[] = []) =>
    openWriteOffRun(handle.db, { idempotencyKey: key, chargeId, actor: ADMIN }, alongside);

  it('is continued by the write-off it was begun for: one entry', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 5_000 });
    const key = randomUUID();
    const run = open(charge.chargeId, key);
    expect(run).not.toBeNull();
    const result = await writeOffOrRequestApproval(
      handle.db,
      writeOffParams(charge.chargeId, 1_200, key),
      run,
    );
    expect(result).toMatchObject({ ok: true, replayed: false, value: { outstandingCents: 3_800 } });
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(3_800);
  });

  it('is released for a write-off of another charge, which is applied on its own', async () => {
    const guessed = await createCharge(handle.db, { assessedCents: 5_000 });
    const chosen = await createCharge(handle.db, { assessedCents: 5_000 });
    const key = randomUUID();
    const run = open(guessed.chargeId, key, [(executor) => oneRow.rows(executor, {})]);
    await run?.answers[0];
    // Under the same key, whose lock the run now holds: kept open, it would hold the write-off.
    const result = await writeOffOrRequestApproval(handle.db, writeOffParams(chosen.chargeId, 700, key), run);
    expect(result).toMatchObject({ ok: true, replayed: false });
    expect((await getCharge(handle.db, chosen.chargeId))?.outstandingCents).toBe(4_300);
    expect((await getCharge(handle.db, guessed.chargeId))?.outstandingCents).toBe(5_000);
  }, 4_000);

  it('begun twice for one key at once, writes once: the second waits at the lock and replays', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 5_000 });
    const key = randomUUID();
    const first = open(charge.chargeId, key);
    const second = open(charge.chargeId, key);
    const params = writeOffParams(charge.chargeId, 900, key);
    const [a, b] = await Promise.all([
      writeOffOrRequestApproval(handle.db, params, second),
      writeOffOrRequestApproval(handle.db, params, first),
    ]);
    expect([a, b].filter((result) => result.ok && !result.replayed)).toHaveLength(1);
    expect([a, b].filter((result) => result.ok && result.replayed)).toHaveLength(1);
    const writeOffs = (await chargeHistory(handle.db, { chargeId: charge.chargeId })).filter(
      (entry) => entry.kind === 'write_off',
    );
    expect(writeOffs).toHaveLength(1);
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(4_100);
  });

  it('left unclaimed by a bug, is rolled back after 5 s, and the write-off waiting at its lock goes on', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 5_000 });
    const key = randomUUID();
    const forgotten = open(charge.chargeId, key, [(executor) => oneRow.rows(executor, {})]);
    expect(forgotten).not.toBeNull();
    // Answered after the run's locks were granted: from here it holds the key.
    await forgotten?.answers[0];
    const started = Date.now();
    // Without the run: this one takes the key's lock itself, and waits for the forgotten run's.
    const result = await writeOffOrRequestApproval(handle.db, writeOffParams(charge.chargeId, 300, key));
    expect(result).toMatchObject({ ok: true, replayed: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(4_700);
  }, 10_000);

  it('released, writes nothing; and only two are open at once, so the pool keeps connections', async () => {
    const charge = await createCharge(handle.db, { assessedCents: 5_000 });
    const runs = [open(charge.chargeId, randomUUID()), open(charge.chargeId, randomUUID())];
    expect(runs.every((run) => run !== null)).toBe(true);
    expect(open(charge.chargeId, randomUUID())).toBeNull();
    for (const run of runs) run?.release();
    let again: RunAhead | null = null;
    for (let tries = 0; again === null && tries < 40; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      again = open(charge.chargeId, randomUUID());
    }
    expect(again).not.toBeNull();
    again?.release();
    expect((await getCharge(handle.db, charge.chargeId))?.outstandingCents).toBe(5_000);
  });
});

describe('a write-off run begun ahead [pglite]', () => {
  it('is not begun: one session, no round trips to save', async () => {
    const handle = await openTestDatabase('pglite');
    try {
      const charge = await createCharge(handle.db, { assessedCents: 5_000 });
      const run = openWriteOffRun(
        handle.db,
        { idempotencyKey: randomUUID(), chargeId: charge.chargeId, actor: ADMIN },
        [],
      );
      expect(run).toBeNull();
    } finally {
      await handle.close();
    }
  });
});
