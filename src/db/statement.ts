/**
 * Statements written out by hand (the ledger's writes and locks, a request's insert, the re-run
 * probe) as Drizzle `sql` templates with named placeholders. The template is turned into SQL
 * text once, at its first run; every run after that only fills in the values.
 *
 * `db.execute(sql…)` instead rebuilds the text from the template's chunks on every run. Under a
 * Slack load that rebuilding made about a quarter of everything the app allocated (sampled: the
 * write-off's entry statement alone was the largest part), and the young-generation collections
 * that garbage sets off are what a slow acknowledgement waits for. On the ledger benchmark it is
 * client CPU spent while the charge row is locked.
 *
 * A statement whose shape varies (which total column, with or without an audit row) is one
 * `statement` per shape: `statementsByShape` keeps them.
 */
import { fillPlaceholders, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';
import { rowsOf } from './rows.ts';

/** The app's casing (client.ts): a column object in a template is named as the app names it. */
const dialect = new PgDialect({ casing: 'snake_case' });

export type StatementValues<N extends string> = { readonly [K in N]: unknown };

export interface Statement<N extends string> {
  /** Runs it with these values and returns its rows (as both drivers give them). */
  rows(db: Executor, values: StatementValues<N>): Promise<Record<string, unknown>[]>;
  /** The text and parameters as run (tests ask the planner about it). */
  query(values: StatementValues<N>): { readonly sql: string; readonly params: unknown[] };
}

/** `build` gets `value(name)`, a placeholder; a name may appear more than once. */
export function statement<N extends string>(
  build: (value: (name: N) => Placeholder<N>) => SQL,
): Statement<N> {
  let built: { readonly sql: string; readonly params: unknown[] } | undefined;
  const query = (values: StatementValues<N>) => {
    built ??= dialect.sqlToQuery(build((name) => sql.placeholder(name)));
    // Throws for a placeholder with no value: a missing value is a bug, never a NULL.
    return { sql: built.sql, params: fillPlaceholders(built.params, values) };
  };
  return {
    query,
    async rows(db, values) {
      // The session's own path for a statement without a result mapping, as `execute` takes:
      // the logger sees it, the drivers' prepared statements apply.
      const prepared = db._.session.prepareQuery(query(values), undefined, undefined, false);
      return rowsOf(await prepared.execute());
    },
  };
}

/** One statement per shape, built the first time that shape runs. Shapes must be few. */
export function statementsByShape<S, N extends string>(
  build: (shape: S, value: (name: N) => Placeholder<N>) => SQL,
  keyOf: (shape: S) => string,
): (shape: S) => Statement<N> {
  const byKey = new Map<string, Statement<N>>();
  return (shape) => {
    const key = keyOf(shape);
    let found = byKey.get(key);
    if (!found) {
      found = statement<N>((value) => build(shape, value));
      byKey.set(key, found);
    }
    return found;
  };
}
