/**
 * A message may carry two requests: "write off $40 for Jane Doe and refund $20 to Bob Smith", or
 * one per line. A form confirms one change, so only the first is read, and nothing of the second
 * (its verb, its patient, its amount) can leak into it: read whole, that message was a refund of
 * $40 for Jane Doe.
 *
 * A later part is a request of its own when it has a verb of ours and its own target (a patient
 * or an amount): "…, can you undo it?" and "…, and write it off as hardship" are not. The cut is
 * made only when the first part names its patient already: "refund the $20 and write off the
 * rest for Jane" shares its patient with the second part, and keeps it.
 *
 * A later part that corrects the first ("write off $30 for Tom Baker. Actually no, refund him $30
 * instead") is the request: the first part's verbs are taken out, its patient and date stay.
 */
import { findAmountMentions } from './amount.ts';
import { unifyWriteOffWords } from './normalize.ts';
import { findPatientMention } from './patient-mention.ts';
import { withoutThanks } from './thanked.ts';

// Where a second request may begin: a new line, a semicolon, a sentence's end, a dash, "and" /
// "also" / "then" / "plus" between clauses, or a comma before a correction.
const BOUNDARY =
  /\n|;\s*|(?<!\b(?:dr|mr|mrs|ms|mx|prof|st|jr|sr|drs))[.!?]\s+(?=\S)|\s+[-—–]\s+|,?\s+(?:and|also|plus|then)\s+(?:then\s+|also\s+)?|,\s+(?=(?:so|wait|actually|no)\b)/gi;
// A verb of ours, asked for: its base form, as written ("he was charged …, then it got cancelled"
// and "I wrote off …" say what happened, they ask nothing).
const VERB =
  /\b(?:write[\s-]*(?:[\w$.,'-]+ ){0,3}offs?|w\/o|wo|writeoffs?|refund|cancel|void|undo|reverse|revert|waive)\b/;
// The first request may also be a look-up: "check María García's balance and if it's under $5 …".
// Asked, not told: "Gary Holt paid his balance in full the same day. w/o $18 prompt pay" tells a
// story before the one request.
const LOOK_UP =
  /\b(?:check|look ?up|pull up|show|see|what(?:'s| is| does)|how much)\b[^.!?;]*\b(?:balance|bal|owe[sd]?)\b|\b(?:balance|bal|owe[sd]?)\b[^.!;]*\?/;
const CORRECTION = /\b(?:actually|instead|scratch that|i mean|no wait|wait|on second thought)\b/i;
// The same verbs as written, before spellings are unified: what is taken out of a corrected part.
const WRITTEN_VERB =
  /\b(?:write[\s-]*(?:it |that |this |them )?offs?|w\/o|wo|writeoffs?|refund\w*|cancel\w*|void|undo|reverse|revert|waive\w*)\b/gi;

// A part that opens with a negation asks for nothing: "Don't write it off - Lee Chen paid twice, so
// refund him the $68". The request is the part after it (asked-part.ts takes the negation out).
const NEGATED_PART = /^\s*(?:(?:please|pls|no|but)[\s,]+)?(?:do not|don['’]?t|never|no need to)\b/i;

// Someone's agreement or decision, told: "Dr. Ames agreed to waive it", "the manager said to write
// it off", "Karen approved waiving the $30", "she's OK with us refunding it". It says why the request
// may be made, it is not one: read as the first request, the one that follows (with its amount and
// reason) was cut off.
const AGREED_VERB =
  /\b(?:agreed|agrees|said|says|decided|offered|promised|approved|okay?ed|ok'?d|signed off|(?:is|was|are|were|'s|'re) (?:fine|ok|okay|good) with|(?:wants?|wanted|asked|told) (?:us|me|you|billing) to)(?: (?:that )?(?:we|i|you) (?:can|could|should|may|would))?(?: (?:to|on|with|us|me))*(?: just)? (?=write|w\/o|wo\b|writeoff|refund|cancel|void|undo|reverse|revert|waiv)/gi;

/** Whether a part asks something of ours: a verb, not negated nor someone's agreement, or a look-up. */
export function asksSomething(part: string): boolean {
  if (LOOK_UP.test(unified(part))) return true;
  const asked = part.replace(AGREED_VERB, ' agreed-to ').replace(AGREED_OBJECT, ' ');
  return VERB.test(asked.toLowerCase()) && !NEGATED_PART.test(part);
}

// The verb after an agreement, with its object, taken out with it (AGREED_VERB marks where).
const AGREED_OBJECT = / agreed-to \S+(?: (?:it|that|this|them|off))*/g;

const unified = (part: string) => unifyWriteOffWords(part.toLowerCase());

function namesTarget(part: string): boolean {
  return (
    findAmountMentions(unified(part)).length > 0 || findPatientMention(part, { namesAtStart: true }) !== null
  );
}

// An action named only to say it is not the one asked: "refund $20 to Ama Owusu - not a write-off, she
// actually overpaid", "… - no refund, just write it off", "rather than a refund". Such a part starts
// no request and corrects none: read as one, its "actually" took the refund's verb out.
const NEGATED_VERB =
  /\b(?:not|no|never|isn'?t|wasn'?t|rather than|instead of)\s+(?:(?:an?|the|as an?|as the)\s+)?(?:write[\s-]*offs?|w\/o|wo|writeoffs?|refunds?|cancel\w*|void|undo|reversal|reverse)\b/gi;

/**
 * A part that asks something besides thanks for what was done: "thanks for the refund for Jane Doe.
 * can you also write off $10 for her" starts its request after the thanks. Read as the first
 * request, the thanks cut the write-off off and nothing was asked.
 */
function asksBeyondThanks(part: string): boolean {
  return asksSomething(part) && asksSomething(withoutThanks(unified(part)));
}

// An undo verb: a part that has one asks to take back what was done.
const UNDO_VERB = /\b(?:undo|un-?do|reverse|revert|roll ?back|back[\s-]?out|take back)\b/i;
// A write-off named as a thing done, by its noun: "my last write-off", "the w/o I did this morning",
// "that $40 writeoff".
const WRITE_OFF_TOLD =
  /\b(?:my|the|that|this|our|her|his|their|last|previous|earlier|recent)\s+(?:[\w$.'-]+\s+){0,2}?(?:write[\s-]?offs?|w\/o|writeoffs?)\b/gi;

/** A head that names a write-off only as a thing done, and asks nothing else: "wrong patient on my last write-off". */
function tellsWriteOffOnly(head: string): boolean {
  const withoutTold = head.replace(WRITE_OFF_TOLD, ' ');
  return withoutTold !== head && !asksSomething(withoutTold);
}

/** Whether a text asks something of ours besides naming a write-off done ("my last write-off"). */
export function asksBeyondToldWriteOff(text: string): boolean {
  const rest = text.replace(WRITE_OFF_TOLD, ' ');
  return asksSomething(rest) || UNDO_VERB.test(rest);
}

/** The text of the request to read: the first of several, or the one that corrects the first. */
export function firstRequest(text: string): string {
  if (!BOUNDARY.test(text)) return text;
  BOUNDARY.lastIndex = 0;
  const starts = [0, ...[...text.matchAll(BOUNDARY)].map((m) => m.index + m[0].length)];
  const parts = starts.map((start, i) => ({ start, text: text.slice(start, starts[i + 1] ?? text.length) }));
  const first = parts.findIndex((part) => asksBeyondThanks(part.text));
  if (first < 0) return text;
  for (const part of parts.slice(first + 1)) {
    if (!VERB.test(part.text.replace(NEGATED_VERB, ' ').toLowerCase())) continue;
    const head = text.slice(0, part.start);
    if (CORRECTION.test(part.text)) return head.replace(WRITTEN_VERB, ' ') + text.slice(part.start);
    // "Wrong patient on my last write-off. I meant Jane Roe, not Jane Doe. Reverse the one on Jane
    // Doe": the undo is the request, about the write-off told before it. Cut there, the head read as
    // a new write-off for Jane Roe.
    if (UNDO_VERB.test(part.text) && tellsWriteOffOnly(head)) return head + part.text;
    if (!namesTarget(part.text)) continue;
    // The head asks something (it has a verb of ours): a name may open it ("jane doe w/o $40 and …").
    if (findPatientMention(head, { namesAtStart: false, namesBeforeRequest: true }) === null) return text;
    return head.replace(/[\s,;.!?]*(?:and|also|plus|then)?\s*$/i, '');
  }
  return text;
}
