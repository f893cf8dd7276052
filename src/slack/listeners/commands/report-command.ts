/**
 * `/billing report [month]`: the month's write-offs by reason and by user, answered to the asker
 * only (ephemeral), with the bar chart and the CSV uploaded to their DM with the app. Billing
 * managers and admins only (domain/rules/report.ts). Acknowledged first: the chart takes a moment.
 */
import { errorFacts } from '../../../db/error-facts.ts';
import type { ReportRequest } from '../../../nlu/report-request.ts';
import { monthlyReportFor } from '../../../workflow/index.ts';
import type { SlackDeps } from '../../deps.ts';
import {
  buildReportBadMonth,
  buildReportMessage,
  buildReportRefusal,
  type ReportFiles,
  reportFilesComment,
} from '../../messages/report-message-builder.ts';
import { type DmFile, uploadToDm } from '../../upload-to-dm.ts';
import { slackUserLabels } from '../../user-labels.ts';
import type { CommandArgs } from './start-modal.ts';

export async function answerReportCommand(
  deps: SlackDeps,
  args: CommandArgs,
  request: ReportRequest,
): Promise<void> {
  const { ack, command, respond, client } = args;
  const userId = command.user_id;
  if (request.kind === 'bad_month') {
    await ack({ response_type: 'ephemeral', ...buildReportBadMonth(request.text) });
    return;
  }
  await ack();
  // The chart is an image: it names people by their display name, asked of Slack once each.
  const userLabel = slackUserLabels(client, deps.logger);
  const answer = await monthlyReportFor(deps.db, { userId, month: request.month, userLabel });
  if (answer.kind === 'refused') {
    await respond({ response_type: 'ephemeral', ...buildReportRefusal(answer.blockers) });
    deps.logger.info('report refused', { userId, codes: answer.blockers.map((b) => b.code) });
    return;
  }
  const { report } = answer;
  const files: DmFile[] = [
    {
      filename: `write-offs-${report.month}.csv`,
      title: `Write-offs ${report.month} (CSV)`,
      bytes: answer.csv,
    },
  ];
  if (answer.png) {
    files.unshift({
      filename: `write-offs-${report.month}.png`,
      title: `Write-offs ${report.month}`,
      bytes: answer.png,
      altText: `Bar chart of the write-offs in ${report.month} by reason and by user`,
    });
  }
  let sent: ReportFiles = { notSent: true };
  try {
    await uploadToDm(client, userId, { comment: reportFilesComment(report), files });
    sent = { sentTo: 'your DM with the app' };
  } catch (error) {
    // The summary still goes out, saying the files did not and what to do instead.
    deps.logger.warn('report files not uploaded', { userId, month: report.month, ...errorFacts(error) });
  }
  await respond({ response_type: 'ephemeral', ...buildReportMessage(report, sent) });
  deps.logger.info('report answered', { userId, month: report.month });
}
