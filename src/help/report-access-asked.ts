/**
 * "Who is able to see the audit trail of write-offs and refunds?": who may see the reports and the
 * audit log. Billing managers and admins see the reports; the audit log is exported from the
 * command line (DOMAIN sections 4 and 6). The limits article's section on reports says so; read by
 * its words ("refunds"), the question went to the refund article.
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
