/**
 * Payments and assessed PR refused by the posting rule (domain/rules/posting.ts) through the
 * ledger: the code, a sentence with the figures, and nothing written.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { assessPr, type PostParams, recordPayment } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { snapshot } from './ledger-state.ts';

describeEachDatabase('postings refused by the posting rule', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await handle?.close();
  });

  const post = (chargeId: number, amountCents: number): PostParams => ({
    chargeId,
    amountCents,
    actor: 'cli:admin',
    source: 'import',
    idempotencyKey: randomUUID(),
  });

  it('a payment of more than is outstanding: AMOUNT_EXCEEDS_OUTSTANDING with both figures', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 5_000, paidCents: 2_000 });
    const before = await snapshot(handle.db, chargeId);
    const result = await recordPayment(handle.db, post(chargeId, 3_001));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.blockers.map((b) => b.code)).toEqual(['AMOUNT_EXCEEDS_OUTSTANDING']);
    expect(result.blockers[0]?.message).toBe('A payment of $30.01 is more than the $30.00 outstanding.');
    expect(await snapshot(handle.db, chargeId)).toEqual(before);
    // Exactly the outstanding is a payment in full.
    const exact = await recordPayment(handle.db, post(chargeId, 3_000));
    expect(exact.ok && exact.value.outstandingCents).toBe(0);
  });

  it.each([
    ['zero', 0, /more than \$0\.00/],
    ['a negative amount', -100, /negative/],
    ['a fraction of a cent', 12.5, /decimal/],
  ])('a payment or assessment of %s: AMOUNT_INVALID, nothing written', async (_name, cents, message) => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 5_000 });
    const before = await snapshot(handle.db, chargeId);
    for (const postIt of [recordPayment, assessPr]) {
      const result = await postIt(handle.db, post(chargeId, cents));
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.blockers.map((b) => b.code)).toEqual(['AMOUNT_INVALID']);
      expect(result.blockers[0]?.message).toMatch(message);
      expect(result.blockers[0]?.field).toBe('amount');
    }
    expect(await snapshot(handle.db, chargeId)).toEqual(before);
  });
});
