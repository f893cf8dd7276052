/**
 * The key's advisory lock and the locking read go out in one write (idempotency.ts,
 * lockThenRead). The read must still start after the lock is granted, on a snapshot of its own,
 * so that it sees the record of a run of the same key that committed while it waited. A run of
 * the key held open inside a transaction makes the second run wait at the lock; when the first
 * commits, the second must replay its result and write nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { writeOff } from '../../src/ledger/index.ts';
import { describePostgres, openPostgresTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { signal } from '../support/signal.ts';
import { entryCount, outstandingOf } from './ledger-state.ts';

describePostgres('a run that waited at the key lock reads after it [postgres]', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openPostgresTestDatabase({ maxConnections: 4 });
  });
  afterAll(async () => handle?.close());

  for (const round of ['first', 'second']) {
    // The first round meets statements not yet prepared on the connections; the second does not.
    it(`replays the run that committed while it waited (${round} time on the connections)`, async () => {
      const { chargeId } = await createCharge(handle.db, { assessedCents: 10_000 });
      const request = {
        chargeId,
        amountCents: 2_500,
        reason: 'small_balance' as const,
        actor: 'cli:lock-order',
        source: 'cli' as const,
        idempotencyKey: `lock-order-${round}-${chargeId}`,
      };
      const released = signal();
      const firstWrote = signal();
      // The first run inside an outer transaction: its key lock and its record last until that
      // transaction commits.
      const first = handle.db.transaction(async (tx) => {
        const result = await writeOff(tx, request);
        firstWrote.fire();
        await released.promise;
        return result;
      });
      await firstWrote.promise;
      const second = writeOff(handle.db, request);
      await new Promise((resolve) => setTimeout(resolve, 100));
      released.fire();
      expect(await first).toMatchObject({ ok: true, replayed: false });
      expect(await second).toMatchObject({ ok: true, replayed: true, value: { amountCents: 2_500 } });
      // The PR's assessment and one write-off.
      expect(await entryCount(handle.db, chargeId)).toBe(2);
      expect(await outstandingOf(handle.db, chargeId)).toBe(7_500);
    });
  }
});
