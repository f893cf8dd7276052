/**
 * The monthly write-off report in Slack, shown to the asker only: totals by reason and by user
 * (people, never patients), net of undone write-offs. The chart and the CSV follow as files in
 * the asker's DM. Pure.
 */
import { type Blocker, formatCents, isWriteOffReason, writeOffReasonInfo } from '../../domain/index.ts';
import type { WriteOffReport } from '../../workflow/index.ts';
import { actorMention } from '../views/actor-mentions.ts';
import { context, escapeMrkdwn, type KnownBlock, section } from '../views/block-kit.ts';
import type { SlackMessage } from './done-message-builder.ts';

export const REPORT_TOTALS_BLOCK = 'report_totals';
export const REPORT_BY_REASON_BLOCK = 'report_by_reason';
export const REPORT_BY_USER_BLOCK = 'report_by_user';

function countText(count: number): string {
  return count === 1 ? '1 write-off' : `${count} write-offs`;
}

function reasonLabel(code: string): string {
  return isWriteOffReason(code) ? writeOffReasonInfo(code).label : code;
}

export const REPORT_FILES_BLOCK = 'report_files';

/** Where the chart and the CSV went: sent to a place named for the reader, or not sent at all. */
export type ReportFiles = { readonly sentTo: string } | { readonly notSent: true };

/** Said when Slack would not take the files (no DM with the app, or the upload failed). */
export function reportFilesNotSentText(month: string): string {
  return `:warning: The chart and the CSV could not be sent to your DM with the app (Slack did not take them). Try \`/billing report ${month}\` again, or run \`npm run -s cli -- report --month ${month} --csv\` on the server that runs the app.`;
}

function filesBlock(report: WriteOffReport, files: ReportFiles): KnownBlock {
  const text =
    'sentTo' in files
      ? `The chart and the CSV are in ${files.sentTo}.`
      : reportFilesNotSentText(report.month);
  return context(text, REPORT_FILES_BLOCK);
}

export function buildReportMessage(report: WriteOffReport, files: ReportFiles): SlackMessage {
  const count = report.byReason.reduce((total, line) => total + line.count, 0);
  const text = `Write-offs in ${report.month}: *${formatCents(report.totalCents)}* (${countText(count)}), undone write-offs left out.`;
  if (count === 0) {
    const none = `Nothing is written off in ${report.month} (undone write-offs left out).`;
    const blocks: KnownBlock[] = [section(none, REPORT_TOTALS_BLOCK)];
    if ('notSent' in files) blocks.push(filesBlock(report, files));
    return { text: none, blocks };
  }
  const byReason = report.byReason
    .map(
      (r) => `• ${escapeMrkdwn(reasonLabel(r.reason))}: ${formatCents(r.totalCents)} (${countText(r.count)})`,
    )
    .join('\n');
  const byUser = report.byUser
    .map((u) => `• ${actorMention(u.actor)}: ${formatCents(u.totalCents)} (${countText(u.count)})`)
    .join('\n');
  const blocks: KnownBlock[] = [
    section(text, REPORT_TOTALS_BLOCK),
    section(`*By reason*\n${byReason}`, REPORT_BY_REASON_BLOCK),
    section(`*By user*\n${byUser}`, REPORT_BY_USER_BLOCK),
  ];
  blocks.push(filesBlock(report, files));
  return { text, blocks };
}

/** What goes with the files in the DM. */
export function reportFilesComment(report: WriteOffReport): string {
  return `Write-off report for ${report.month}: ${formatCents(report.totalCents)}, by reason and by user (undone write-offs left out).`;
}

export function buildReportRefusal(blockers: readonly Blocker[]): SlackMessage {
  const text = blockers.map((b) => `:no_entry: ${b.message} ${b.nextStep}`).join('\n');
  return { text, blocks: [section(text)] };
}

export function buildReportBadMonth(words: string): SlackMessage {
  const text = `I could not tell which month "${escapeMrkdwn(words)}" is. Try \`/billing report\` (this month), \`/billing report 2026-11\` or \`/billing report for November\`.`;
  return { text, blocks: [section(text)] };
}
