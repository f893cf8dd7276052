/**
 * "can i write off the full 275", "w/o just 40 of it", "refund her 60": a bare number where it can
 * only be money, read as the amount asked. The request parser reads a number right after the verb
 * ("writeoff 25"); a word between ("the full", "just", "her") left it unread, and the answer then
 * weighed no amount ("Nothing stands in the way") where the rules refuse the one asked (more than
 * is outstanding). Never a date ("5/14"), a CPT code (5 digits), a year, a time, a percentage or a
 * count ("write off 2 charges", "the full 3 visits").
 */

// What may stand between the verb and the number: "the full", "just", "about", "her".
const BETWEEN = String.raw`(?:(?:the|a|an|just|only|about|around|roughly|like|maybe|her|him|them|his|their|this|that|it|full|whole|entire|complete|remaining|total|of)\s+){1,3}`;
const VERB = String.raw`\b(?:writ\w*[\s-]*off|writeoff|w\/o|w\/off|refund(?:ing)?|waive|waiving)`;
// "the full 275", "the whole 80": all of an amount named.
const WHOLE_OF = String.raw`\b(?:the\s+)?(?:full|whole|entire|complete|total)`;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,6}(?:\.\d{1,2})?)`;
// After the number: nothing that makes it a date, a code, a time, a percentage or a count.
const NOT_AFTER = /^(?:[/:\-.]\d|\d|\s*%|\s*(?:am|pm|th|st|nd|rd)\b)/i;
// Words after the number that may follow an amount ("275 on her echo", "40 for the visit", "60?").
const AMOUNT_FOLLOWS =
  /^(?:\s*$|\s*[?!.,;:)]|\s+(?:on|for|from|to|off|of (?:it|that|this|the (?:balance|pr|bill|\$?\d))|as|at|now|today|instead|please|pls|plz|or|and|but|because|since|so|if|then|in full|dollars?|bucks?|usd|balance|bal|pr|owed|due|outstanding|left|remaining|there|here|too|right|ok|okay|\?)\b)/i;

const BARE = new RegExp(`(?:${VERB}\\s+${BETWEEN}|${WHOLE_OF}\\s+)${NUMBER}`, 'gi');

/** A year, or a 5-digit number (a CPT code), is not read as money when bare. */
function looksLikeCode(digits: string): boolean {
  if (digits.includes(',') || digits.includes('.')) return false;
  return /^\d{5,}$/.test(digits) || /^(?:19|20)\d\d$/.test(digits);
}

/** The bare amount the question asks about, in cents, where the words around it make it money. */
export function bareAmountAsked(question: string): number | undefined {
  for (const m of question.matchAll(BARE)) {
    const digits = m[1];
    if (digits === undefined || looksLikeCode(digits)) continue;
    const after = question.slice((m.index ?? 0) + m[0].length);
    if (NOT_AFTER.test(after) || !AMOUNT_FOLLOWS.test(after)) continue;
    const cents = Math.round(Number(digits.replace(/,/g, '')) * 100);
    if (cents > 0) return cents;
  }
  return undefined;
}
