/**
 * "can I write off a charge that's partly paid?", "the patient paid some of it, can I write off the
 * rest?": whether a charge with payments on it can still be written off. It can, up to what is
 * still outstanding on it (DOMAIN section 3, AMOUNT_EXCEEDS_OUTSTANDING: more is refused, with
 * how much was paid); the payments stay. Searched by its words, the question got the sections on
 * spreading over charges and on confirming at the same moment, which never say so. Only a
 * write-off asked is read this way, and not a refusal ("why can't I write off more than $55?").
 */
import { actionAsked } from './action-asked.ts';
import { asksWhyRefused } from './refusal-asked.ts';

// A charge paid in part: "partly paid", "partially-paid", "paid some of it", "paid half", "made a
// payment on it", "after a partial payment", "a payment plan she's been paying on".
const PARTLY_PAID =
  /\b(?:partly|partially|part|half)[\s-]?paid\b|\bpaid (?:some|part|half|a (?:bit|portion|part|little)|a piece|only part)\b|\b(?:made|make|making|has|had|got|received|posted) (?:a |one |some |two |a few )?(?:small |partial )?payments? (?:on|toward|towards|against) (?:it|this|that|the|a|her|his|their)\b|\bpartial payments?\b|\bpaid down\b/i;

const WRITE_OFF = /\bwrit\w*[\s-]*off|\bwrote off\b|\bw\/o\b|\bwriteoffs?\b|\bwaiv\w*|\badjust\w* off\b/i;

/** Whether the question asks about writing off a charge the patient has paid part of. */
export function asksToWriteOffPartlyPaid(question: string): boolean {
  return (
    PARTLY_PAID.test(question) &&
    WRITE_OFF.test(question) &&
    actionAsked(question) === 'write_off' &&
    !asksWhyRefused(question)
  );
}

// Asked whether it can be done ("can I …?", "is it possible …"), which "Yes" answers first.
const YES_NO =
  /^\s*(?:can|could|may|is|are|am|do|does|should)\b|\b(?:is it|it'?s) (?:possible|ok(?:ay)?|allowed)\b|\b(?:allowed|able) to\b|\b(?:can|could|may) (?:i|we|you)\b/i;

/**
 * The answer's first line when it asks whether it can be done: yes, up to what is outstanding, and
 * what the form says of more. Asked how, the section on part (and the steps) say it already.
 */
export function partlyPaidLead(question: string): string | undefined {
  if (!asksToWriteOffPartlyPaid(question) || !YES_NO.test(question)) return undefined;
  return 'Yes: a partly paid charge can be written off up to what is still outstanding on it; the payments stay. More is refused with "At most $X can be written off", which says how much was paid.';
}
