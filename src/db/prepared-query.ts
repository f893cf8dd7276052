/**
 * Drizzle builds a query's SQL text from its builder every time the query runs. For a select of
 * a table's every column that was about 45 KB of garbage per run: the selects and the status
 * update of a Slack confirm made about a quarter of everything the app allocated under load, and
 * the garbage collections that follow are what a slow acknowledgement waits for.
 *
 * A query made with `preparedPerDatabase` is built once per database (the builder ends in
 * `.prepare(name)`, values as `sql.placeholder`) and then only run with new values. A transaction
 * is a database of its own here: its queries are built once per transaction.
 */
import type { Executor } from './client.ts';

export function preparedPerDatabase<Q>(build: (db: Executor) => Q): (db: Executor) => Q {
  const built = new WeakMap<Executor, Q>();
  return (db) => {
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
