/**
 * The app's PGlite client prepares each parameterised statement once (src/db/pglite-prepared.ts).
 * What a user would notice if it went wrong: a row read back differently than PGlite's own query
 * reads it, a failed write that leaves the session stuck or half a transaction behind, or a
 * statement that stops working after the session lost it.
 */
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteClient, type Database } from '../../src/db/client.ts';
import { type PreparingPglite, preparingPgliteStatements } from '../../src/db/pglite-prepared.ts';
import { rowsOf } from '../../src/db/rows.ts';

describe('PGlite with prepared statements', () => {
  let raw: PGlite;
  let preparing: PreparingPglite;
  let db: Database;
  let stock: Database;

  beforeAll(async () => {
    raw = await createPgliteClient();
    await raw.exec(`create table notes (
      id int primary key, cents bigint not null, body text, tags jsonb, at timestamptz, day date
    )`);
    preparing = await preparingPgliteStatements(raw);
    db = drizzle({ client: preparing.client }) as unknown as Database;
    stock = drizzle({ client: raw }) as unknown as Database;
  });
  afterAll(() => raw.close());

  const insert = (target: Database, id: number, body: string | null) =>
    target.execute(sql`insert into notes (id, cents, body, tags, at, day)
      values (${id}, ${12_345_678_901}, ${body}, ${JSON.stringify({ reason: 'hardship', ids: [1, 2] })}::jsonb,
        ${'2026-12-01T10:00:00.000Z'}::timestamptz, ${'2026-12-01'}::date)
      returning id, cents, body, tags, at, day`);

  it('reads rows back exactly as PGlite’s own query does, types and nulls included', async () => {
    const mine = rowsOf(await insert(db, 1, 'Jane’s “note” 💬'));
    const theirs = rowsOf(await insert(stock, 2, 'Jane’s “note” 💬'));
    expect(mine).toEqual([{ ...theirs[0], id: 1 }]);
    expect(mine[0]).toMatchObject({ cents: 12_345_678_901, tags: { reason: 'hardship', ids: [1, 2] } });
    const withNull = rowsOf(await insert(db, 3, null));
    expect(withNull[0]?.body).toBeNull();
  });

  it('prepares a statement text once however often it runs', async () => {
    const before = preparing.preparedCount();
    for (let i = 0; i < 50; i++) {
      const rows = rowsOf(await db.execute(sql`select id from notes where id = ${1 + (i % 3)}`));
      expect(rows).toEqual([{ id: 1 + (i % 3) }]);
    }
    expect(preparing.preparedCount()).toBe(before + 1);
  });

  it('refuses a bad write with its SQL state and keeps the session usable', async () => {
    await expect(insert(db, 1, 'again')).rejects.toMatchObject({ cause: { code: '23505' } });
    expect(rowsOf(await db.execute(sql`select count(*)::int as n from notes where id > ${0}`))).toEqual([
      { n: 3 },
    ]);
  });

  it('rolls back the whole transaction when a prepared statement in it fails', async () => {
    await expect(
      db.transaction(async (tx) => {
        await insert(tx as unknown as Database, 10, 'first');
        await insert(tx as unknown as Database, 1, 'duplicate');
      }),
    ).rejects.toMatchObject({ cause: { code: '23505' } });
    expect(rowsOf(await db.execute(sql`select id from notes where id = ${10}`))).toEqual([]);
    expect(raw.isInTransaction()).toBe(false);
  });

  it('prepares again when the session lost its statements (DISCARD ALL)', async () => {
    const count = () => db.execute(sql`select count(*)::int as n from notes where cents = ${12_345_678_901}`);
    expect(rowsOf(await count())).toEqual([{ n: 3 }]);
    await raw.exec('discard all');
    expect(rowsOf(await count())).toEqual([{ n: 3 }]);
  });
});
