/**
 * The one CSV writer of the project (reports, the audit trail, batch lists). RFC 4180: fields
 * separated by commas, records by CRLF, a field with a comma, quote or line break quoted, quotes
 * doubled. Spreadsheet-safe (DOMAIN section 6): notes are typed by people, and a cell starting
 * with `=`, `+`, `-`, `@`, tab or carriage return would run as a formula in a spreadsheet, so it
 * is prefixed with `'`.
 */

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const records = [headers, ...rows].map((row) => row.map(csvCell).join(','));
  return `${records.join('\r\n')}\r\n`;
}
