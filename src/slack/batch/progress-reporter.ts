/**
 * Turns a batch's many progress calls into few message updates: at most one in flight, and one
 * when a second has passed or another PROGRESS_STEP charges are done since the last, whichever
 * comes first. Slack limits chat.update to about one call a second per message.
 */
export const PROGRESS_STEP = 500;
const PROGRESS_INTERVAL_MS = 1_000;

export interface ProgressReporter {
  readonly listener: (done: number, total: number) => void;
  /** Waits for the update in flight, so the final message is never overwritten by a late one. */
  settled(): Promise<void>;
}

export function progressReporter(
  update: (done: number, total: number) => Promise<void>,
  now: () => number = Date.now,
): ProgressReporter {
  let lastAt = now();
  let lastDone = 0;
  let inFlight: Promise<void> | null = null;
  return {
    listener(done, total) {
      if (inFlight || done >= total) return;
      const due = done - lastDone >= PROGRESS_STEP || now() - lastAt >= PROGRESS_INTERVAL_MS;
      if (!due) return;
      lastAt = now();
      lastDone = done;
      inFlight = update(done, total).finally(() => {
        inFlight = null;
      });
    },
    settled: () => inFlight ?? Promise.resolve(),
  };
}

/**
 * The ledger reports the charges it skips (changed since the preview, or past the runner's limit)
 * as done before it writes any, and counts to every previewed charge. The manager was offered
 * "Write off N": progress counts only what is written, to what will be written.
 */
export function writtenOnly(
  listener: (done: number, total: number) => void,
): (done: number, total: number) => void {
  let skipped: number | null = null;
  return (done, total) => {
    // The first report comes before any write: what it counts as done was skipped.
    if (skipped === null) skipped = done;
    listener(done - skipped, total - skipped);
  };
}
