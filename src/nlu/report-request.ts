/**
 * "report", "report 2026-11", "report for November", "November report", "report last month":
 * a request for the monthly write-off report, and which month it names. A month without a year
 * is the latest such month not after today, like dates of service (DOMAIN section 6).
 */
import { type Month, monthOf, parseMonth } from '../domain/month.ts';

export type ReportRequest =
  | { readonly kind: 'report'; readonly month: Month }
  /** It asks for a report, but the month cannot be read: say how to write one. */
  | { readonly kind: 'bad_month'; readonly text: string };

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

// "report", "write-off report", "monthly report", either before or after the month words.
const REPORT_FIRST = /^(?:(?:monthly|write[\s-]?offs?)\s+)?report\b[\s:,]*(?:for|of|on)?\s*(.*?)[\s.?!]*$/;
const REPORT_LAST = /^(?:(?:the|a)\s+)?(.+?)\s+(?:(?:monthly|write[\s-]?offs?)\s+)?report[\s.?!]*$/;
const NAMED_MONTH =
  /^(?:the\s+month\s+of\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?\s+(\d{4}))?$/;

/** null when the text does not ask for a report at all. */
export function parseReportRequest(text: string, today: Date): ReportRequest | null {
  const lower = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const words = REPORT_FIRST.exec(lower)?.[1] ?? REPORT_LAST.exec(lower)?.[1];
  if (words === undefined) return null;
  const month = monthFromWords(words, today);
  return month ? { kind: 'report', month } : { kind: 'bad_month', text: words };
}

function monthFromWords(words: string, today: Date): Month | null {
  const current = monthOf(today);
  if (words === '' || words === 'this month' || words === 'the month') return current;
  if (words === 'last month' || words === 'previous month') return previousMonth(current);
  const iso = parseMonth(words);
  if (iso) return iso;
  const named = NAMED_MONTH.exec(words);
  if (!named?.[1]) return null;
  const month = MONTH_NAMES.indexOf(named[1].slice(0, 3) as (typeof MONTH_NAMES)[number]) + 1;
  if (named[2]) return parseMonth(`${named[2]}-${String(month).padStart(2, '0')}`);
  // A month without a year is the latest one not after today: in January, "December" is last year's.
  const year = month > current.month ? current.year - 1 : current.year;
  return { year, month };
}

function previousMonth(m: Month): Month {
  return m.month === 1 ? { year: m.year - 1, month: 12 } : { year: m.year, month: m.month - 1 };
}
