import { formatCents } from '../../domain/money.ts';
import { monthOf } from '../../domain/month.ts';
import { reportCsv } from '../../export/report-csv.ts';
import { type WriteOffReport, writeOffReport } from '../../ledger/index.ts';
import { parseCommandArgs } from '../args.ts';
import { monthArg } from '../calendar-args.ts';
import { type CliCommand, EXIT_OK } from '../command.ts';
import { exportFormat } from '../export-format.ts';
import { toJson, toTable } from '../output.ts';

export const reportCommand: CliCommand = {
  name: 'report',
  usage: 'report [--month YYYY-MM] [--csv|--json]',
  summary: 'Write-offs in a month (default: this month) by reason and by user, net of undone ones.',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      month: { type: 'string' },
      csv: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const format = exportFormat(values);
    const month = values.month === undefined ? monthOf(new Date()) : monthArg(values.month, '--month');
    const report = await writeOffReport(await ctx.db(), { month });
    if (format === 'json') ctx.io.stdout(toJson(report));
    else if (format === 'csv') ctx.io.stdout(reportCsv(report));
    else ctx.io.stdout(reportTables(report));
    return EXIT_OK;
  },
};

function reportTables(report: WriteOffReport): string {
  const byReason = toTable(
    ['Reason', 'Write-offs', 'Total'],
    report.byReason.map((r) => [r.reason, r.count, formatCents(r.totalCents)]),
  );
  const byUser = toTable(
    ['User', 'Write-offs', 'Total'],
    report.byUser.map((u) => [u.actor, u.count, formatCents(u.totalCents)]),
  );
  const heading = `Write-offs in ${report.month}: ${formatCents(report.totalCents)} (undone write-offs left out)`;
  return `${heading}\n\nBy reason\n${byReason}\nBy user\n${byUser}`;
}
