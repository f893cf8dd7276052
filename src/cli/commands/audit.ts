import { toCsv } from '../../export/csv.ts';
import { type AuditRow, auditTrail } from '../../ledger/index.ts';
import { parseCommandArgs } from '../args.ts';
import { BadInputError, type CliCommand, EXIT_OK } from '../command.ts';
import { exportFormat } from '../export-format.ts';
import { toJson, toTable } from '../output.ts';

const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  const match = DAY_TEXT.exec(text.trim());
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(year, month - 1, day);
  if (!match || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    throw new BadInputError(`--since must be a date written YYYY-MM-DD, got "${text}".`);
  }
  return date;
}
