/**
 * A mutation's transaction begun before the mutation is decided. A Slack confirm is answered only
 * after the ledger commits, and before this it waited for three round trips: its own reads (the
 * pending action, the patient's charges), then BEGIN with the key's lock and the locking read,
 * then the entry with COMMIT. The form already names the key, the acting user and the charge, so
 * the first two can leave together: BEGIN, the locks, the locking read and the caller's reads in
 * one write, answered together. The caller decides what to write from its reads while the
 * transaction waits, then either takes the run (the entry and COMMIT follow, one round trip) or
 * releases it (ROLLBACK: nothing was written).
 *
 * A run is taken only by a mutation with the same key, the same locks and the same read: anything
 * else releases it first and runs as it always did, so a wrong guess costs a rolled-back
 * transaction and never a wrong answer. The caller's reads come after the locks, so their
 * snapshots see everything committed under the same key before.
 *
 * Whoever opens a run must take or release it, and soon: it holds a pooled connection, the key's
 * lock and the charge's row lock. Nothing else may wait for those locks in the meantime (the
 * caller's own later runs included), which is why a mismatch releases before it runs. A run left
 * open by a bug is released after a few seconds, and only a few are open at once, so the pool
 * always has connections for other work.
 */
import type { Database, Executor } from '../db/client.ts';
import { type Deferred, deferred } from '../db/deferred.ts';
import {
  type AfterRead,
  type ContinuableRun,
  lockThenRead,
  ownsTransaction,
  type ReadWithRecord,
} from './idempotency.ts';
import type { LedgerResult } from './result.ts';

/** A read that rides along after the locks: it must send its statement without waiting first. */
export type ReadAlong<T> = (executor: Executor) => Promise<T>;

/** What the caller holds: an opened run, to hand to the mutation or to release. */
export interface RunAhead {
  /** Each read-along's answer, in the order given. */
  readonly answers: readonly Promise<unknown>[];
  /** Ends the transaction with a rollback, unless the run was taken. Safe to call more than once. */
  release(): void;
}

/**
 * A run nobody took or released is rolled back after this long: a bug, or a wait at a lock so long
 * that Slack's 3 s have passed anyway (the mutation then runs a transaction of its own).
 */
const UNCLAIMED_MS = 5_000;
/** Open runs per database: the rest of the pool stays free for reads and other transactions. */
const MAX_OPEN_PER_DATABASE = 2;
const openRuns = new WeakMap<Database, number>();

const RELEASED = Symbol('released');

export class OpenedRun<C> implements RunAhead, ContinuableRun<C> {
  readonly answers: Promise<unknown>[];
  private decided = false;
  private readonly decision = deferred<AfterRead<C, unknown> | typeof RELEASED>();
  private readonly finished: Promise<LedgerResult<unknown>>;
  private readonly ended: Promise<void>;
  private readonly timer: NodeJS.Timeout;

  private constructor(
    db: Database,
    readonly key: string,
    readonly locks: readonly string[],
    /** Names the locking read (e.g. which charge, for whom): a mutation must read the same. */
    readonly readId: string,
    read: ReadWithRecord<C>,
    alongside: readonly ReadAlong<unknown>[],
  ) {
    const answers = alongside.map(() => guarded<unknown>());
    this.answers = answers.map((answer) => answer.promise);
    this.finished = db.transaction(async (tx) => {
      // All handed to the driver in this turn, in this order: they leave in BEGIN's write.
      const reading = lockThenRead(tx, locks, () => read(tx, key));
      alongside.forEach((readAlong, i) => {
        const answer = answers[i];
        // After a failed statement the server refuses the rest of the transaction (25P02): a
        // failed lock or locking read is the cause worth giving (a cancelled wait, a lost link).
        readAlong(tx).then(answer?.resolve, (error: unknown) =>
          reading.then(
            () => answer?.reject(error),
            (cause: unknown) => answer?.reject(cause),
          ),
        );
      });
      const found = await reading;
      const next = await this.decision.promise;
      if (next === RELEASED) throw RELEASED;
      return next(tx, found);
    });
    // Once the transaction has ended either way; a taker hears of its result only after this.
    this.ended = this.finished
      .then(
        () => undefined,
        (error: unknown) => {
          // BEGIN or the locking read failed: a read-along not yet answered fails with it.
          for (const answer of answers) answer.reject(error);
        },
      )
      .then(() => {
        clearTimeout(this.timer);
        openRuns.set(db, (openRuns.get(db) ?? 1) - 1);
      });
    this.timer = setTimeout(() => this.release(), UNCLAIMED_MS);
    this.timer.unref();
    openRuns.set(db, (openRuns.get(db) ?? 0) + 1);
  }

  /**
   * Opens a run, or gives null where none is worth it: PGlite (one session, no round trips),
   * a database that is itself a transaction, or too many runs already open.
   */
  static open<C>(
    db: Database,
    run: { readonly key: string; readonly locks: readonly string[]; readonly readId: string },
    read: ReadWithRecord<C>,
    alongside: readonly ReadAlong<unknown>[],
  ): OpenedRun<C> | null {
    if (!ownsTransaction(db) || (openRuns.get(db) ?? 0) >= MAX_OPEN_PER_DATABASE) return null;
    return new OpenedRun(db, run.key, [run.key, ...run.locks], run.readId, read, alongside);
  }

  release(): void {
    if (this.decided) return;
    this.decided = true;
    // The rollback's answer is nobody's business (`ended` takes it); a failed one closes the
    // connection.
    this.decision.resolve(RELEASED);
  }

  /**
   * Continues the transaction with `afterRead` when it was opened for this key, these locks (the
   * key's first) and this read, and gives its result once committed. Otherwise releases it and
   * gives null: the caller runs its own transaction.
   */
  take<T>(
    key: string,
    locks: readonly string[],
    readId: string,
    afterRead: AfterRead<C, T>,
  ): Promise<LedgerResult<T>> | null {
    const fits = key === this.key && readId === this.readId && sameList(locks, this.locks);
    if (this.decided || !fits) {
      this.release();
      return null;
    }
    this.decided = true;
    clearTimeout(this.timer);
    this.decision.resolve(afterRead as AfterRead<C, unknown>);
    return this.ended.then(() => this.finished) as Promise<LedgerResult<T>>;
  }
}

/** The run as given back by a caller that holds it as a RunAhead. */
export function openedRunOf<C>(run: RunAhead | null | undefined): OpenedRun<C> | null {
  return run instanceof OpenedRun ? (run as OpenedRun<C>) : null;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** An answer nobody may await (a wrong guess) must not become an unhandled rejection. */
function guarded<T>(): Deferred<T> {
  const answer = deferred<T>();
  answer.promise.catch(() => undefined);
  return answer;
}
