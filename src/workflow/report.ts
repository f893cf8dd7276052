/**
 * The monthly write-off report for someone in Slack: the same query as `cli report`, with the
 * chart and the CSV that go with it. Who may see it is the domain's rule.
 */
import type { Database } from '../db/client.ts';
import { type Blocker, checkViewReport, type Month } from '../domain/index.ts';
import { reportCsv } from '../export/report-csv.ts';
import { loadActor, type WriteOffReport, writeOffReport } from '../ledger/index.ts';

export type { WriteOffReport };

export type ReportAnswer =
  | { readonly kind: 'refused'; readonly blockers: readonly Blocker[] }
  | {
      readonly kind: 'ready';
      readonly report: WriteOffReport;
      readonly csv: string;
      /** null for a month with no write-offs: an empty chart says nothing. */
      readonly png: Uint8Array | null;
    };

export async function monthlyReportFor(
  db: Database,
  params: { readonly userId: string; readonly month: Month },
): Promise<ReportAnswer> {
  const blockers = checkViewReport(await loadActor(db, params.userId));
  if (blockers.length > 0) return { kind: 'refused', blockers };
  const report = await writeOffReport(db, { month: params.month });
  const empty = report.byReason.length === 0;
  const png = empty ? null : (await renderChart(report)).png;
  return { kind: 'ready', report, csv: reportCsv(report), png };
}

/**
 * The chart's libraries (vega, vega-lite, resvg) are loaded on the first report, not with the
 * app: they held about 9 MB of the Slack app's heap, which every major garbage collection marks
 * while requests wait, and about 0.2 s of its start.
 */
async function renderChart(report: WriteOffReport) {
  const { renderReportChart } = await import('../export/report-chart.ts');
  return renderReportChart(report);
}
