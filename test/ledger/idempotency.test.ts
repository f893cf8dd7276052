/** DOMAIN.md section 5: a repeat returns the first result and writes nothing; a changed repeat is a conflict. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../../src/db/client.ts';
import {
  cancelPr,
  IdempotencyConflictError,
  type LedgerResult,
  recordPayment,
  refundPayment,
  undoWriteOff,
  writeOff,
  writeOffSpread,
} from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { entryCount, outstandingOf } from './ledger-state.ts';

const ACTOR = 'cli:idem';

interface Mutation {
  readonly name: string;
  /** Sets up a charge; `send(variant)` sends the request, variant 1 differing from 0 in one field. */
  readonly arrange: (db: Database) => Promise<{
    chargeIds: number[];
    send: (key: string, variant: 0 | 1) => Promise<LedgerResult<unknown>>;
  }>;
}

const MUTATIONS: Mutation[] = [
  {
    name: 'write-off',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { assessedCents: 10_000 });
      return {
        chargeIds: [chargeId],
        send: (idempotencyKey, v) =>
          writeOff(db, {
            chargeId,
            amountCents: v === 0 ? 2_000 : 2_001,
            reason: 'small_balance',
            actor: ACTOR,
            source: 'button',
            idempotencyKey,
          }),
      };
    },
  },
  {
    name: 'spread write-off',
    arrange: async (db) => {
      const a = await createCharge(db, { assessedCents: 3_000 });
      const b = await createCharge(db, { patientId: a.patientId, assessedCents: 3_000 });
      return {
        chargeIds: [a.chargeId, b.chargeId],
        send: (idempotencyKey, v) =>
          writeOffSpread(db, {
            chargeIds: [a.chargeId, b.chargeId],
            amountCents: 4_000,
            reason: v === 0 ? 'small_balance' : 'prompt_pay_discount',
            actor: ACTOR,
            source: 'button',
            idempotencyKey,
          }),
      };
    },
  },
  {
    name: 'undo',
    arrange: async (db) => {
      const { chargeId, writeOffEntryId } = await createCharge(db, {
        assessedCents: 5_000,
        writtenOffCents: 1_000,
      });
      return {
        chargeIds: [chargeId],
        send: (idempotencyKey, v) =>
          undoWriteOff(db, {
            writeOffEntryId: writeOffEntryId ?? 0,
            note: v === 0 ? null : 'changed my mind',
            actor: ACTOR,
            source: 'button',
            idempotencyKey,
          }),
      };
    },
  },
  {
    name: 'refund',
    arrange: async (db) => {
      const { chargeId, paymentEntryId } = await createCharge(db, { assessedCents: 5_000, paidCents: 4_000 });
      return {
        chargeIds: [chargeId],
        send: (idempotencyKey, v) =>
          refundPayment(db, {
            paymentEntryId: paymentEntryId ?? 0,
            amountCents: v === 0 ? 1_000 : 'all',
            actor: ACTOR,
            source: 'button',
            idempotencyKey,
          }),
      };
    },
  },
  {
    name: 'cancel',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { assessedCents: 5_000, prSource: 'self_pay' });
      return {
        chargeIds: [chargeId],
        send: (idempotencyKey, v) =>
          cancelPr(db, {
            chargeId,
            reason: v === 0 ? 'duplicate' : 'entered_in_error',
            actor: ACTOR,
            source: 'button',
            idempotencyKey,
          }),
      };
    },
  },
  {
    name: 'payment',
    arrange: async (db) => {
      const { chargeId } = await createCharge(db, { assessedCents: 5_000 });
      return {
        chargeIds: [chargeId],
        send: (idempotencyKey, v) =>
          recordPayment(db, {
            chargeId,
            amountCents: v === 0 ? 1_200 : 1_300,
            actor: ACTOR,
            source: 'import',
            idempotencyKey,
          }),
      };
    },
  },
];

describeEachDatabase('idempotency', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => handle?.close());

  async function state(chargeIds: number[]) {
    return {
      entries: await entryCount(handle.db),
      outstanding: await Promise.all(chargeIds.map((id) => outstandingOf(handle.db, id))),
    };
  }

  describe.each(MUTATIONS)('$name', ({ arrange }) => {
    it('a repeat with the same key and payload returns the first result and writes nothing', async () => {
      const { chargeIds, send } = await arrange(handle.db);
      const key = randomUUID();
      const before = await state(chargeIds);
      const first = await send(key, 0);
      expect(first).toMatchObject({ ok: true, replayed: false });
      const afterFirst = await state(chargeIds);
      expect(afterFirst).not.toEqual(before);

      const again = await send(key, 0);
      expect(again).toEqual({ ...first, replayed: true });
      expect(await state(chargeIds)).toEqual(afterFirst);
    });

    it('the same key with a different payload is a conflict and writes nothing', async () => {
      const { chargeIds, send } = await arrange(handle.db);
      const key = randomUUID();
      const first = await send(key, 0);
      expect(first.ok).toBe(true);
      const afterFirst = await state(chargeIds);

      await expect(send(key, 1)).rejects.toBeInstanceOf(IdempotencyConflictError);
      expect(await state(chargeIds)).toEqual(afterFirst);
    });
  });

  it('a refused request is not remembered: the same key may be sent again once the blocker is gone', async () => {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 5_000 });
    const key = randomUUID();
    const params = {
      chargeId,
      amountCents: 1_000,
      actor: ACTOR,
      source: 'button' as const,
      idempotencyKey: key,
    };
    const refused = await writeOff(handle.db, { ...params, reason: null });
    expect(refused).toMatchObject({
      ok: false,
      blockers: [expect.objectContaining({ code: 'REASON_REQUIRED' })],
    });
    const accepted = await writeOff(handle.db, { ...params, reason: 'small_balance' });
    expect(accepted).toMatchObject({ ok: true, replayed: false, value: { outstandingCents: 4_000 } });
  });
});
