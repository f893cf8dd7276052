/** Dates as the practice reads them. */

/**
 * YYYY-MM-DD of the calendar day in the process's time zone, not UTC: an evening write-off in a
 * US practice happened today, not tomorrow. Set TZ to the practice's zone (README).
 */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
