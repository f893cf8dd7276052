import { toCsv } from '../../export/csv.ts';
import { type AuditRow, auditTrail } from '../../ledger/index.ts';
import { parseCommandArgs } from '../args.ts';
import { dayArg } from '../calendar-args.ts';
import { type CliCommand, EXIT_OK } from '../command.ts';
import { exportFormat } from '../export-format.ts';
import { toJson, toTable } from '../output.ts';

export const auditCommand: CliCommand = {
  name: 'audit',
  usage: 'audit [--since YYYY-MM-DD] [--csv|--json]',
  summary: 'The audit log, oldest first: who did what, to what, and when.',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      since: { type: 'string' },
      csv: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    const format = exportFormat(values);
    const since = values.since === undefined ? null : sinceArg(values.since);
    const rows = await auditTrail(await ctx.db(), { since });
    if (format === 'json') ctx.io.stdout(toJson(rows));
    else if (format === 'csv') ctx.io.stdout(auditCsv(rows));
    else ctx.io.stdout(toTable(AUDIT_HEADERS, rows.map(auditCells)));
    return EXIT_OK;
  },
};

const AUDIT_HEADERS = ['id', 'at', 'actor', 'action', 'targetType', 'targetId', 'details'] as const;

function auditCells(row: AuditRow): (string | number)[] {
  return [row.id, row.at, row.actor, row.action, row.targetType, row.targetId, JSON.stringify(row.details)];
}

export function auditCsv(rows: readonly AuditRow[]): string {
  return toCsv(AUDIT_HEADERS, rows.map(auditCells));
}

/** The start of that calendar day in the practice's time zone. */
function sinceArg(text: string): Date {
  const { year, month, day } = dayArg(text, '--since');
  return new Date(year, month - 1, day);
}
