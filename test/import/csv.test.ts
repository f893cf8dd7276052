import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/import/csv.ts';

describe('the CSV reader', () => {
  it('reads quoted fields, doubled quotes, commas and line breaks inside quotes, and CRLF', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\nlast,,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
      { line: 5, fields: ['last', '', ''] },
    ]);
  });

  it('ignores a byte-order mark and a missing final line break', () => {
    expect(parseCsv('\uFEFFmrn\nA1')).toEqual([
      { line: 1, fields: ['mrn'] },
      { line: 2, fields: ['A1'] },
    ]);
  });

  it('refuses a quoted field that is never closed, naming its line', () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a\n"open');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });
});
