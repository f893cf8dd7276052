/** Spreading one write-off over several charges: what is refused, and that nothing is written then. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { type SpreadWriteOffParams, writeOffSpread } from '../../src/ledger/index.ts';
import { describeEachDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { openTestDatabaseWithTeam } from '../support/team.ts';
import { blockerCodes, entryCount, outstandingOf } from './ledger-state.ts';

const BILLER = 'USPBILLER1';
const VIEWER = 'USPVIEWER1';

describeEachDatabase('spreading a write-off', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabaseWithTeam(kind, [
      { userId: BILLER, role: 'biller', limitCents: 5_000 },
      { userId: VIEWER, role: 'viewer' },
    ]);
  });
  afterAll(async () => handle?.close());

  async function twoCharges(first = 5_000, second = 5_000) {
    const a = await createCharge(handle.db, { assessedCents: first, dateOfService: '2026-01-01' });
    const b = await createCharge(handle.db, {
      patientId: a.patientId,
      assessedCents: second,
      dateOfService: '2026-02-01',
    });
    return [a.chargeId, b.chargeId];
  }

  function spread(
    chargeIds: number[],
    amountCents: SpreadWriteOffParams['amountCents'],
    actor = 'cli:admin',
  ) {
    return writeOffSpread(handle.db, {
      chargeIds,
      amountCents,
      reason: 'small_balance',
      actor,
      source: 'button',
      idempotencyKey: randomUUID(),
    });
  }

  it.each([
    ['more than the charges hold together', 10_001, 'cli:admin', 'AMOUNT_EXCEEDS_OUTSTANDING'],
    ['a viewer', 1_000, VIEWER, 'NOT_AUTHORIZED'],
    ['a biller above their $50 limit', 5_001, BILLER, 'OVER_LIMIT'],
    ['a zero amount', 0, 'cli:admin', 'AMOUNT_INVALID'],
  ])('%s is refused and nothing is written', async (_, amount, actor, code) => {
    const chargeIds = await twoCharges();
    const before = await entryCount(handle.db);
    const result = await spread(chargeIds, amount, actor);
    expect(blockerCodes(result)).toEqual([code]);
    expect(await entryCount(handle.db)).toBe(before);
    expect(await Promise.all(chargeIds.map((id) => outstandingOf(handle.db, id)))).toEqual([5_000, 5_000]);
  });

  it('charges with nothing outstanding: NOTHING_OUTSTANDING', async () => {
    const a = await createCharge(handle.db, { assessedCents: 1_000, paidCents: 1_000 });
    const result = await spread([a.chargeId], 'all');
    expect(blockerCodes(result)).toEqual(['NOTHING_OUTSTANDING']);
  });

  it('too much over partly paid charges: the message gives the combined limit and what was paid', async () => {
    const a = await createCharge(handle.db, {
      assessedCents: 5_000,
      paidCents: 2_000,
      dateOfService: '2026-01-01',
    });
    const b = await createCharge(handle.db, { patientId: a.patientId, assessedCents: 4_000, paidCents: 500 });
    const result = await spread([a.chargeId, b.chargeId], 7_000);
    expect(blockerCodes(result)).toEqual(['AMOUNT_EXCEEDS_OUTSTANDING']);
    expect(result.ok ? '' : result.blockers[0]?.message).toBe(
      'At most $65.00 can be written off across these 2 charges ($25.00 of it was already paid).',
    );
  });

  it('a viewer is refused before anything else: NOT_AUTHORIZED', async () => {
    const a = await createCharge(handle.db, { assessedCents: 1_000, paidCents: 1_000 });
    const result = await spread([a.chargeId], 'all', VIEWER);
    expect(blockerCodes(result)).toEqual(['NOT_AUTHORIZED']);
  });

  it('refuses charges of two patients and writes nothing', async () => {
    const a = await createCharge(handle.db, { assessedCents: 1_000 });
    const b = await createCharge(handle.db, { assessedCents: 1_000 });
    const before = await entryCount(handle.db);
    await expect(spread([a.chargeId, b.chargeId], 'all')).rejects.toThrow(/one patient/);
    expect(await entryCount(handle.db)).toBe(before);
  });

  it('a charge listed twice is written off once', async () => {
    const [first = 0, second = 0] = await twoCharges(3_000, 4_000);
    const before = await entryCount(handle.db);
    const result = await spread([first, first, second], 'all');
    expect(result).toMatchObject({ ok: true, value: { amountCents: 7_000 } });
    expect(await entryCount(handle.db)).toBe(before + 2);
    expect(await outstandingOf(handle.db, first)).toBe(0);
    expect(await outstandingOf(handle.db, second)).toBe(0);
  });

  it('a charge listed twice cannot be written off twice', async () => {
    const [first = 0, second = 0] = await twoCharges(3_000, 4_000);
    const before = await entryCount(handle.db);
    const result = await spread([first, first, second], 8_000);
    expect(blockerCodes(result)).toEqual(['AMOUNT_EXCEEDS_OUTSTANDING']);
    expect(await entryCount(handle.db)).toBe(before);
  });
});
