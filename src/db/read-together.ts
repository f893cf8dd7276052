/**
 * Reads that do not depend on each other, sent to PostgreSQL in one write on one connection and
 * answered together: one round trip, one server process woken, one socket write, where reads
 * started on their own go to as many pooled connections, each a write and a wake-up of its own
 * (on a machine short of cores, those are what a request waits for).
 *
 * On PostgreSQL they run in a transaction of their own: BEGIN, the reads and COMMIT leave in one
 * write (the patched `begin` lets statements follow an unanswered BEGIN, and COMMIT goes behind
 * them, commit-behind.ts). Each read still takes its own snapshot, as it would alone. A read must
 * send its one statement through `Statement.rows` without waiting for anything first, so that it
 * reaches the connection before the COMMIT; one that came after would be refused by the driver
 * (STATEMENT_AFTER_COMMIT) and fail loudly. On PGlite, one session, they simply run in turn.
 *
 * Each read's answer is given as it comes, not after COMMIT's.
 */
import type { Database, Executor } from './client.ts';
import { commitBehind } from './commit-behind.ts';
import { deferred } from './deferred.ts';
import { isSingleSession } from './single-session.ts';

export type Read<T> = (executor: Executor) => Promise<T>;

export function readTogether<T extends readonly unknown[]>(
  db: Database,
  reads: { readonly [K in keyof T]: Read<T[K]> },
): { [K in keyof T]: Promise<T[K]> } {
  const list = reads as readonly Read<unknown>[];
  if (list.length < 2 || isSingleSession(db)) {
    return list.map((read) => read(db)) as { [K in keyof T]: Promise<T[K]> };
  }
  const answers = list.map(() => deferred<unknown>());
  db.transaction(async (tx) => {
    const running = list.map((read, i) => read(tx).then(answers[i]?.resolve, answers[i]?.reject));
    await Promise.all([...running, commitBehind(tx)]);
  }).catch((error: unknown) => {
    // BEGIN or COMMIT failed, or a read did: every read not yet answered fails with it.
    for (const answer of answers) answer.reject(error);
  });
  return answers.map((answer) => answer.promise) as { [K in keyof T]: Promise<T[K]> };
}
