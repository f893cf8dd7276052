/**
 * COMMIT, sent right behind a transaction's last statements, before their answers: one round trip
 * less per transaction. It must go through the same path as those statements (`Statement.rows`),
 * so that it reaches the connection after them. If one of them fails, PostgreSQL ends the aborted
 * transaction at this COMMIT with a rollback. The patched postgres.js (patches/) then sends no
 * COMMIT of its own, and refuses any statement after this one in the transaction. Only for a
 * transaction of one's own on PostgreSQL: never inside someone else's, never on PGlite.
 */
import { sql } from 'drizzle-orm';
import type { Transaction } from './client.ts';
import { statement } from './statement.ts';

const commitStatement = statement<never>(() => sql`commit`);

export function commitBehind(tx: Transaction): Promise<unknown> {
  return commitStatement.rows(tx, {});
}
