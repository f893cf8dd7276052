/**
 * PGlite does not lock its data directory, and two processes writing one directory corrupt it.
 * We hold a lock file for as long as the database is open; a second process (the CLI while the
 * app runs) waits up to a timeout, then fails with a message that says what to do.
 */
import { mkdir } from 'node:fs/promises';
import lockfile from 'proper-lockfile';

export class DataDirBusyError extends Error {
  constructor(dir: string, timeoutMs: number) {
    super(
      `The embedded database in ${dir} is in use by another process (is the app or another CLI command running?). ` +
        `Waited ${Math.round(timeoutMs / 1000)} s. Stop the other process, or set DATABASE_URL to use PostgreSQL, which allows many.`,
    );
    this.name = 'DataDirBusyError';
  }
}

const RETRY_INTERVAL_MS = 200;

export async function acquireDataDirLock(dir: string, timeoutMs: number): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      // A stale lock (a crashed process stops refreshing it) is taken over after `stale` ms.
      return await lockfile.lock(dir, { stale: 10_000, update: 2_000 });
    } catch (error) {
      if ((error as { code?: string }).code !== 'ELOCKED') throw error;
      if (Date.now() + RETRY_INTERVAL_MS > deadline) throw new DataDirBusyError(dir, timeoutMs);
      await new Promise((resolve) => setTimeout(resolve, RETRY_INTERVAL_MS));
    }
  }
}
