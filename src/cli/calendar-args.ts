/**
 * Days (YYYY-MM-DD) and months (YYYY-MM) typed on the command line. Each is checked for shape, for
 * existing on the calendar and for a year the app handles, before the database sees it: a year
 * like 0001 or 9999 reaches PostgreSQL as a timestamp it refuses (SQLSTATE 22008/22009), which
 * the user would see as an unexpected failure instead of a typing mistake.
 */
import type { Month } from '../domain/month.ts';
import { BadInputError } from './command.ts';

/** Billing dates fall well inside these years; anything outside is a typing mistake. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** As typed and checked: YYYY-MM-DD. */
  readonly text: string;
}

const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_TEXT = /^(\d{4})-(\d{2})$/;

/** A real calendar day in the years the app handles; `flag` names it in the message. */
export function dayArg(value: string, flag: string): CalendarDay {
  const text = value.trim();
  const match = DAY_TEXT.exec(text);
  if (!match) throw new BadInputError(`${flag} must be a date written YYYY-MM-DD, got "${value}".`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  checkYear(year, `${flag} ${text}`);
  checkMonth(month, `${flag} ${text}`);
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    throw new BadInputError(`${flag} ${text} does not exist: ${text.slice(0, 7)} has days 01 to ${length}.`);
  }
  return { year, month, day, text };
}

/** A month in the years the app handles; `flag` names it in the message. */
export function monthArg(value: string, flag: string): Month {
  const text = value.trim();
  const match = MONTH_TEXT.exec(text);
  if (!match) throw new BadInputError(`${flag} must be a month written YYYY-MM, got "${value}".`);
  const [year, month] = [Number(match[1]), Number(match[2])];
  checkYear(year, `${flag} ${text}`);
  checkMonth(month, `${flag} ${text}`);
  return { year, month };
}

function checkYear(year: number, what: string): void {
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new BadInputError(`${what} is out of range: give a year from ${FIRST_YEAR} to ${LAST_YEAR}.`);
  }
}

function checkMonth(month: number, what: string): void {
  if (month < 1 || month > 12) {
    throw new BadInputError(`${what} does not exist: months go from 01 to 12.`);
  }
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no time zone can shift it).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
