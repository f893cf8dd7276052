import { BadInputError } from './command.ts';

export type ExportFormat = 'table' | 'csv' | 'json';

/** `--csv` or `--json`, never both; neither is a readable table. */
export function exportFormat(values: { csv?: boolean; json?: boolean }): ExportFormat {
  if (values.csv && values.json) throw new BadInputError('Choose one of --csv and --json.');
  if (values.csv) return 'csv';
  return values.json ? 'json' : 'table';
}
