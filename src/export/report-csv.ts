/** The write-off report as CSV: what `cli report --csv` prints and Slack's report uploads. */
import type { WriteOffReport } from '../ledger/queries/write-off-report.ts';
import { toCsv } from './csv.ts';

/**
 * One table for both groupings, so a spreadsheet sums either with one filter. The total row counts
 * the write-offs too: every write-off has one reason, so the reasons' counts add up to it.
 */
export function reportCsv(report: WriteOffReport): string {
  const count = report.byReason.reduce((sum, r) => sum + r.count, 0);
  return toCsv(
    ['month', 'group', 'key', 'count', 'totalCents'],
    [
      ...report.byReason.map((r) => [report.month, 'reason', r.reason, r.count, r.totalCents]),
      ...report.byUser.map((u) => [report.month, 'user', u.actor, u.count, u.totalCents]),
      [report.month, 'total', '', count, report.totalCents],
    ],
  );
}
