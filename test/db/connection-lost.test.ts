/**
 * A PostgreSQL backend that dies under a connection (pg_terminate_backend, a restart) must give
 * the caller a catchable error and leave the pool usable. postgres.js 3.4.9 threw from a timer
 * instead, which ends the process; patches/ fixes that, and this test fails without the patch.
 */
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/unavailable.ts';
import { createScratchPostgresDatabase, describePostgres } from '../support/databases.ts';

describePostgres('a connection killed under the driver [postgres]', () => {
  let scratch: { url: string; drop(): Promise<void> };
  let sql: postgres.Sql;
  let killer: postgres.Sql;
  let holderSql: postgres.Sql;

  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase('billing_lost');
    sql = postgres(scratch.url, { max: 2, onnotice: () => {} });
    killer = postgres(scratch.url, { max: 1, onnotice: () => {} });
    holderSql = postgres(scratch.url, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql?.end({ timeout: 5 });
    await killer?.end({ timeout: 5 });
    await holderSql?.end({ timeout: 5 });
    await scratch?.drop();
  });

  /** A transaction stopped on a row lock, and its backend killed while it waits. */
  async function killWaitingTransaction(): Promise<unknown> {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const lockTaken = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const holder = holderSql.begin(async (tx) => {
      await tx`select id from lock_me where id = 1 for update`;
      locked();
      await held;
    });
    await lockTaken;
    const victim = sql
      .begin(async (tx) => {
        await tx`select pg_advisory_xact_lock(42)`;
        await tx`select id from lock_me where id = 1 for update`;
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    for (;;) {
      const [waiting] = await killer<{ pid: number }[]>`
        select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
      if (waiting) {
        await killer`select pg_terminate_backend(${waiting.pid})`;
        break;
      }
    }
    const failure = await victim;
    release();
    await holder;
    return failure;
  }

  it('a transaction whose backend is killed fails catchably, again and again, and the pool recovers', async () => {
    await killer`create table lock_me (id int primary key)`;
    await killer`insert into lock_me values (1)`;
    for (let round = 1; round <= 3; round++) {
      const failure = await killWaitingTransaction();
      expect(isDatabaseUnavailable(failure)).toBe(true);
      // The very next query may still meet the dying socket: a catchable "unavailable" then.
      const next = await sql`select 1`.then(
        () => null,
        (error: unknown) => error,
      );
      if (next !== null) expect(isDatabaseUnavailable(next)).toBe(true);
      const [answer] = await sql<{ one: number }[]>`select 1 as one`;
      expect(answer?.one).toBe(1);
    }
  });
});

it('tells a lost connection from a refused request', () => {
  const wrapped = (cause: object) => Object.assign(new Error('Failed query'), { cause });
  expect(isDatabaseUnavailable(wrapped({ code: '57P01' }))).toBe(true);
  expect(isDatabaseUnavailable(wrapped({ code: '08006' }))).toBe(true);
  expect(isDatabaseUnavailable({ code: 'CONNECTION_CLOSED' })).toBe(true);
  expect(isDatabaseUnavailable(wrapped({ code: 'ECONNREFUSED' }))).toBe(true);
  expect(isDatabaseUnavailable(wrapped({ code: '23514' }))).toBe(false);
  expect(isDatabaseUnavailable(wrapped({ code: '40001' }))).toBe(false);
  expect(isDatabaseUnavailable(new Error('invariant: no pending action'))).toBe(false);
});
