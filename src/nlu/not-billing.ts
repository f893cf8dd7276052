/**
 * Whether the text is about something other than our billing: an appointment, a meeting, an order
 * ("cancel her appointment", "void the lunch order"). An appointment told as the story of why a PR
 * was wrong is billing still: "the PR on Omar Haddad's account shouldn't be there - he was never
 * seen, the appointment was a no-show" asks a cancel; read as about the appointment, it asked nothing.
 */

const OTHER_THING = /\b(?:appointment|appt|meeting|booking|subscription|order|reservation|lunch)\b/;

const APPOINTMENT = `(?:appointments?|appts?|visits?)`;
// The appointment that did not happen: "the appointment was a no-show", "she missed the appt", "a
// no-show appointment", "he never showed up for his appointment", "the appt never happened".
const APPOINTMENT_NOT_KEPT = new RegExp(
  String.raw`\b(?:the|her|his|their|that|this|an?) ${APPOINTMENT} (?:was|were|is|got|had been) (?:(?:marked|recorded|logged) (?:as )?)?(?:an? )?(?:no[\s-]?shows?|missed|never (?:kept|attended|happened))\b` +
    String.raw`|\b${APPOINTMENT} (?:never happened|didn'?t happen|did not happen)\b` +
    String.raw`|\b(?:missed|no[\s-]?show(?:ed)?|skipped|never (?:came to|showed(?: up)? (?:to|for)|made it to|attended)|didn'?t (?:come to|show(?: up)? (?:to|for)|make it to|attend)) (?:the|her|his|their|that|this|an?) ${APPOINTMENT}\b` +
    String.raw`|\bno[\s-]?show ${APPOINTMENT}\b`,
  'g',
);

/** The text is about an appointment, a meeting or an order, not a PR (one not kept is set aside). */
export function isNotBilling(lower: string): boolean {
  if (!OTHER_THING.test(lower)) return false;
  return OTHER_THING.test(lower.replace(APPOINTMENT_NOT_KEPT, ' '));
}
