/**
 * Drizzle sends every query to postgres.js as unprepared (`prepare: false`). postgres.js then
 * cannot send a query with parameters in one go: it first asks the server for the parameter
 * types (Parse, Describe, wait), then binds and executes (a second wait). A write-off's three
 * parameterised statements paid six round trips for three.
 *
 * This wrapper asks postgres.js to prepare them instead: the first run of a statement text on a
 * connection still describes it, every later run is one round trip (Bind, Execute). Statements
 * with many parameters (bulk inserts, whose text changes with the row count) stay unprepared,
 * so a connection keeps a bounded set of prepared statements.
 *
 * Behind a pooler in transaction mode, prepared statements need its support (PgBouncer 1.21 and
 * later, with max_prepared_statements set).
 */
import type { Sql } from 'postgres';

/** More parameters than this: a bulk statement whose text varies; not worth keeping prepared. */
const MAX_PREPARED_PARAMETERS = 64;

type UnsafeOptions = { prepare?: boolean } & Record<string, unknown>;
type Callback = (sql: Sql) => unknown;

export function preparingStatements(client: Sql): Sql {
  return new Proxy(client, {
    get(target, property) {
      if (property === 'unsafe') {
        return (query: string, parameters?: unknown[], options?: UnsafeOptions) =>
          target.unsafe(query, parameters as never, {
            ...options,
            prepare: (parameters?.length ?? 0) <= MAX_PREPARED_PARAMETERS,
          });
      }
      // Transactions and savepoints hand the callback a client bound to one connection: wrap it too.
      if (property === 'begin' || property === 'savepoint') {
        const open = Reflect.get(target, property, target) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const callback = args.at(-1) as Callback;
          return open(...args.slice(0, -1), (scoped: Sql) => callback(preparingStatements(scoped)));
        };
      }
      return Reflect.get(target, property, target);
    },
  });
}
