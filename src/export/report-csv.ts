/** The write-off report as CSV: what `cli report --csv` prints and Slack's report uploads. */
import type { WriteOffReport } from '../ledger/queries/write-off-report.ts';
import { toCsv } from './csv.ts';

/** One table for both groupings, so a spreadsheet sums either with one filter. */
export function reportCsv(report: WriteOffReport): string {
  return toCsv(
    ['month', 'group', 'key', 'count', 'totalCents'],
    [
      ...report.byReason.map((r) => [report.month, 'reason', r.reason, r.count, r.totalCents]),
      ...report.byUser.map((u) => [report.month, 'user', u.actor, u.count, u.totalCents]),
      [report.month, 'total', '', '', report.totalCents],
    ],
  );
}
