/**
 * "does the limit reset every day at midnight?", "is the limit per day?", "when does my limit
 * reset?": the limit's period asked. It is no calendar day: it counts what the user wrote off for
 * the same patient in the last 24 hours, the write-off being confirmed included (DOMAIN section
 * 4), so nothing resets at midnight. Read by its words, the question got the section on giving a
 * limit, which never says what the limit counts.
 */
import { LIMIT_WINDOW_HOURS } from '../ledger/queries/recent-write-offs.ts';

const LIMIT = /\blimits?\b|\bcap\b|\bthreshold\b|\bmax(?:imum)?\b/i;
// A period or a reset: "reset", "midnight", "every day", "per day", "daily", "start over tomorrow".
const PERIOD =
  /\breset\w*|\bre-set\b|\bmidnight\b|\b(?:every|each|per|a|the next|new|calendar|business)\s+day\b|\bdaily\b|\bstart\w* over\b|\bstart\w* fresh\b|\brefresh\w*|\brenew\w*|\broll\w* over\b|\bclears?\b|\btomorrow\b|\bovernight\b|\bweekly\b|\bper week\b|\bmonthly\b|\bper month\b|\bper shift\b|\bhow long until\b/i;

/** Whether the question asks what period the limit runs over, or when it resets. */
export function asksLimitPeriod(question: string): boolean {
  return LIMIT.test(question) && PERIOD.test(question);
}

/** The rolling window, said plainly, to lead the answer. */
export function limitPeriodLead(question: string): string | undefined {
  if (!asksLimitPeriod(question)) return undefined;
  return (
    `The limit does not reset at midnight or on any calendar day: it is a rolling ${LIMIT_WINDOW_HOURS}-hour ` +
    `window per patient. It adds up what you wrote off for the same patient in the last ${LIMIT_WINDOW_HOURS} ` +
    'hours, the write-off you are confirming included, so each write-off stops counting 24 hours after you made ' +
    'it. Write-offs you undid do not count.'
  );
}
