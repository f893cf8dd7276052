/**
 * "I'm a billing manager, can I approve my own write-off request?", "can an admin sign off on
 * their own request?": whether the one who asked for a write-off may decide it. Nobody may, whatever
 * their role (DOMAIN section 3, SELF_APPROVAL): the answer says no first, and who decides instead.
 * Searched by its words, the question got the role's limit ("a billing manager has no limit"),
 * which never says no.
 */

// Deciding one's own request: "approve my own", "sign off on their own", "approve it myself",
// "reject my own request", "self-approve". Not "approval for my own write-offs" (the limit).
const OWN_DECISION =
  /\b(?:approv(?:e|es|ing)|reject(?:s|ing)?|decid(?:e|es|ing)|sign(?:ing)?[\s-]?off(?: on)?)\b(?:\s+[\w$,.'’-]+){0,6}?\s+(?:(?:my|their|his|her|your|our) own\b|(?:myself|yourself|themselves|himself|herself|ourselves)\b)|\bself[\s-]?approv\w*/i;

/** Whether the question asks if the requester may decide their own write-off request. */
export function asksToApproveOwn(question: string): boolean {
  return OWN_DECISION.test(question);
}

/** The answer's first line: no, with who decides instead. */
export function selfApprovalLead(question: string): string | undefined {
  if (!asksToApproveOwn(question)) return undefined;
  return 'No: nobody can approve or reject their own write-off request, whatever their role, a billing manager or admin included (SELF_APPROVAL). Another billing manager or admin decides it.';
}
