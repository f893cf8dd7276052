/**
 * Hand-written statements are built into SQL text once and then only run with new values
 * (src/db/statement.ts). Each run must still write its own values, a value named twice must land
 * in both places, a missing value must stop the statement before anything is sent, and a
 * statement of one shape must never run with another shape's text.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { rowsOf } from '../../src/db/rows.ts';
import { statement, statementsByShape } from '../../src/db/statement.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';

describeEachDatabase('statements built once', (kind) => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await handle.db.execute(
      sql`create table notes_for_test (id int primary key, body text not null, copy text)`,
    );
  });
  afterAll(() => handle?.close());

  const count = async () =>
    Number(rowsOf(await handle.db.execute(sql`select count(*) as n from notes_for_test`))[0]?.n);

  it('builds the text once and writes each run’s own values; a value named twice lands twice', async () => {
    let builds = 0;
    const insert = statement<'id' | 'body'>((value) => {
      builds += 1;
      return sql`insert into notes_for_test (id, body, copy) values (${value('id')}, ${value('body')}, ${value('body')})
        returning id, body, copy`;
    });
    const first = await insert.rows(handle.db, { id: 1, body: 'first' });
    const second = await handle.db.transaction((tx) => insert.rows(tx, { id: 2, body: 'second' }));
    expect(first).toEqual([{ id: 1, body: 'first', copy: 'first' }]);
    expect(second).toEqual([{ id: 2, body: 'second', copy: 'second' }]);
    expect(builds).toBe(1);
    expect(insert.query({ id: 3, body: 'third' }).params).toEqual([3, 'third', 'third']);
  });

  it('refuses a run with a value missing, before anything is written', async () => {
    const insert = statement<'id' | 'body'>(
      (value) => sql`insert into notes_for_test (id, body) values (${value('id')}, ${value('body')})`,
    );
    const before = await count();
    await expect(insert.rows(handle.db, { id: 10 } as never)).rejects.toThrow(/body/);
    expect(await count()).toBe(before);
  });

  it('keeps one statement per shape', async () => {
    let builds = 0;
    const bodyOf = statementsByShape<'upper' | 'lower', 'id'>((shape, value) => {
      builds += 1;
      const body = shape === 'upper' ? sql`upper(body)` : sql`lower(body)`;
      return sql`select ${body} as body from notes_for_test where id = ${value('id')}`;
    }, String);
    expect(await bodyOf('upper').rows(handle.db, { id: 1 })).toEqual([{ body: 'FIRST' }]);
    expect(await bodyOf('lower').rows(handle.db, { id: 1 })).toEqual([{ body: 'first' }]);
    expect(await bodyOf('upper').rows(handle.db, { id: 2 })).toEqual([{ body: 'SECOND' }]);
    expect(builds).toBe(2);
  });
});
