/** Calendar months as the practice reads them (the process's time zone, like isoDay). */

export interface Month {
  readonly year: number;
  readonly month: number;
}

const MONTH_TEXT = /^(\d{4})-(\d{2})$/;

/** "2026-11" -> { year: 2026, month: 11 }, or null when it is not a real month. */
export function parseMonth(text: string): Month | null {
  const match = MONTH_TEXT.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < 1970 || year > 9999) return null;
  return { year, month };
}

export function monthOf(date: Date): Month {
  return { year: date.getFullYear(), month: date.getMonth() + 1 };
}

export function formatMonth(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, '0')}`;
}

/** The first instant of the month and of the next one, at local midnight. */
export function monthBounds(m: Month): { readonly from: Date; readonly to: Date } {
  return { from: new Date(m.year, m.month - 1, 1), to: new Date(m.year, m.month, 1) };
}
