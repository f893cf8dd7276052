import { describe, expect, it } from 'vitest';
import { parseReportRequest } from '../../src/nlu/report-request.ts';

// Local time, like the report's month bounds (the practice's time zone).
const TODAY = new Date(2026, 11, 2);

describe('parseReportRequest', () => {
  it.each([
    ['report', { year: 2026, month: 12 }],
    ['report this month', { year: 2026, month: 12 }],
    ['report 2026-11', { year: 2026, month: 11 }],
    ['report for November', { year: 2026, month: 11 }],
    ['Report for Nov.', { year: 2026, month: 11 }],
    ['report for november 2025', { year: 2025, month: 11 }],
    ['november report', { year: 2026, month: 11 }],
    ['write-off report for October', { year: 2026, month: 10 }],
    ['report last month', { year: 2026, month: 11 }],
    ['report of the month of march', { year: 2026, month: 3 }],
  ])('%j asks for the report of %j', (text, month) => {
    expect(parseReportRequest(text, TODAY)).toEqual({ kind: 'report', month });
  });

  it('a month without a year is the latest one not after today', () => {
    expect(parseReportRequest('report for December', new Date(2027, 0, 15))).toEqual({
      kind: 'report',
      month: { year: 2026, month: 12 },
    });
    expect(parseReportRequest('report last month', new Date(2027, 0, 15))).toEqual({
      kind: 'report',
      month: { year: 2026, month: 12 },
    });
  });

  it('a report with a month it cannot read is told so; other requests are not reports', () => {
    expect(parseReportRequest('report for Smarch', TODAY)).toEqual({ kind: 'bad_month', text: 'smarch' });
    expect(parseReportRequest('report 2026-13', TODAY)).toEqual({ kind: 'bad_month', text: '2026-13' });
    expect(parseReportRequest('write off $40 for Jane Doe', TODAY)).toBeNull();
    expect(parseReportRequest('balance Jane Doe', TODAY)).toBeNull();
    expect(parseReportRequest('how do I report a bug?', TODAY)).toBeNull();
  });
});
