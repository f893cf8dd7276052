/**
 * A message passed on from a coworker: 'from Maria at the front desk: "Mr. Alvarez says his card
 * got charged twice …"', "From Devon in billing: 'I accidentally wrote off …'", "Maria at the front
 * desk asks: …". The one who passed it on is staff, not the patient: read with the header, "Maria"
 * was the patient and the refund went to the wrong person. The request is what was passed on, so
 * the header is taken off (and the quotes around what follows) before anything is read.
 */

// A coworker's name as a header writes it: one or two capitalised words ("Maria", "Devon Ray").
const NAME = String.raw`\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?`;
// Where they work or what they are: "at the front desk", "in billing", "from scheduling", "(MA)".
const ROLE = String.raw`(?:(?:at|in|on|from|with) (?:the )?[\p{L}][\p{L}/&-]*(?: [\p{L}][\p{L}/&-]*){0,2}|\([^)]{1,30}\))`;
const SAYS = '(?:says|said|asks|asked|writes|wrote|wants to know|messaged|emailed|called)';
const QUOTE = `["'\u201c\u2018]`;

// "from Maria at the front desk:", "msg from Devon (billing):", "fwd from Lena:" before a quote.
// A name and a colon alone are a header only when what follows is quoted: "from Jane Doe: …" may
// still name the patient.
const FROM_HEADER = new RegExp(
  String.raw`^\s*(?:fwd?:?\s*)?(?:(?:a )?(?:message|msg|note|question) |forwarded |forwarding )?from (${NAME})(?:(?: ${ROLE})(?:,? ${SAYS})?\s*[:-]\s*|\s*[:-]\s*(?=${QUOTE}))`,
  'u',
);
// "Maria at the front desk asks: …", "Devon in billing says - …": the name, a desk of the practice,
// a verb of saying, then what they said. Only a desk: "Jane Doe at the window asked: …" is a patient.
const DESK = String.raw`(?:(?:at|in|on|from) (?:the )?(?:front desk|front office|billing(?: office| dept| department| team)?|reception|registration|scheduling|check-?in|check-?out|intake|coding|collections|accounting|the office|admin)|\([^)]{1,30}\))`;
const SAYS_HEADER = new RegExp(String.raw`^\s*(${NAME}) ${DESK},? ${SAYS}\s*[:-]\s*`, 'u');

const FIRST_LETTER = /^\s*\p{L}/u;
const OPENING_QUOTE = new RegExp(`^\\s*${QUOTE}`);
const CLOSING_QUOTE = /["'\u201d\u2019]\s*$/;

// An email pasted whole: "---------- Forwarded message ---------- From: Donna Kelly <dkelly@…>
// Date: … Subject: Re: balance", or Outlook's "From: … Sent: … To: …". Its fields say who sent and
// got it and when, never who the patient is nor the day of the visit: read with them, the sender
// was the patient. The request is in the body, after them (the subject, a title, goes with them).
const EMAIL_MARKER =
  /^\s*(?:-{2,}\s*)?(?:forwarded message|begin forwarded message|original message)\s*(?:-{2,}\s*)?:?\s*/i;
const FIELD_LABEL = '(?:from|to|cc|bcc|sent|date|reply-to|subject)';
// A field's value: an address in angle brackets (a name may come before it), a bare address, or
// words up to the end of its line, a blank line flattened to spaces, or the next field.
const FIELD_VALUE = String.raw`(?:(?:(?!\s${FIELD_LABEL}:)[^\n<>]){0,60}?<[^<>\s]+>|[^\s<>]+@[^\s<>]+|[^\n]{0,80}?(?=\s*\n|\s{2,}|\s+${FIELD_LABEL}:))`;
const EMAIL_FIELD = new RegExp(String.raw`^\s*${FIELD_LABEL}:[ \t]*${FIELD_VALUE}[ \t,;]*`, 'i');
const SENDER_WITH_ADDRESS = /^\s*from:[^\n<>@]{0,60}?<?[^\s<>]+@/i;
// A subject that runs on into the body with no line between ("Subject: wrong charge - we put …"):
// only its label can be taken off.
const SUBJECT_LABEL = /^\s*subject:\s*(?:(?:re|fwd?):\s*)*/i;

/** The body of a forwarded email, without its header's fields; the text itself when it is none. */
function withoutEmailHeader(text: string): string {
  const marker = EMAIL_MARKER.exec(text);
  if (!marker && !SENDER_WITH_ADDRESS.test(text)) return text;
  let body = marker ? text.slice(marker[0].length) : text;
  for (let field = EMAIL_FIELD.exec(body); field; field = EMAIL_FIELD.exec(body)) {
    body = body.slice(field[0].length);
  }
  return body.replace(SUBJECT_LABEL, '');
}

/** The text without a header that says who passed the message on; the text itself when none. */
export function withoutForwardHeader(raw: string): string {
  const text = withoutEmailHeader(raw);
  // Most texts pass no message on: a header ends at a colon or a dash, looked for before the patterns.
  const head = text.slice(0, 100);
  if (!head.includes(':') && !head.includes(' -') && !head.includes('- ')) return text;
  // "From Maria …" and "from Maria …" alike; the name keeps its capital, which marks it as one.
  const header =
    FROM_HEADER.exec(text.replace(FIRST_LETTER, (c) => c.toLowerCase())) ?? SAYS_HEADER.exec(text);
  if (!header) return text;
  const passedOn = text.slice(header[0].length);
  if (!OPENING_QUOTE.test(passedOn)) return passedOn;
  return passedOn.replace(OPENING_QUOTE, '').replace(CLOSING_QUOTE, '');
}
