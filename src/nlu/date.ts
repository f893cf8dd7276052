/**
 * Dates of service: "Oct 3", "10/3", "10-03", "2025-10-03", "the 11/2 visit", "Sep 12, 2025",
 * "last Tuesday", "yesterday", "3 days ago". A small grammar of our own rather than chrono-node:
 * it is much faster, and billing dates are always in the past, so a date without a year is the
 * latest such date not after today (DOMAIN.md section 6).
 */

import { numberWordValue, UNIT_WORDS } from '../domain/number-words.ts';
import { regExpLiteral } from '../domain/regexp-literal.ts';
import { isApprovalDate } from './date-of-approval.ts';
import { withoutDatesSetAside } from './date-set-aside.ts';
import { DAY_IN_WORDS, dayInWordsValue } from './day-in-words.ts';
import { monthIsGivenName } from './month-or-name.ts';

/** A month's number by the first three letters of its name. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
// "2026-09-18", and year first with slashes as some systems print it ("2026/09/18").
const ISO = /\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})\b/;
// "10/3", "10-03", "12/30/2025". Not "1/2 of her balance": that is a fraction, not a date.
const NUMERIC = /(?<![\d$.,/-])(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/-]|\s*of\b)/;
const MONTH_NAME = new RegExp(`^${MONTH}$`);

/** A word that names a month ("march", "sept", "dec."), as the dates here are read. */
export function isMonthName(word: string): boolean {
  return MONTH_NAME.test(word);
}

const VISIT_NOUN =
  '(?:visit|charge|appointment|appt|bill|dos|service|labs?|exam|procedure|cleaning|check-?up|physical|consult(?:ation)?|session)s?';
// Words that cannot stand between a month and its visit: they start a clause of their own, so
// "may I write off her visit" is the verb "may", not May.
const NOT_A_VISIT_WORD = String.raw`(?:i|we|you|he|she|they|it|me|us|him|her|his|their|them|my|our|your|the|a|an|this|that|another|any|some|no|to|and|or|but|be|have|need|needs|still|not|writeoff|write|refund|cancel|undo|see|check)\b`;
// A month with no day that names a visit: "her April visit", "the charge from March", and with
// up to two words of what the visit was in between ("feb office visit", "march lab visit").
const MONTH_OF_VISIT = new RegExp(
  String.raw`(?:(?:\b(?:in|from|during|the|her|his|their)|'s) ${MONTH}(?!\s*\d)\b|\b${MONTH} (?:one\b|(?:(?!${NOT_A_VISIT_WORD})[a-z][\w'-]* ){0,2}${VISIT_NOUN}\b))`,
);

/** The month (1-12) a text names a visit by, without a day ("Jane's April visit"), or null. */
export function monthOfVisit(lower: string): number | null {
  const match = MONTH_OF_VISIT.exec(lower);
  const name = match?.[1] ?? match?.[2];
  return name ? (MONTHS[name.slice(0, 3)] ?? null) : null;
}

const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`);
// The month must end its word, accented letters included: "2 of jane" is not January 2, nor "10
// María" March 10. Money is no day: "$20 may chen" is $20 for May Chen.
const DAY_MONTH = new RegExp(
  String.raw`(?<!\$\s?)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?![a-z\u00c0-\u024f])(?:,?\s+(\d{4}))?`,
);
// "the october third visit", "november twelfth", "Oct the twenty-first", "the third of october":
// the day said as an ordinal word (day-in-words.ts), beside its month. Not the modal before a
// word of order ("you may first call her"), nor a word first without "of" ("third may …").
const MONTH_DAY_WORDS = new RegExp(
  String.raw`(?<!\b(?:i|we|you|he|she|they|it|this|that|which|who) )\b${MONTH}\s+(?:the\s+)?(${DAY_IN_WORDS})\b(?:,?\s+(\d{4}))?`,
);
const DAY_WORDS_MONTH = new RegExp(
  String.raw`\b(${DAY_IN_WORDS})\s+of\s+${MONTH}(?![a-z\u00c0-\u024f])(?:,?\s+(\d{4}))?`,
);
// "from the 14th", "on the 3rd": a day with no month is the latest such day not after today. Not
// "the 14th of March" or "March the 14th" (a month names it), nor "the 2nd charge" or "the 3rd
// visit" (which one, counted). The look back comes after "the ", so only a "the" pays for it.
const MONTH_WORD = MONTH.replace('(', '(?:');
const DAY_ONLY = new RegExp(
  String.raw`\bthe (?<!\b${MONTH_WORD}\s+the )(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?${MONTH_WORD}(?![a-z])|\s+(?:${VISIT_NOUN}|payments?|times?|ones?|writeoffs?|refunds?|entry|entries|lines?|items?|attempts?|statements?|requests?|patients?|claims?|calls?|days?|weeks?|months?|years?)\b)`,
);
// "10.3", "9.14": a month and day written with a point, as a date only where it plainly is one
// (DOTTED_CUED): after "DOS", "date of service", "visit on", or as "the 10.3 visit". Anywhere else a
// point between numbers is money ("w/o 9.14 for Jane"), unless the request takes no amount
// (DOTTED_ALONE: "cancel PR for Mateo Lindgren, 9.14"). Month 1-12 and day 1-31 only.
const MONTH_DOT_DAY = String.raw`(?<![\w$.,])(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])(?!\d|\.\d)`;
const DOTTED_CUED = new RegExp(
  String.raw`\b(?:dos|date of service|service date|(?:visit|seen|appt|appointment|charge)(?: on| of| from| dated)?)[:#]?\s*${MONTH_DOT_DAY}` +
    String.raw`|\b(?:the|from|on|for) ${MONTH_DOT_DAY}(?=\s+(?:${VISIT_NOUN})\b)`,
);
const DOTTED_ALONE = new RegExp(
  String.raw`${MONTH_DOT_DAY}(?!\s*(?:dollars?|bucks?|usd|k|cents?|%)(?![a-z]))`,
);
// The cheap look that spares the dotted patterns on most texts.
const MAY_BE_DOTTED = /\d\.\d/;
// A date written next to these words is a birth date, not a date of service.
const BIRTH_CONTEXT = /\b(?:dob|d\.o\.b|born|birth(?:day|date)?)\b/;
// A date written after these words in the same clause is a date of death ("he died on Oct 3").
const DEATH_BEFORE =
  /\b(?:died|dead|passed(?: away| on)?|deceased|dec'?d|death|dod|d\.o\.d|(?:patient|pt|she|he) expired|expired on)(?!\w)[^,;.!?]{0,20}$/;

// A deadline, not a visit: "send it by Friday", "before Monday", "due Tuesday", "no later than
// 12/5". Billing dates are in the past; a day something is due by is when work is to be done.
const DEADLINE = String.raw`\b(?:by|before|until|till|til|due(?: (?:by|on))?|no later than|deadline(?: is| of)?:?)\s+(?:(?:this|next|the|coming)\s+)?`;
const DEADLINE_BEFORE = new RegExp(`${DEADLINE}$`);
const DEADLINE_DAY = new RegExp(
  String.raw`${DEADLINE}(?:${WEEKDAYS.join('|')}|tomorrow|today|tonight)(?:'s)?\b`,
  'g',
);

// A day still to come, or a greeting: "reschedule her to next Thursday", "he's coming in Monday",
// "see you Friday", "happy friday all", "Ugh Monday.". Billing dates are in the past: read as the
// latest such day, each became a date of service nobody meant.
const DAY_NAME = `(?:${WEEKDAYS.join('|')})(?:'s)?\\b`;
const NOT_SERVICE_DAY = new RegExp(
  [
    String.raw`\b(?:next|coming|this coming|upcoming|following) ${DAY_NAME}`,
    String.raw`\b(?:coming|comes|come|be|is|are|'s|'re) (?:in|back|by|over)(?: on)? (?:this )?${DAY_NAME}`,
    String.raw`\b(?:reschedul|schedul|book|rebook|mov|push)\w*\b[^,.;!?]{0,40}?\b(?:to|for|on|til|till|until) (?:this )?${DAY_NAME}`,
    String.raw`\bsee (?:you|u|her|him|them|everyone|y'?all)(?: on)? ${DAY_NAME}`,
    String.raw`\b(?:happy|good|have a (?:good|great|nice|lovely|happy)) ${DAY_NAME}`,
    // "Ugh Monday.", "Friday!": a day exclaimed as a sentence of its own.
    `(?:^|[.!?] )(?:(?:ugh+|argh+|oh|ah+|man|yay|finally)[ ,]+${DAY_NAME}[.!]|${DAY_NAME}!)`,
  ].join('|'),
  'g',
);

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** "2026-11-27" -> a calendar day, or null when it is not a real date. */
export function parseIsoDay(text: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function formatDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function validDay(year: number, month: number, day: number): CalendarDay | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return { year, month, day };
}

function isAfter(a: CalendarDay, b: CalendarDay): boolean {
  return a.year * 10_000 + a.month * 100 + a.day > b.year * 10_000 + b.month * 100 + b.day;
}

/** A month and day without a year: this year, or last year when that would be in the future. */
function latestNotAfter(month: number, day: number, today: CalendarDay): CalendarDay | null {
  const thisYear = validDay(today.year, month, day);
  if (thisYear && !isAfter(thisYear, today)) return thisYear;
  // Feb 29 may exist in neither year; look back up to four years for it.
  for (let year = today.year - 1; year >= today.year - 4; year--) {
    const earlier = validDay(year, month, day);
    if (earlier) return earlier;
  }
  return null;
}

/** A day of the month alone: this month, or the latest month before it that has that day. */
function latestDayNotAfter(day: number, today: CalendarDay): CalendarDay | null {
  for (let back = 0; back <= 12; back++) {
    const month = today.month - back;
    const year = today.year + Math.floor((month - 1) / 12);
    const candidate = validDay(year, ((month - 1 + 12) % 12) + 1, day);
    if (candidate && !isAfter(candidate, today)) return candidate;
  }
  return null;
}

function withYear(month: number, day: number, yearText: string | undefined, today: CalendarDay) {
  if (!yearText) return latestNotAfter(month, day, today);
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return validDay(year, month, day);
}

function daysBefore(today: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day - days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function weekdayBefore(today: CalendarDay, weekday: number, strictlyBefore: boolean): CalendarDay {
  const todayWeekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
  let back = (todayWeekday - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return daysBefore(today, back);
}

// Something that happened to the account, not the visit: "turned over to Acme Collections
// yesterday", "(sliding scale app approved 11/20)", "she called Monday". Its day is no date of service.
const EVENT = String.raw`\b(?:turned over|sent|referred|placed|assigned|approved|applied|denied|submitted|received|filed|called|mailed|faxed|emailed)\b`;
// An account handed on ("placed with Summit Recovery Services on 11/1", "sent to collections on
// 10/2", "assigned to the agency 9/30"): the agency's name may be long, so more words stand between.
const HANDED_ON = String.raw`\b(?:placed|sent|assigned|turned over|referred|transferred|moved|went|gone) (?:with|to|in|at)\b[^,;.!?()]{0,45}$`;
// The agency doing something with the account: "collections agency took it 11/1", "the agency
// picked it up on 10/2", "collections accepted the account 9/30", "recovery closed it 10/5".
const AGENCY_ACTED = String.raw`\b(?:agency|agencies|collections?|collectors?|recovery)\b[^,;.!?()]{0,25}?\b(?:took|taken|picked|accepted|acquired|bought|returned|closed|recalled|got)\b[^,;.!?()]{0,20}$`;
// A payment's posting, pasted from a practice system: "Payment posted 11/28", "pmt rec'd 11/28",
// "check deposited on 11/2". The day the money came in, not the visit's.
const PAYMENT_POSTED = String.raw`\b(?:payments?|pmts?|pymts?|copays?|co-pays?|checks?|deposits?|overpayments?)(?: (?:was|were|got|has been|had been))? (?:posted|rec'?d|recv'?d|received|deposited|cleared|processed|applied)(?: (?:on|as of|in))?\s*$`;
const EVENT_BEFORE = new RegExp(
  `${EVENT}(?: (?:on|as of|in))?[^,;.!?()]{0,20}$|${HANDED_ON}|${AGENCY_ACTED}|${PAYMENT_POSTED}`,
);
const VISIT_AFTER = new RegExp(String.raw`^\s*(?:${VISIT_NOUN})\b`);

// When the biller acted, not when the patient was seen: "the write-off I did yesterday",
// "yesterday's batch", "the refund from last Tuesday", "the small bal write-off for Tom Baker from
// Monday" (a visit between them names the visit's day). Such a day is not a date of service.
const ACTED_ON = new RegExp(
  String.raw`\b(?:i|we|you|she|he|they|someone|somebody)(?: just)? (?:did|made|entered|posted|ran|put|keyed|applied|processed|submitted|writeoff(?:ed)?|refunded|cancel+ed|undid|approved)\b[^,.;!?]*|\b(?:yesterday|today)'s (?:[\w-]+ ){0,2}(?:writeoffs?|batch|sweep|refunds?|adjustments?|entry|entries|run|work|approvals?)\b|\b(?:writeoffs?|batch|sweep|refunds?|adjustments?|entry|entries|approvals?) (?:(?:made|done|entered|posted|run|ran|applied|approved) )?(?:from |on )?(?:yesterday|today|last \w+day|\w+ days? ago)\b|\b(?:the|that|this|her|his|their|my|our)(?: [\w$.,-]+){0,3}? (?:writeoffs?|batch|sweep|refunds?|adjustments?)\b(?:(?! (?:visit|appt|appointment|dos|service|charge|exam|labs?)\b) [\w$.,'-]+){0,5}? (?:(?:from|on|made|done|entered|posted|run) )?(?:(?:last|this past|past) )?(?:yesterday|today|\w+day|\w+ days? ago)\b(?!'?s? (?:visit|appt|appointment|dos|service|charge|exam|labs?)\b)|${EVENT}[^,.;!?()]{0,40}?\b(?:yesterday|today|\w+day|\w+ days? ago)\b`,
  'g',
);

// A condition the request waits on: "if Gwen's $95 is still open on Friday, w/o it", "unless she pays
// by Monday". Its day is when the biller checks, not when the patient was seen.
const CONDITION_CLAUSE = /\b(?:if|unless)\b[^,;.!?]*/g;

// A day said relative to today: "yesterday", "Monday", "last Tuesday", "3 days ago".
const RELATIVE_DAY = new RegExp(
  String.raw`\b(?:(?:the )?(day before yesterday)|(yesterday)|(today)|(?:(last|this past|past|this) )?(${WEEKDAYS.join('|')})|(\d{1,2}|a|${Object.keys(UNIT_WORDS).join('|')}) (day|week)s? ago)(?:'s)?\b`,
  'g',
);
// A relative day is the date of service only when the text ties it to the visit: the visit's day
// ("yesterday's visit", "her Monday appt"), the day after the visit or its seeing ("visit on
// Monday", "DOS yesterday", "seen last Tuesday", "came in yesterday"), the day a charge or the
// patient's balance is from ("$40 for Jane Doe from last Friday"), or a day written as a line of its
// own before the request ("Monday. write off $20 …"). Any other day tells something else: "yesterday's
// thread", "month-end close is Monday", "the payment she made yesterday".
const DAY_OF_VISIT_AFTER = new RegExp(String.raw`^(?:'s)? (?:[a-z][\w-]* ){0,2}?${VISIT_NOUN}\b`);
// The visit, or its seeing, named before the day with up to four words between that are no verb
// of their own ("visit on Monday", "seen by her PCP last Tuesday", "DOS: yesterday").
// Not a bill: "she paid the bill today" tells when she paid.
const SERVICE_WORD =
  '(?:(?:visit|charge|appointment|appt|dos|service|labs?|exam|procedure)s?|date of service|service date|seen|treated|visited)';
const GAP_WORD = String.raw`(?!(?:and|but|so|then|because|please|pls|i|we|you|can|could|was|were|is|are|got|get|went|came|has|had|have|been|be|will|would)\b)(?![a-z]+ed\b)[^\s,.;!?()]+`;
const VISIT_BEFORE_DAY = new RegExp(
  String.raw`\b${SERVICE_WORD}(?:'s)?(?:[:\s-]+${GAP_WORD}){0,4}?[:\s-]+(?:(?:was|is|on|from|of|dated)\s+)?$` +
    // The patient in the office, right before the day: "came in yesterday", "was in on Monday".
    String.raw`|\b(?:came|come|comes|(?:she|he|they|pt|patient|who) (?:was|were)) in(?: (?:on|for))?\s+$|\bin (?:the office|clinic)(?: on)?\s+$`,
);
const FROM_BEFORE_DAY =
  /(?:\$\s?\d[\d.,]*|\b\d[\d.,]*(?: dollars?| bucks)?|\b(?:balance|bal|copay|co-?pay|pr|charges?|one))(?:'s)? from (?:the )?$/;
// The day as a slot of the request, right after its amount or its patient: "write off $5 for Jane
// Doe, last Tuesday", "w/o $40 5 days ago for Tom Baker". Not after money told ("paid $30 yesterday").
const COMMAND_BEFORE = String.raw`\b(?:writeoff|refund|undo|reverse|cancel|waive|adjust)\b[^,.;!?]{0,40}?`;
const AMOUNT_SLOT_BEFORE_DAY = new RegExp(
  String.raw`${COMMAND_BEFORE}(?:\$\s?\d[\d.,]*|\b\d[\d.,]*(?: dollars?| bucks)?)[,\s-]*(?:(?:from|on) )?$`,
);
const DAY_ALONE_BEFORE = /(?:^|[.!?\n]\s*)$/;
const DAY_ALONE_AFTER = /^[.:!]\s/;

/** Whether the relative day matched is tied to the visit (see RELATIVE_DAY's cues). */
function isDayOfService(lower: string, match: RegExpExecArray, patient: string | null): boolean {
  const index = match.index;
  const length = match[0].length;
  const today = match[3] !== undefined;
  const before = lower.slice(Math.max(0, index - 80), index);
  const after = lower.slice(index + length);
  if (DAY_OF_VISIT_AFTER.test(after)) return true;
  // "Sunday's paper", "yesterday's thread": a day in the possessive is the day of what follows it.
  if (match[0].endsWith("'s")) return false;
  if (VISIT_BEFORE_DAY.test(before)) return true;
  // "Today" is a visit's only with the visit named ("today's visit", "seen today"): else it is now.
  if (today) return false;
  if (FROM_BEFORE_DAY.test(before) || AMOUNT_SLOT_BEFORE_DAY.test(before)) return true;
  if (DAY_ALONE_BEFORE.test(before) && DAY_ALONE_AFTER.test(after)) return true;
  return (
    patient !== null &&
    new RegExp(`${COMMAND_BEFORE}\\b${regExpLiteral(patient)}(?:'s?)?[,\\s-]*(?:(?:from|on) )?$`).test(before)
  );
}

function dayOfMatch(m: RegExpExecArray, today: CalendarDay): CalendarDay | null {
  if (m[1]) return daysBefore(today, 2);
  if (m[2]) return daysBefore(today, 1);
  if (m[3]) return today;
  if (m[5]) {
    const strictlyBefore = m[4] === 'last' || m[4] === 'past' || m[4] === 'this past';
    return weekdayBefore(today, WEEKDAYS.indexOf(m[5]), strictlyBefore);
  }
  if (m[6] && m[7]) {
    const count = m[6] === 'a' ? 1 : (numberWordValue(m[6]) ?? Number(m[6]));
    return daysBefore(today, m[7] === 'week' ? count * 7 : count);
  }
  return null;
}

function relativeDay(text: string, today: CalendarDay, patient: string | null): CalendarDay | null {
  // Every relative day is written with "day" ("yesterday", "Monday", "3 days ago") or "ago".
  if (!text.includes('day') && !text.includes('ago')) return null;
  const lower = text
    .replace(ACTED_ON, ' ')
    .replace(DEADLINE_DAY, ' ')
    .replace(NOT_SERVICE_DAY, ' ')
    .replace(CONDITION_CLAUSE, ' ');
  for (const m of lower.matchAll(RELATIVE_DAY)) {
    if (isDayOfService(lower, m, patient)) return dayOfMatch(m, today);
  }
  return null;
}

type DateForm =
  | 'iso'
  | 'numeric'
  | 'dotted'
  | 'monthDay'
  | 'dayMonth'
  | 'monthDayWords'
  | 'dayWordsMonth'
  | 'dayOnly';
const DATE_FORMS: ReadonlyArray<readonly [DateForm, RegExp]> = [
  ['iso', ISO],
  ['numeric', NUMERIC],
  ['dotted', DOTTED_CUED],
  ['monthDay', MONTH_DAY],
  ['dayMonth', DAY_MONTH],
  ['monthDayWords', MONTH_DAY_WORDS],
  ['dayWordsMonth', DAY_WORDS_MONTH],
  ['dayOnly', DAY_ONLY],
];
// When the request takes no amount, a point between a month and a day is a date anywhere.
const DATE_FORMS_WITH_DOTS: ReadonlyArray<readonly [DateForm, RegExp]> = [
  ...DATE_FORMS,
  ['dotted', DOTTED_ALONE],
];

// Where a bare number is the amount (amount.ts reads one only there): right after the command, or
// first in the text ("20 may chen w/o").
const AMOUNT_PLACE = /(?:^|\b(?:writeoff|refund|reverse|undo|waive|adjust off) (?:the |a |another )?)$/;
// Money written some other way: then the bare number is no amount ("w/o $20 … 20 may").
const MONEY_WRITTEN = /\$|\b(?:dollars?|bucks?|usd)\b/;
const WORDS = /\p{L}[\p{L}\p{M}'-]*/gu;

/**
 * "w/o 20 may chen": a bare number where the amount goes, a month that is also a given name and
 * one name word after it are $20 for May Chen, not 20 May (month-or-name.ts says when).
 */
function isAmountThenName(lower: string, match: RegExpExecArray): boolean {
  const [written, day, month = ''] = match;
  if (written !== `${day} ${month}` || MONEY_WRITTEN.test(lower)) return false;
  const after = lower.slice(match.index + written.length);
  if (!/^ \p{L}/u.test(after) || !AMOUNT_PLACE.test(lower.slice(0, match.index))) return false;
  return monthIsGivenName(month, after.match(WORDS) ?? []);
}

/** Whether a match of a date form is a date: "20 may" of "w/o 20 may chen" is not. */
function isWrittenDate(form: DateForm, match: RegExpExecArray, lower: string): boolean {
  return form !== 'dayMonth' || !isAmountThenName(lower, match);
}

/** The first written date, in order of preference; the one the date of service is read from. */
function firstWrittenDate(lower: string): { form: DateForm; match: RegExpExecArray } | null {
  const mayHaveDots = MAY_BE_DOTTED.test(lower);
  for (const [form, pattern] of DATE_FORMS) {
    if (form === 'dotted' && !mayHaveDots) continue;
    const match = pattern.exec(lower);
    if (match && isWrittenDate(form, match, lower)) return { form, match };
  }
  return null;
}

/**
 * Where the date read from the text is written (even a birth date or an impossible one), so
 * the amount finder never reads "2025-10-03" or "10/3" as a sum of money.
 */
export function writtenDateSpan(lower: string): readonly [number, number] | null {
  const found = firstWrittenDate(lower);
  return found ? [found.match.index, found.match.index + found.match[0].length] : null;
}

/**
 * "10/3" is October 3, as American billers write it; "14/03/2026" can only be day first (there is
 * no month 14), as British and European billers write it: then it is 14 March.
 */
function numericDay(first: number, second: number, yearText: string | undefined, today: CalendarDay) {
  const dayFirst = first > 12 && second <= 12;
  return dayFirst ? withYear(second, first, yearText, today) : withYear(first, second, yearText, today);
}

function dayOf(form: DateForm, m: RegExpExecArray, today: CalendarDay): CalendarDay | null {
  switch (form) {
    case 'iso':
      return validDay(Number(m[1]), Number(m[3]), Number(m[4]));
    case 'numeric':
      return numericDay(Number(m[1]), Number(m[3]), m[4], today);
    case 'dotted':
      // DOTTED_CUED has two ways to write it, each with its month and day.
      return latestNotAfter(Number(m[1] ?? m[3]), Number(m[2] ?? m[4]), today);
    case 'monthDay':
      return withYear(MONTHS[(m[1] ?? '').slice(0, 3)] ?? 0, Number(m[2]), m[3], today);
    case 'dayMonth':
      return withYear(MONTHS[(m[2] ?? '').slice(0, 3)] ?? 0, Number(m[1]), m[3], today);
    case 'monthDayWords':
      return withYear(MONTHS[(m[1] ?? '').slice(0, 3)] ?? 0, dayInWordsValue(m[2] ?? '') ?? 0, m[3], today);
    case 'dayWordsMonth':
      return withYear(MONTHS[(m[2] ?? '').slice(0, 3)] ?? 0, dayInWordsValue(m[1] ?? '') ?? 0, m[3], today);
    case 'dayOnly':
      return latestDayNotAfter(Number(m[1]), today);
  }
}

// A visit still to come, not the one billed: "Dr. Singh wants to see him 12/12", "we'll see her again
// 12/3", "his next appt is 12/12". Billing dates are in the past: read as last year's, each became a
// date of service nobody meant.
const UPCOMING_BEFORE =
  /\b(?:(?:wants?|needs?|going|plans?|would like|'d like|has|have|is) to (?:see|recheck|follow up with)|(?:will|'ll|shall|to) (?:see|recheck) (?:him|her|them|the (?:patient|pt)|pt|you)|see (?:him|her|them|the (?:patient|pt)) (?:again|back)|(?:next|upcoming|future) (?:appt|appointment|visit|f\/u|follow[\s-]?up)s?|(?:is|are|'s|'re) (?:coming|due) (?:back|in)|coming back)\b[^,;.!?()]{0,25}$/;
// A visit named by what it will be, whose date may be past or to come: "his follow up is 12/12",
// "f/u scheduled 12/10", "recheck booked for 12/3". Not a date of service only when the day has not
// come yet this year; "the follow-up visit on 11/3" is billed.
const FOLLOW_UP_BEFORE =
  /\b(?:follow[\s-]?ups?|f\/u|recheck|return visit|(?:re)?scheduled|booked)\b[^,;.!?()]{0,25}$/;
const FORMS_OF_MONTH_AND_DAY: ReadonlySet<DateForm> = new Set([
  'iso',
  'numeric',
  'dotted',
  'monthDay',
  'dayMonth',
  'monthDayWords',
  'dayWordsMonth',
]);

/** Whether the date matched is a visit still to come ("wants to see him 12/12"), not the one billed. */
function isUpcomingVisit(
  before: string,
  form: DateForm,
  match: RegExpExecArray,
  today: CalendarDay,
): boolean {
  if (UPCOMING_BEFORE.test(before)) return true;
  if (!FOLLOW_UP_BEFORE.test(before) || !FORMS_OF_MONTH_AND_DAY.has(form)) return false;
  // Read as this year's (or as the year written), whether the day is still to come.
  const asThisYear = dayOf(form, match, { year: today.year, month: 12, day: 31 });
  return asThisYear !== null && isAfter(asThisYear, today);
}

/** "app approved 11/20": the day something happened to the account, unless a visit follows it. */
function isEventDate(lower: string, before: string, match: RegExpExecArray): boolean {
  const after = lower.slice(match.index + match[0].length);
  return (EVENT_BEFORE.test(before) || isApprovalDate(before, after)) && !VISIT_AFTER.test(after);
}

// The day said in words is read outside what the biller did: "the wo i did on june fifth" tells
// when the write-off was made, not the visit (ACTED_ON, as for "yesterday").
const READ_OUTSIDE_ACTED: ReadonlySet<DateForm> = new Set(['monthDayWords', 'dayWordsMonth']);

/** The text with what the biller did blanked out, its length kept so that indexes still hold. */
function withoutActedOn(lower: string): string {
  return lower.replace(ACTED_ON, (acted) => ' '.repeat(acted.length));
}

// A date labelled as the visit's: "dos 11/6", "seen 10/2", "from his 11/10 visit", "visit on 10/30".
const LABELLED_VISIT_BEFORE =
  /\b(?:dos|d\.o\.s\.?|date of service|service date|seen|treated|visit(?:ed)?|appt|appointment)\b(?:'s)?[:\s-]*(?:(?:on|of|was|from|dated)\s+)?(?:the\s+)?$/;
const LABELLED_VISIT_AFTER = new RegExp(String.raw`^(?:'s)?\s+(?:[a-z][\w-]*\s+){0,2}?${VISIT_NOUN}\b`);
// A date labelled as a payment's: "paid 11/24", "overpayment on 11/20", "the 11/20 payment".
const PAYMENT_BEFORE =
  /\b(?:paid|pays|paying|payment|overpayment|overpaid|pmt|pymt|charged)\b(?: (?:of )?\$?[\d.,]+)?[:\s-]*(?:(?:on|was|made|dated|from)\s+)*(?:the\s+)?$/;
const PAYMENT_AFTER = /^(?:'s)?\s+(?:[\w$.,-]+\s+){0,2}?(?:payment|pmt|pymt|overpayment)s?\b/;

const MONTH_IN_TEXT = new RegExp(String.raw`\b${MONTH}\s+\d`);

type DateLabel = 'visit' | 'payment' | 'none';

function dateLabel(lower: string, match: RegExpExecArray): DateLabel {
  const before = lower.slice(Math.max(0, match.index - 40), match.index);
  const after = lower.slice(match.index + match[0].length);
  if (LABELLED_VISIT_BEFORE.test(before) || LABELLED_VISIT_AFTER.test(after)) return 'visit';
  if (PAYMENT_BEFORE.test(before) || PAYMENT_AFTER.test(after)) return 'payment';
  return 'none';
}

// The forms a second date is looked for in: numeric and month-and-day dates, as billers write both.
const LABELLED_FORMS: ReadonlySet<DateForm> = new Set(['numeric', 'monthDay']);

/**
 * "refund terry vance 75 overpayment on 11/20, dos 11/6", "mom paid 11/24; write off the rest of his
 * 11/10 visit": of two dates or more, the one labelled as the visit's is the date of service, and a
 * payment's day never is while another date is written. Null when the labels decide nothing (one
 * date, or none labelled): the first date is then read as before.
 */
function labelledServiceDay(lower: string, today: CalendarDay, forms: typeof DATE_FORMS): CalendarDay | null {
  const found: { index: number; label: DateLabel; day: CalendarDay | null; agreed: boolean }[] = [];
  for (const [form, pattern] of forms) {
    if (!LABELLED_FORMS.has(form)) continue;
    for (const match of lower.matchAll(new RegExp(pattern.source, 'g'))) {
      const before = lower.slice(Math.max(0, match.index - 40), match.index);
      if (
        DEATH_BEFORE.test(before) ||
        DEADLINE_BEFORE.test(before) ||
        isUpcomingVisit(before, form, match, today) ||
        !isWrittenDate(form, match, lower)
      )
        continue;
      const agreed = isApprovalDate(before, lower.slice(match.index + match[0].length));
      found.push({
        index: match.index,
        label: dateLabel(lower, match),
        day: dayOf(form, match, today),
        agreed,
      });
    }
  }
  if (found.length < 2) return null;
  // "approved by Dana 11/20 - write off $40 for Jane Doe 11/3": the one date no approval is tied to.
  const notAgreed = found.filter((f) => !f.agreed);
  if (notAgreed.length === 1 && found.length > 1) return notAgreed[0]?.day ?? null;
  found.sort((a, b) => a.index - b.index);
  const visits = found.filter((f) => f.label === 'visit');
  if (visits.length === 1) return visits[0]?.day ?? null;
  if (visits.length > 1 || !found.some((f) => f.label === 'payment')) return null;
  const others = found.filter((f) => f.label === 'none');
  return others.length === 1 ? (others[0]?.day ?? null) : null;
}

/**
 * The date of service among the written dates: the first one by form preference that is not a
 * date of death. `dated` is false when no date was written at all (relative words may then say).
 */
function writtenDay(
  lower: string,
  today: CalendarDay,
  forms: typeof DATE_FORMS,
): { dated: boolean; day: CalendarDay | null } {
  let dated = false;
  const labelled = lower.includes('/') || lower.includes('-') || MONTH_IN_TEXT.test(lower);
  const labelledDay = labelled ? labelledServiceDay(lower, today, forms) : null;
  if (labelledDay) return { dated: true, day: labelledDay };
  const mayHaveDots = MAY_BE_DOTTED.test(lower);
  for (const [form, pattern] of forms) {
    if (form === 'dotted' && !mayHaveDots) continue;
    const found = pattern.exec(lower);
    const match = found && READ_OUTSIDE_ACTED.has(form) ? pattern.exec(withoutActedOn(lower)) : found;
    if (!match || !isWrittenDate(form, match, lower)) continue;
    dated = true;
    const before = lower.slice(Math.max(0, match.index - 60), match.index);
    if (DEATH_BEFORE.test(before) || DEADLINE_BEFORE.test(before)) continue;
    if (isEventDate(lower, before, match) || isUpcomingVisit(before, form, match, today)) continue;
    return { dated, day: dayOf(form, match, today) };
  }
  return { dated, day: null };
}

export interface DateReading {
  /** The text before write-off spellings were unified: "wrote off" keeps its tense there. */
  readonly plain?: string;
  /** The request takes no amount, so "9.14" alone is a date (DOTTED_ALONE). */
  readonly dotsAreDates?: boolean;
  /** The patient as written: "$40 for Jane Doe from last Friday" is the day of her charge. */
  readonly patient?: string | null;
}

// Someone named, then what they did, in the past: "Jess wrote off $40 on Tom Reyes yesterday", "Dana
// refunded her copay on Monday". The day it was done is not the day of the visit (ACTED_ON says the
// same with a pronoun). Read on the plain text, where "wrote off" is still past.
const DONE_BY_SOMEONE =
  /(?:^|\b[a-z][\w'-]* )(?:(?:already|just|accidentally|mistakenly) )*(?:wrote (?:[\w$.,'-]+ ){0,2}?off|refunded|reversed|cancell?ed|voided|undid|adjusted|waived)\b[^,.;!?]*/g;

// The cheap look that spares DONE_BY_SOMEONE on most texts.
const DONE_VERBS = ['wrote', 'refunded', 'reversed', 'cancel', 'voided', 'undid', 'adjusted', 'waived'];

// A charge told by its date and what it was: "the 8/21 xray", "her Oct 3 visit", "the 9/14/2026 labs".
const DATED_CHARGE = new RegExp(
  String.raw`\b(?:the|her|his|their|a|an) (\d{1,2}/\d{1,2}(?:/\d{2,4})?|${MONTH_WORD} \d{1,2}(?:st|nd|rd|th)?) ([a-z][a-z-]+)\b`,
  'g',
);

/**
 * "Jane Doe owes $185 on the 9/14 visit and $70 on the 8/21 xray. Write off $70 on the xray only":
 * when the text tells two or more charges by their dates, the one the request names again by what it
 * was ("on the xray", no date with it) is the charge acted on, and its date is the date of service.
 * The first date written is only the story's. Null unless exactly one told charge is named so.
 */
function dateOfChargeNamedAgain(lower: string, today: CalendarDay): CalendarDay | null {
  if (!lower.includes('the ')) return null;
  const told = [...lower.matchAll(DATED_CHARGE)];
  if (told.length < 2) return null;
  const namedAgain = told.filter(([, , what]) =>
    new RegExp(String.raw`\b(?:on|for|from|of|off) (?:the|that|this|her|his|their) ${what}\b`).test(lower),
  );
  const nouns = new Set(told.map(([, , what]) => what));
  if (namedAgain.length !== 1 || nouns.size !== told.length) return null;
  const day = writtenDay(namedAgain[0]?.[1] ?? '', today, DATE_FORMS);
  return day.day;
}

// A birth date as written after its cue: "born 5/9/1988", "dob: 01/15/72", "DOB Jan 15, 1972".
const BIRTH_DATE = new RegExp(
  String.raw`\b(?:dob|d\.o\.b\.?|born(?: on)?|date of birth|birth ?date|birthday)(?: is| was)?[\s:,-]*(?:the )?` +
    String.raw`(?:\d{4}([-/])\d{1,2}\1\d{1,2}|\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|${MONTH_WORD}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}\.?(?:,?\s+\d{4})?)(?![\d/-])`,
  'g',
);

/**
 * The text with each birth date blanked, its length kept: "Jane Doe born 5/9/1988 from her 11/18
 * visit" still tells its visit. Null when a birth is spoken of with no date right after its cue
 * ("her birthday was the day of the visit"): which date is whose is then not clear.
 */
function withoutBirthDate(lower: string): string | null {
  if (!BIRTH_CONTEXT.test(lower)) return lower;
  const rest = lower.replace(BIRTH_DATE, (birth) => ' '.repeat(birth.length));
  return BIRTH_CONTEXT.test(rest) ? null : rest;
}

/** The date of service written in the (lower-cased) text as YYYY-MM-DD, or null. */
export function findDateOfService(
  text: string,
  today: CalendarDay,
  reading: DateReading = {},
): string | null {
  const born = withoutBirthDate(text);
  if (born === null) return null;
  // "leave the 10/2 visit alone": a charge set aside by its date is no date of service.
  const lower = withoutDatesSetAside(born);
  const namedAgain = dateOfChargeNamedAgain(lower, today);
  if (namedAgain) return formatDay(namedAgain);
  const written = writtenDay(lower, today, reading.dotsAreDates ? DATE_FORMS_WITH_DOTS : DATE_FORMS);
  if (written.dated) return written.day ? formatDay(written.day) : null;
  const plain = reading.plain;
  const patient = reading.patient?.toLowerCase() ?? null;
  // The relative day must survive both ways of taking out what was done on it.
  if (
    plain !== undefined &&
    DONE_VERBS.some((verb) => plain.includes(verb)) &&
    relativeDay(plain.replace(DONE_BY_SOMEONE, ' '), today, patient) === null
  )
    return null;
  const day = relativeDay(lower, today, patient);
  return day ? formatDay(day) : null;
}
