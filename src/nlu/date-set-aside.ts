/**
 * A charge set aside by its date: "leave the 10/2 visit alone and write off the remainder", "write
 * off everything except the 9/14 charge", "not the 10/2 one, the 10/5 one", "don't touch the Oct 3
 * visit". That date names the visit the request leaves alone, so it is no date of service; read as
 * one, the form opened on the very charge the biller meant to keep. A date of service written
 * beside it ("the 10/5 one") is still read.
 */

const DATE = String.raw`\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b`;
const SET_ASIDE_DATE = new RegExp(
  String.raw`\b(?:leave|leaving|skip|skipping|keep|keeping|ignore|(?:don'?t|do not|dont) (?:touch|include|count)|not|except(?: for)?|excluding|exclusive of|other than|(?:apart|aside) from|besides|but not|(?:all|everything|anything) but|without)\s+(?:(?:the|her|his|their|that|this|its)\s+)?(?:visit|charge|dos|appt|appointment|one)?\s*(?:on|from|of)?\s*(${DATE})`,
  'g',
);

/** The text with each date set aside blanked (same length, so places stay). */
export function withoutDatesSetAside(lower: string): string {
  if (!/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/.test(lower)) return lower;
  return lower.replace(SET_ASIDE_DATE, (whole, date: string) => {
    const at = whole.length - date.length;
    return `${whole.slice(0, at)}${' '.repeat(date.length)}`;
  });
}
