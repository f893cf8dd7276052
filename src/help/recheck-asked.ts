/**
 * "While my write-off was waiting for approval the patient paid part of it. What happens when the
 * manager approves?": something changed on the charge while a request waited. Every write-off rule
 * is checked again at approval time (DOMAIN section 3), which the limits article's section on
 * approving says; read by its words ("waiting for approval"), the question got the section on
 * going over the limit, which never says it.
 */

// An approval asked about: "approves", "approval", "approved".
const APPROVAL = /\bapprov\w*/i;
// A request that waited: "waiting for approval", "pending", "before it was approved".
const WAITED =
  /\b(?:while|meanwhile|in the mean ?time|pending|waiting|waited|sitting|sat)\b|\bbefore (?:it|the request|my request|the write-?off|they|the manager|anyone|someone|she|he) (?:was |got |is |gets |could |can |had )?(?:approved|approve[sd]?|decided|signed off)\b|\bsince (?:it|the request|my request|the write-?off|i) (?:went|was sent|got sent|was submitted|submitted|sent|asked)\b/i;
// What may have changed on the charge in that time.
const CHANGED =
  /\b(?:paid|pays|paying|payment|payments|written off|wrote off|writes off|refunded|cancel+ed|changed|came in|comes in)\b/i;

/** Whether the question asks what an approval does when the charge changed while it waited. */
export function asksApprovalRecheck(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  return APPROVAL.test(text) && WAITED.test(text) && CHANGED.test(text);
}
