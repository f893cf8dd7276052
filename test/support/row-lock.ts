/**
 * Holds a row lock in another transaction, so the app's statement that needs the row waits: how
 * tests make one step of a confirm slow (on PGlite, whose transactions run one at a time, an open
 * transaction holds up every query). Resolves once the lock is held.
 */
import type { SQL } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';

export interface HeldLock {
  /** Ends the transaction (after `until`, when given, it ends by itself). */
  release(): void;
  /** Settles when the holding transaction has ended. */
  readonly released: Promise<void>;
}

export async function holdRowLock(
  db: Database,
  lockingRead: SQL,
  options: { readonly releaseAfterMs?: number } = {},
): Promise<HeldLock> {
  let release = () => {};
  const releasing = new Promise<void>((resolve) => {
    release = resolve;
  });
  if (options.releaseAfterMs !== undefined) setTimeout(release, options.releaseAfterMs);
  let held = () => {};
  const isHeld = new Promise<void>((resolve) => {
    held = resolve;
  });
  const released = db.transaction(async (tx) => {
    await tx.execute(lockingRead);
    held();
    await releasing;
  });
  await isHeld;
  return { release, released };
}
