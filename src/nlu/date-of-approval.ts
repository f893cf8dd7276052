/**
 * A date tied to an approval or a talk about the account ("Per Linda's approval on 11/20", "Approved
 * by Dr. Marsh on 11/21", "ok'd by Dana 11/19", "spoke with her son on 11/18") says when someone
 * agreed or talked, not when the patient was seen. Read as the date of service, the form chose a
 * charge of that day, which may not exist or be another visit.
 */

// An approval or a conversation, then the date in the same clause: a title's point ("Dr. Marsh")
// does not end it.
const AGREED_OR_TALKED_BEFORE =
  /\b(?:approv(?:al|als|ed|es|e)|pre-?approv\w*|authori[sz](?:ation|ed)|ok'?d|okay'?e?d|signed off|sign[\s-]?off|green[\s-]?lit|greenlighted|called|phoned|spoke|spoken|talked|emailed|e-mailed|texted|messaged)\b[^,;.!?()]{0,40}$/;
// The same said after the date: "11/20 approval from Linda", "the 11/19 sign-off".
const AGREED_AFTER = /^(?:'s)?\s*(?:approval|authori[sz]ation|sign[\s-]?off|ok)\b/;
// A title's point, which is no sentence's end: "approved by Dr. Marsh on 11/21".
const TITLE_POINT = /\b(dr|mr|mrs|ms|mx|prof|st)\./g;

/** Whether the date between `before` and `after` is an approval's or a talk's (AGREED_OR_TALKED_BEFORE). */
export function isApprovalDate(before: string, after: string): boolean {
  return AGREED_OR_TALKED_BEFORE.test(before.replace(TITLE_POINT, '$1 ')) || AGREED_AFTER.test(after);
}
