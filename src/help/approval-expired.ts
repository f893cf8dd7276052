/**
 * "approval says 'expired' what does that even mean?", "my write-off request expired before my
 * manager got to it", "the approval card shows expired": "expired" said of a request or of its
 * approval is the request's state (APPROVAL_EXPIRED, DOMAIN sections 3 and 4: a request nobody
 * decides within 7 days expires), never a patient's death. Read as a reason, the word made the
 * answer the deceased reason's. A patient who expired ("the patient expired, which reason?", "pt
 * expired last week") is still the deceased reason.
 */
import { APPROVAL_TTL_MS } from '../domain/rules/approval.ts';

/** A request is decided within this many days, or expires. */
const APPROVAL_EXPIRY_DAYS = Math.round(APPROVAL_TTL_MS / 86_400_000);

// What expires in the app: a request, its approval, the card or message that shows it.
const REQUEST_WORDS = String.raw`(?:requests?|approvals?|approval requests?|sign[\s-]?offs?|cards?|(?:write[\s-]?off|w\/o) requests?)`;
const EXPIRED = String.raw`(?:expired|expires?|expiring|expiry)`;
// Said of a person: "the patient expired", "pt expired", "she expired", "who expired".
const PERSON_EXPIRED =
  /\b(?:patient|pt|he|she|who|guardian|husband|wife|mother|father|mom|dad|son|daughter|person|guarantor|member)(?:'s)?\s+(?:(?:has|had|have|just|recently|unfortunately|sadly|already|since)\s+)*expired\b/i;
// The request said to expire, or the word shown on it: "my request expired", "the approval has
// expired", "approval says 'expired'", "request status: expired", "it went to expired on the card",
// "why did my request expire", "expired request".
const REQUEST_EXPIRED = new RegExp(
  String.raw`\b${REQUEST_WORDS}\b[^.?!]{0,40}?\b${EXPIRED}\b|\b${EXPIRED}\s+(?:write[\s-]?off\s+|w\/o\s+)?${REQUEST_WORDS}\b`,
  'i',
);
// "it says expired", "shows 'expired'", "status expired": the word as the app shows it, with a request
// or an approval anywhere in the question.
const SHOWN_EXPIRED = new RegExp(
  String.raw`\b(?:says?|said|shows?|showing|showed|status(?:\s+is)?|marked(?:\s+as)?|went to|changed to|flipped to|turned)\s*:?\s*['"‘“]?${EXPIRED}\b`,
  'i',
);
const REQUEST_NAMED = /\brequest\w*|\bapprov\w*|\bsign[\s-]?off\b|\bmanager\b/i;

/** Whether "expired" in the question is said of an approval request, not of a patient. */
export function approvalExpiryTold(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  if (PERSON_EXPIRED.test(text)) return false;
  return REQUEST_EXPIRED.test(text) || (SHOWN_EXPIRED.test(text) && REQUEST_NAMED.test(text));
}

/** The question without the request's "expired", which no write-off reason is read from. */
export function withoutApprovalExpiry(question: string): string {
  return approvalExpiryTold(question) ? question.replace(/\bexpir\w*/gi, ' ') : question;
}

/** What an expired request means, and what to do now, to lead the approvals article. */
export function approvalExpiredLead(question: string): string | undefined {
  if (!approvalExpiryTold(question)) return undefined;
  return (
    `"Expired" is the request's state (APPROVAL_EXPIRED): a write-off request nobody approves or rejects within ${APPROVAL_EXPIRY_DAYS} days of being sent expires. ` +
    'It can no longer be approved, even by a click made now, and nothing was written off. ' +
    'If the write-off is still needed, confirm it again; over your limit, that sends a new request for a billing manager or admin to decide.'
  );
}
