/**
 * The app's upkeep, run at start and then on a timer: approval requests past their 7 days are
 * marked expired (with audit rows); old pending actions, and old claims that a notice about an
 * approval was sent, are deleted. Each is idempotent and safe on several instances at once. The
 * clock is a parameter, so tests move time instead of waiting for it.
 */
import type { Database } from '../db/client.ts';
import { expireApprovalRequests, pruneApprovalNoticeClaims } from '../ledger/index.ts';
import { prunePendingActions } from './pending-actions.ts';

export interface MaintenanceResult {
  readonly expiredApprovalIds: readonly string[];
  readonly prunedPendingActions: number;
  readonly prunedNoticeClaims: number;
}

export async function runMaintenance(db: Database, now: Date): Promise<MaintenanceResult> {
  const expiredApprovalIds = await expireApprovalRequests(db, now);
  const prunedPendingActions = await prunePendingActions(db, now);
  const prunedNoticeClaims = await pruneApprovalNoticeClaims(db, now);
  return { expiredApprovalIds, prunedPendingActions, prunedNoticeClaims };
}

export const MAINTENANCE_INTERVAL_MS = 60 * 60 * 1000;

export type ExpiredApprovalsListener = (approvalIds: readonly string[]) => void;

/**
 * Who hears which approval requests an upkeep run marked expired: the Slack app, to close their
 * cards and tell the requesters. The upkeep starts before the app exists, hence a feed.
 */
export class ExpiredApprovalsFeed {
  readonly #listeners = new Set<ExpiredApprovalsListener>();

  subscribe(listener: ExpiredApprovalsListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(approvalIds: readonly string[]): void {
    if (approvalIds.length === 0) return;
    for (const listener of this.#listeners) listener(approvalIds);
  }
}

export interface MaintenanceSchedule {
  readonly clock: { now(): Date };
  /** Told the counts, or that a run failed (by its error's facts only: never a message). */
  readonly onResult: (result: MaintenanceResult) => void;
  readonly onError: (error: unknown) => void;
  readonly intervalMs?: number;
}

/**
 * Runs now, then every interval. The timer is unref'd: it never keeps the process alive, and a
 * run that fails (the database away for a moment) is reported and tried again next time.
 */
export function scheduleMaintenance(db: Database, schedule: MaintenanceSchedule): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      schedule.onResult(await runMaintenance(db, schedule.clock.now()));
    } catch (error) {
      schedule.onError(error);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), schedule.intervalMs ?? MAINTENANCE_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
