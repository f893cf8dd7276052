/**
 * patches/ changes postgres.js's `begin`: a transaction's first statement goes out with BEGIN
 * instead of a round trip after it, and the callback may send COMMIT right behind its last
 * statement (the ledger does, behind the statement that stores the idempotency record). These
 * check that each saves a round trip (counted at a relay between the driver and the server) and
 * that nothing runs outside the transaction: the first statement's row is rolled back with it and
 * its advisory lock held until the end; a last statement that fails leaves nothing; a statement
 * after the COMMIT is refused. The round-trip counts fail on the unpatched driver.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type CountingRelay as Relay,
  countingRelay as turnCountingRelay,
} from '../support/counting-relay.ts';
import { createScratchPostgresDatabase, describePostgres } from '../support/databases.ts';
import { signal } from '../support/signal.ts';

describePostgres('a transaction whose first statement goes out with BEGIN [postgres]', () => {
  let scratch: { url: string; drop(): Promise<void> };
  let relay: Relay;
  let sql: postgres.Sql;
  let observer: postgres.Sql;

  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase('billing_begin');
    relay = await turnCountingRelay(scratch.url);
    sql = postgres(relay.url, { max: 1, onnotice: () => {} });
    observer = postgres(scratch.url, { max: 1, onnotice: () => {} });
    await sql`create table written (id int primary key)`;
  });
  afterAll(async () => {
    await sql?.end({ timeout: 5 });
    await observer?.end({ timeout: 5 });
    relay?.server.close();
    await scratch?.drop();
  });

  it('takes one round trip less: BEGIN and the first statement, a second statement, COMMIT', async () => {
    await sql`select 1`; // connected, types fetched
    relay.resetTurns();
    await sql.begin(async (tx) => {
      await tx.unsafe('select 1');
      await tx.unsafe('select 2');
    });
    // Unpatched: BEGIN, select 1, select 2, COMMIT.
    expect(relay.turns()).toBe(3);
  });

  it('takes one more round trip less when COMMIT is sent behind the last statement', async () => {
    relay.resetTurns();
    const [row] = await sql.begin(async (tx) => {
      await tx.unsafe('select 1');
      const [last] = await Promise.all([tx.unsafe('select 2 as two'), tx.unsafe('commit')]);
      return last;
    });
    expect(row).toEqual({ two: 2 });
    // BEGIN with select 1, then select 2 with COMMIT.
    expect(relay.turns()).toBe(2);
  });

  it('sends statements made together after BEGIN in the same write, and COMMIT with them', async () => {
    relay.resetTurns();
    await sql.begin((tx) => [tx.unsafe('select 1'), tx.unsafe('select 2')]);
    // BEGIN with both selects, then COMMIT (unpatched: 3 and more).
    expect(relay.turns()).toBe(2);
    relay.resetTurns();
    await sql.begin((tx) => [tx.unsafe('select 1'), tx.unsafe('select 2'), tx.unsafe('commit')]);
    expect(relay.turns()).toBe(1);
  });

  it('runs them in order, each on a snapshot taken when it starts: a read after a lock sees what the holder committed', async () => {
    await sql`truncate written`;
    for (const id of [7, 8]) {
      // The first time the lock's statement is described before it runs (its parameter's type);
      // the second time it is prepared and goes out whole with the read.
      const released = signal();
      const lockTaken = signal();
      const holder = observer.begin(async (o) => {
        await o`select pg_advisory_xact_lock(4343)`;
        lockTaken.fire();
        await released.promise;
        await o`insert into written values (${id})`;
      });
      await lockTaken.promise;
      const reading = sql.begin((tx) => [
        tx`select pg_advisory_xact_lock(${4343})`,
        tx<{ seen: number }[]>`select count(*)::int as seen from written where id = ${id}`,
      ]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      released.fire();
      await holder;
      const [, rows] = await reading;
      expect(rows).toEqual([{ seen: 1 }]);
    }
  });

  it('refuses what the callback sends after BEGIN failed: it would run outside any transaction', async () => {
    await sql`truncate written`;
    const failed = await sql
      .begin('no such mode', async (tx) => {
        await tx`select 1`;
        await tx`insert into written values (9)`;
      })
      .catch((error: unknown) => error);
    expect((failed as { code?: string }).code).toBe('42601');
    expect(await observer`select id from written`).toEqual([]);
    expect(await sql`select 1 as one`).toEqual([{ one: 1 }]);
  });

  it('leaves nothing when the statement before its own COMMIT fails, and the connection works on', async () => {
    await sql`truncate written`;
    const failed = await sql
      .begin(async (tx) => {
        await tx`insert into written values (1)`;
        await Promise.all([tx`insert into written values (1)`, tx.unsafe('commit')]);
      })
      .catch((error: unknown) => error);
    expect((failed as { code?: string }).code).toBe('23505');
    expect(await observer`select id from written`).toEqual([]);
    await sql.begin(async (tx) => {
      await Promise.all([tx`insert into written values (2)`, tx.unsafe('commit')]);
    });
    expect(await observer`select id from written`).toEqual([{ id: 2 }]);
  });

  it('refuses a statement after the callback sent COMMIT: it would run outside the transaction', async () => {
    await sql`truncate written`;
    const failed = await sql
      .begin(async (tx) => {
        await Promise.all([tx`insert into written values (3)`, tx.unsafe('commit')]);
        await tx`insert into written values (4)`;
      })
      .catch((error: unknown) => error);
    expect((failed as { code?: string }).code).toBe('STATEMENT_AFTER_COMMIT');
    expect(await observer`select id from written`).toEqual([{ id: 3 }]);
  });

  it('rolls back a row the first statement wrote when the transaction fails', async () => {
    await sql`truncate written`;
    const failed = await sql
      .begin(async (tx) => {
        await tx`insert into written values (1)`;
        throw new Error('stop here');
      })
      .catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    expect(await observer`select id from written`).toEqual([]);
  });

  it('holds an advisory lock the first statement took until COMMIT', async () => {
    const released = signal();
    const lockTaken = signal();
    const transaction = sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(4242)`;
      lockTaken.fire();
      await released.promise;
    });
    await lockTaken.promise;
    const [held] = await observer<{ tried: boolean }[]>`select pg_try_advisory_lock(4242) as tried`;
    expect(held?.tried).toBe(false);
    released.fire();
    await transaction;
    const [free] = await observer<{ tried: boolean }[]>`select pg_try_advisory_lock(4242) as tried`;
    expect(free?.tried).toBe(true);
    await observer`select pg_advisory_unlock(4242)`;
  });
});
