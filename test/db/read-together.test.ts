/**
 * Reads sent together (db/read-together.ts) leave in one write on one connection, and each gets
 * its own answer. Counted at a relay between the driver and the server. (A confirm of a one-charge
 * write-off reads with its ledger run instead: test/workflow/run-ahead.test.ts.)
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { readTogether } from '../../src/db/read-together.ts';
import { statement } from '../../src/db/statement.ts';
import { type ChargeView, listCharges, listPayments, type PaymentView } from '../../src/ledger/index.ts';
import {
  type CountingRelay,
  openRelayedScratchDatabase,
  type RelayedDatabase,
} from '../support/counting-relay.ts';
import { describePostgres, openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';

const numberRead = statement<'n'>((value) => sql`select ${value('n')}::int as n`);
const failingRead = statement<never>(() => sql`select 1 / 0 as never`);

const readNumber = (n: number) => async (executor: Parameters<typeof numberRead.rows>[0]) => {
  const [row] = await numberRead.rows(executor, { n });
  return Number(row?.n);
};

describe('reads sent together [pglite]', () => {
  it('answer each read in turn on the one session', async () => {
    const handle = await openTestDatabase('pglite');
    try {
      const answers = readTogether<[number, number]>(handle.db, [readNumber(4), readNumber(5)]);
      expect(await Promise.all(answers)).toEqual([4, 5]);
    } finally {
      await handle.close();
    }
  });
});

describePostgres('reads sent together [postgres]', () => {
  let relayed: RelayedDatabase;
  let relay: CountingRelay;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    relayed = await openRelayedScratchDatabase('billing_read_together');
    ({ relay, handle } = relayed);
  });
  afterAll(async () => {
    await relayed?.close();
  });

  it('leave in one write with BEGIN and COMMIT, and answer in order', async () => {
    const reads = [readNumber(1), readNumber(2), readNumber(3)] as const;
    // Each connection prepares the statement the first time it runs it.
    for (let round = 0; round < 6; round++) await Promise.all(reads.map((read) => read(handle.db)));
    await Promise.all(readTogether<[number, number, number]>(handle.db, reads));
    // The answers come before the COMMIT's: let it finish.
    await new Promise((resolve) => setTimeout(resolve, 50));
    relay.resetTurns();
    const answers = await Promise.all(readTogether<[number, number, number]>(handle.db, reads));
    expect(answers).toEqual([1, 2, 3]);
    // BEGIN, the three reads and COMMIT (the pool would have sent the reads on as many connections
    // as it had free).
    expect(relay.writes()).toBe(1);
  });

  it('give a failing read its error, and the others theirs, with nothing left unhandled', async () => {
    const answers = readTogether<[number, unknown]>(handle.db, [
      readNumber(7),
      (executor) => failingRead.rows(executor, {}),
    ]);
    expect(await answers[0]).toBe(7);
    await expect(answers[1]).rejects.toMatchObject({ cause: { code: '22012' } });
    // The connection is usable afterwards: the transaction ended.
    expect(
      await Promise.all(readTogether<[number, number]>(handle.db, [readNumber(8), readNumber(9)])),
    ).toEqual([8, 9]);
  });

  it("the ledger's payment and charge reads run together, in front of the COMMIT", async () => {
    const { chargeId, patientId } = await createCharge(handle.db, { assessedCents: 9_000, paidCents: 4_000 });
    const [payments, charges] = readTogether<[PaymentView[], ChargeView[]]>(handle.db, [
      (executor) => listPayments(executor, { chargeIds: [chargeId] }),
      (executor) => listCharges(executor, { patientId }),
    ]);
    expect(await payments).toEqual([
      expect.objectContaining({
        chargeId,
        amountCents: 4_000,
        refundedCents: 0,
        createdAt: expect.any(Date),
      }),
    ]);
    expect((await charges).map((c) => c.id)).toEqual([chargeId]);
  });
});
