/**
 * "Who is able to see the audit trail of write-offs and refunds?": who may see the reports and the
 * audit log. Billing managers and admins see the reports; the audit log is exported from the
 * command line (DOMAIN sections 4 and 6). The limits article's section on reports says so; read by
 * its words ("refunds"), the question went to the refund article.
 *
 * "how do I find out which staff member wrote off a balance?", "can I see who cancelled that PR?":
 * who did something, asked in general. Every entry keeps its actor (DOMAIN section 1), which the
 * audit log and the report by user show; read by its words ("balance"), the question got the
 * look-up article, which never says who did what.
 */

// The audit trail named: "audit trail", "audit log", "audit history".
const AUDIT_TRAIL = /\baudit[\s-]?(?:trail|trails|log|logs|history|records?|report)\b/i;
// Who may see a report: "who can see the reports", "who has access to the write-off report".
const REPORT_ACCESS =
  /\bwho\b[^.?!]{0,30}?\b(?:see|view|access|read|open|pull|run|export|get)\b[^.?!]{0,30}?\breports?\b/i;

/** Whether the question asks about the audit trail, or who may see the reports. */
export function asksAboutReportsAccess(question: string): boolean {
  return AUDIT_TRAIL.test(question) || REPORT_ACCESS.test(question);
}

// A person asked of: "which staff member", "what user", "who on our team".
const WHICH_PERSON =
  /\bwho\s+(?:on|in|from|at)\s+(?:our|the|my|this)\s+(?:team|staff|office|practice)\b|\b(?:which|what)\s+(?:staff(?:\s+member)?|staffer|users?|person|people|biller|employee|coworker|co-worker|colleague|team member|one of us|member of (?:the |our )?(?:staff|team))\b/i;
// Something done, in the past: "wrote off", "did the write-off", "cancelled", "refunded".
const DONE =
  /\b(?:wrote|written|did|done|made|approved|rejected|refunded|cancell?ed|undid|undone|reversed|voided|changed|gave|applied|posted|entered)\b/i;
// "find out who", "see who", "track who", "know who", "who did this", "who wrote it off".
const WHO_DID =
  /\b(?:find out|see|check|tell|know|track|trace|look up|figure out|show(?: me)?|report(?: on)?)\s+who\b|^\s*who\s+(?:\S+\s+){0,2}?(?:wrote|did|made|approved|rejected|refunded|cancell?ed|undid|reversed|voided|changed|gave|applied)\b/i;

// Who may do it is the roles' question ("who in our office is allowed to approve write-offs?").
const MAY = /\bwho\b[^.?!]{0,30}?\b(?:allowed|can|may|able|permitted|should|supposed)\b/i;

/** Whether the question asks, with no patient, who did something in the app. */
export function asksWhoDidIt(question: string): boolean {
  if (MAY.test(question)) return false;
  return (WHICH_PERSON.test(question) && DONE.test(question)) || WHO_DID.test(question);
}

/** Where who did what is kept, to lead the answer. */
export function whoDidItLead(question: string): string | undefined {
  if (!asksWhoDidIt(question)) return undefined;
  return (
    'Every write-off, undo, refund, cancel and approval keeps who did it and when. Ask about the patient ' +
    '("who wrote off Jane Doe\'s balance?") and the answer names who did it; billing managers and admins see ' +
    "everyone's actions in the audit log, and the month's write-offs by person in `/billing report`."
  );
}
