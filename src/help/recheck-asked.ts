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

// Checked again, asked in so many words: "does it check again when my manager approves?", "do
// approvals get rechecked?", "is it re-validated at approval?".
const CHECKED_AGAIN =
  /\bre-?check\w*|\bcheck(?:s|ed|ing)?\s+(?:\S+\s+){0,3}?again\b|\bre-?validat\w*|\bre-?verif\w*|\bre-?evaluat\w*|\bre-?appl(?:y|ies|ied) the rules\b/i;
// The charge changing before the decision: "what if the balance changes before approval?".
const BEFORE_APPROVAL =
  /\bbefore (?:the |my |her |his |it'?s? |its |an? )?(?:approv\w*|manager|decision|it (?:is|gets|was) (?:approved|decided))|\bsince (?:my|the) request\b|\bafter (?:i|we) (?:requested|asked|sent|submitted)\b/i;

/** Whether the question asks what an approval does when the charge changed while it waited. */
export function asksApprovalRecheck(question: string): boolean {
  const text = question.replace(/[’‘]/g, "'");
  if (!APPROVAL.test(text) && !/\brequest\w*/i.test(text)) return false;
  if (CHECKED_AGAIN.test(text)) return true;
  const changed = CHANGED.test(text) || /\bchanges?\b/i.test(text);
  return APPROVAL.test(text) && (WAITED.test(text) || BEFORE_APPROVAL.test(text)) && changed;
}

/**
 * The lead: yes, every write-off rule is checked again when the request is approved, and a rule
 * that refuses then is shown to the approver and the requester (DOMAIN section 3).
 */
export function recheckLead(question: string): string | undefined {
  if (!asksApprovalRecheck(question)) return undefined;
  const yes =
    /^\s*(?:do|does|did|is|are|will|would|can|could)\b/i.test(question) || CHECKED_AGAIN.test(question);
  return (
    `${yes ? 'Yes: when' : 'When'} a billing manager or admin approves, every write-off rule is checked again on the charge as it is then. ` +
    'If one refuses now (the balance changed, the charge was paid, written off or cancelled), its blocker is shown to the approver and the requester, and nothing is written off; the requester can ask again for what is left.'
  );
}
