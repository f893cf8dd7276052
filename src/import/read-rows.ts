/** Reads one import file into typed rows, collecting a problem for every bad row (not just the first). */
import type { z } from 'zod';
import { CsvSyntaxError, parseCsv } from './csv.ts';
import { IMPORT_FILES, type ImportFileKind } from './row-schemas.ts';

export interface ImportProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface Located<T> {
  readonly file: string;
  readonly line: number;
  readonly row: T;
}

/** A bound on everything that comes in: a file this large is not a practice's daily import. */
export const MAX_ROWS_PER_FILE = 50_000;

type RowOf<K extends ImportFileKind> = z.infer<(typeof IMPORT_FILES)[K]['schema']>;

export function readRows<K extends ImportFileKind>(
  kind: K,
  file: string,
  text: string,
): { rows: Located<RowOf<K>>[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { rows: [], problems: [{ file, line: error.line, message: error.message }] };
  }
  const [header, ...body] = records;
  const spec = IMPORT_FILES[kind];
  const columns = header?.fields.map((c) => c.trim().toLowerCase()) ?? [];
  const missing = spec.required.filter((c) => !columns.includes(c));
  const known: readonly string[] = [...spec.required, ...spec.optional];
  const unknown = columns.filter((c) => !known.includes(c));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      missing.length > 0 ? `missing column(s) ${missing.join(', ')}` : '',
      unknown.length > 0 ? `unknown column(s) ${unknown.join(', ')}` : '',
    ].filter(Boolean);
    return {
      rows: [],
      problems: [
        { file, line: header?.line ?? 1, message: `${parts.join('; ')} (expected ${known.join(',')})` },
      ],
    };
  }
  if (body.length > MAX_ROWS_PER_FILE) {
    return {
      rows: [],
      problems: [{ file, line: 1, message: `more than ${MAX_ROWS_PER_FILE} rows; split the file` }],
    };
  }
  const rows: Located<RowOf<K>>[] = [];
  for (const record of body) {
    if (record.fields.length !== columns.length) {
      problems.push({
        file,
        line: record.line,
        message: `has ${record.fields.length} fields, the header has ${columns.length}`,
      });
      continue;
    }
    const object = Object.fromEntries(columns.map((c, i) => [c, record.fields[i]]));
    const parsed = spec.schema.safeParse(object);
    if (parsed.success) rows.push({ file, line: record.line, row: parsed.data as RowOf<K> });
    else {
      for (const issue of parsed.error.issues) {
        problems.push({ file, line: record.line, message: `${issue.path.join('.')} ${issue.message}` });
      }
    }
  }
  return { rows, problems };
}
