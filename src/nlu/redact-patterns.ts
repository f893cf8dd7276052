/**
 * What is taken out of text before any word is looked at: e-mail addresses, phone numbers,
 * dates in any form (digits, month names, words: "3/4/1950", "1950-03-04", "March 4th, 1950",
 * "the fourth of March nineteen fifty"), numbers after a date-of-birth cue, MRNs with their label,
 * and any run of 4 or more digits that is not a dollar amount. Every pattern runs in linear time.
 */
export type SpanKind = 'EMAIL' | 'PHONE' | 'DATE' | 'DOB' | 'MRN' | 'NUMBER';

export interface Span {
  readonly kind: SpanKind;
  readonly start: number;
  readonly end: number;
}

const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const ORDINAL_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|oh)';
/** One part of a date: a number (maybe ordinal), a month, or a number or ordinal in words. */
const DATE_PART = `(?:\\d{1,4}(?:st|nd|rd|th)?|${MONTH}|${ORDINAL_WORD}|${NUMBER_WORD})`;
const DATE_GAP = '(?:[\\s,./-]+(?:of\\s+|the\\s+)?)';
/** Parts in a row: a date when one is a month ("March 4 1950", "4th of march", "mar 1950"). */
const PART_RUN = new RegExp(
  `(?<![\\p{L}\\p{N}$])${DATE_PART}(?:${DATE_GAP}${DATE_PART})*(?![\\p{L}\\p{N}])`,
  'giu',
);
const HAS_MONTH = new RegExp(`(?<![\\p{L}])${MONTH}(?![\\p{L}])`, 'iu');
const DOB_CUE =
  /(?:\bdob|\bd\.o\.b\.?|\bborn(?:\s+on)?(?:\s+the)?|\bdate\s+of\s+birth|\bbirth\s*date|\bbirthday)[\s:,-]*$/i;

const PATTERNS: ReadonlyArray<readonly [SpanKind, RegExp]> = [
  ['EMAIL', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu],
  ['MRN', /\bmrn\b[\s:#-]*(?:[\p{L}]*\d[\p{L}\p{N}-]*)/giu],
  ['PHONE', /(?<![\d$.,])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)/g],
  ['PHONE', /(?<![\d$.,])\d{3}[.-]\d{4}(?!\d)/g],
  ['DATE', /(?<![\d$])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/g],
  ['DATE', /(?<![\d$.,])\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?!\d)/g],
  ['DATE', /(?<![\d$.,])\d{1,2}[/-]\d{1,2}(?![\d/])/g],
];

/** The spans to take out, earliest first and never overlapping (the earlier pattern wins). */
export function findSensitiveSpans(text: string): Span[] {
  const taken: Span[] = [];
  const overlaps = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  const add = (span: Span) => {
    if (span.end > span.start && !overlaps(span)) taken.push(span);
  };
  for (const [kind, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) add({ kind, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PART_RUN)) {
    const afterCue = DOB_CUE.test(text.slice(Math.max(0, m.index - 20), m.index));
    if (afterCue) add({ kind: 'DOB', start: m.index, end: m.index + m[0].length });
    else if (HAS_MONTH.test(m[0]) && /[\s,./-]/.test(m[0]))
      add({ kind: 'DATE', start: m.index, end: m.index + m[0].length });
  }
  // Long digit runs last: inside a date or phone they are already covered.
  for (const m of text.matchAll(/\d{4,}/g)) {
    if (!isDollarAmount(text, m.index)) add({ kind: 'NUMBER', start: m.index, end: m.index + m[0].length });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** "$250000" and "$1,250.00" are amounts the request is about, not record numbers. */
function isDollarAmount(text: string, digitsStart: number): boolean {
  let i = digitsStart - 1;
  while (i >= 0 && /[\d,.]/.test(text[i] ?? '')) i--;
  return text[i] === '$';
}
