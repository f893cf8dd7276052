/**
 * "what does the 'written off' status on a charge mean vs 'paid'": the meaning of a charge's
 * status asked. The look-up article has the section on what the statuses mean; read by its
 * words, the question above went to the write-off vs cancel comparison ("vs", "written off").
 * A status is asked about when the question speaks of a status or state of a charge, or quotes a
 * status by its name, or sets two statuses of a charge side by side; a blocker's words ("'nothing outstanding'", "'already paid'") are not a
 * status, and an approval request's statuses (pending, expired) are the approvals article's.
 */
import { asksToAct } from './action-asked.ts';

// A meaning asked, or two statuses set side by side.
const MEANING =
  /\bmean(?:s|t|ing)?\b|\bdefin\w*|\bexplain\w*|\bdifference\b|\bdiff\b|\bvs\.?(?=\s)|\bversus\b|\bsame (?:thing|as)\b/;
// The statuses a charge has (DOMAIN section 6, `cli charges`).
const STATUS_NAME = /\b(?:outstanding|paid|written[\s-]?off|cancell?ed)\b/;
// A status named as one: "status", "statuses", "state", or a status's name in quotes ("'paid'").
const STATUS_WORD = /\bstatus(?:es)?\b|\bstates?\b/;
const QUOTED_STATUS = /['"‘“](?:outstanding|paid|written[\s-]?off|cancell?ed)['"’”]/;
// A status as a charge shows it: "a charge showing paid", "marked as written off", "listed as paid".
const STATUS_SHOWN =
  /\b(?:show(?:s|ing|n)?|marked|listed|labell?ed|flagged)\s+(?:as\s+)?['"‘“]?(?:outstanding|paid|written[\s-]?off|cancell?ed)\b/;
const CHARGE = /\bcharges?\b/;
// Statuses of something else: an approval request's.
const OTHER_THINGS = /\bapprov\w*|\brequests?\b/;

/** Two different statuses named: "paid and written off", "paid vs cancelled". */
function twoStatusesNamed(lower: string): boolean {
  const named = lower.match(new RegExp(STATUS_NAME.source, 'g')) ?? [];
  return new Set(named.map((s) => s.replace(/[\s-]/g, ''))).size >= 2;
}

/** Whether the question asks what a charge status means (or how two of them differ). */
export function asksWhatStatusMeans(question: string): boolean {
  const lower = question.toLowerCase();
  if (!MEANING.test(lower) || OTHER_THINGS.test(lower) || asksToAct(question)) return false;
  const statusSpoken =
    ((STATUS_WORD.test(lower) || STATUS_SHOWN.test(lower)) &&
      (STATUS_NAME.test(lower) || CHARGE.test(lower))) ||
    (twoStatusesNamed(lower) && CHARGE.test(lower));
  return statusSpoken || QUOTED_STATUS.test(lower);
}
