/**
 * The monthly write-off report for someone in Slack: the same query as `cli report`, with the
 * chart and the CSV that go with it. Who may see it is the domain's rule.
 */
import type { Database } from '../db/client.ts';
import {
  actorInWords,
  type Blocker,
  checkViewReport,
  isSlackUserActor,
  type Month,
} from '../domain/index.ts';
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

/**
 * How the chart names a Slack user, which an image cannot show as a mention: the front end's
 * name for them (Slack: the display name). Never a patient's: only actors are asked about.
 */
export type UserLabel = (userId: string) => Promise<string>;

export async function monthlyReportFor(
  db: Database,
  params: { readonly userId: string; readonly month: Month; readonly userLabel?: UserLabel },
): Promise<ReportAnswer> {
  const blockers = checkViewReport(await loadActor(db, params.userId));
  if (blockers.length > 0) return { kind: 'refused', blockers };
  const report = await writeOffReport(db, { month: params.month });
  const empty = report.byReason.length === 0;
  const png = empty ? null : (await renderChart(await withChartLabels(report, params.userLabel))).png;
  return { kind: 'ready', report, csv: reportCsv(report), png };
}

/**
 * The report as the chart labels it: each actor in words (domain/actors.ts), a Slack user by the
 * label given (or the id). Two people of the same name keep a bar each: their ids tell them apart.
 */
export async function withChartLabels(
  report: WriteOffReport,
  userLabel?: UserLabel,
): Promise<WriteOffReport> {
  const labels = await Promise.all(
    report.byUser.map(async (u) => {
      const slackUser = await userLabelOf(u.actor, userLabel);
      return actorInWords(u.actor, () => slackUser ?? u.actor);
    }),
  );
  const byUser = report.byUser.map((u, i) => {
    const label = labels[i] ?? u.actor;
    const shared = labels.filter((l) => l === label).length > 1;
    return { ...u, actor: shared && label !== u.actor ? `${label} (${u.actor})` : label };
  });
  return { ...report, byUser };
}

async function userLabelOf(actor: string, userLabel: UserLabel | undefined): Promise<string | null> {
  if (!userLabel || !isSlackUserActor(actor)) return null;
  return userLabel(actor);
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
