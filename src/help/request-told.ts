/**
 * What a question about a write-off tells of the request besides the amount to act on:
 *
 * - what the asker already wrote off for the patient ("I already wrote off $80 for Tom Baker
 *   today, can I write off another $40?"). The limit counts everything the user wrote off for the
 *   same patient in the last 24 hours, this write-off included (DOMAIN section 4), so $80 + $40 is
 *   weighed as $120, and the $80 is no amount to act on;
 * - that no note is given ("bad debt, no note"): a reason that needs a note is refused until one is
 *   added (NOTE_REQUIRED, DOMAIN section 3), the same refusal the form gives.
 */
import { amountAsked } from './charge-named.ts';

// "already wrote off $80", "I wrote off $80 earlier/today", "after writing off $80", "I've done $80
// for him today", "… and wrote off $60 earlier today", "already wrote off 60 today", "… $60 for him an
// hour ago": the amount, then
// (optionally) whose and when; a bare number only when the time follows it.
const WROTE_OFF_BEFORE =
  /\b(?:(?:already|just|previously|earlier)\s+(?:wrote|written|did|done)(?:\s+off)?|(?:i|i'?ve|i have|we)\s+(?:already\s+)?(?:wrote|written|did|done)(?:\s+off)?(?=\s+\$?\d[^.?!]{0,60}\b(?:today|earlier|this morning|this afternoon|yesterday|already|before|last night|(?:an?|\d+|a few|a couple(?: of)?|two|three)\s+(?:minutes?|mins?|hours?|hrs?)\s+ago)\b)|(?:and|but|i'?m\s+\w+\s+and)\s+(?:already\s+)?(?:wrote|written|did|done)(?:\s+off)?(?=\s+\$?\d[^.?!]{0,60}\b(?:today|earlier|this morning|this afternoon|yesterday|already|before|last night|(?:an?|\d+|a few|a couple(?: of)?|two|three)\s+(?:minutes?|mins?|hours?|hrs?)\s+ago)\b)|after\s+(?:writing|i wrote)\s+off)\s+(\$\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d\d)?\s*(?:dollars|bucks)\b|\d[\d,]*(?:\.\d\d)?(?=\s+(?:today|earlier|this morning|this afternoon|yesterday|already|before|last night|(?:an?|\d+|a few|a couple(?: of)?|two|three)\s+(?:minutes?|mins?|hours?|hrs?)\s+ago)\b))/i;

/** The amount the question says the asker already wrote off for the patient, in cents. */
export function writtenOffBeforeTold(question: string): number | undefined {
  const found = WROTE_OFF_BEFORE.exec(question.replace(/[’‘]/g, "'"));
  return found?.[1] === undefined ? undefined : amountAsked(found[1]);
}

/** The question without the amount it says was already written off: that is no amount to act on. */
export function withoutWrittenOffTold(question: string): string {
  const normal = question.replace(/[’‘]/g, "'");
  const found = WROTE_OFF_BEFORE.exec(normal);
  if (!found?.[1]) return question;
  const at = found.index + found[0].length - found[1].length;
  return `${normal.slice(0, at)} ${normal.slice(at + found[1].length)}`;
}

// "no note", "without a note", "didn't add a note", "left the note blank", "note is empty".
const NO_NOTE =
  /\b(?:no|without(?: an?| any)?|missing(?: the| an?)?|skip(?:ped|ping)?(?: the)?|forgot(?: to add)?(?: the| an?)?|(?:did ?n'?t|did not|don'?t|do not|not) (?:add|put|enter|write|leave|have|include)(?: in)?(?: an?| any| the)?)\s+notes?\b|\bnotes?\s+(?:is |was |left )?(?:blank|empty)\b|\bleft\s+the\s+note\s+(?:blank|empty)\b/i;

/** Whether the question says the write-off is to be done with no note. */
export function noNoteTold(question: string): boolean {
  return NO_NOTE.test(question.replace(/[’‘]/g, "'"));
}

// "without picking a reason", "no reason chosen", "didn't select a reason", "left the reason blank",
// "with no reason", "w/ no reason code", "skip the reason", "leave the reason off". Not "for no
// reason", which complains of the app, nor "no reason to …".
const NO_REASON =
  /\b(?:with|w\/|w)\s+no\s+(?:write[\s-]?off\s+)?reason(?:\s+code)?\b(?!\s+(?:to|why|for)\b)|\bskip(?:ped|ping)?\s+(?:the\s+)?reason\b|\bleav(?:e|ing)\s+(?:the\s+)?reason\s+(?:off|out|empty|blank)\b|\bno reason (?:code )?(?:at all|attached|on it)\b|\bwithout (?:(?:picking|choosing|selecting|giving|entering|setting|adding|putting in) )?(?:a |any |the )?reason\b|\bno reason (?:was |is |being )?(?:picked|chosen|selected|given|entered|set)\b|\b(?:did ?n'?t|did not|don'?t|do not|forgot to|never|not) (?:pick|choose|select|give|enter|set|add|put in)(?: an?| any| the)? reason\b|\breason (?:field |box )?(?:is |was |left )?(?:blank|empty)\b|\bleft (?:the )?reason (?:field |box )?(?:blank|empty)\b/i;

/** Whether the question says the write-off was tried with no reason chosen. */
export function noReasonTold(question: string): boolean {
  return NO_REASON.test(question.replace(/[’‘]/g, "'"));
}
