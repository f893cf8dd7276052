/**
 * "what's the difference between undoing a write-off and refunding a payment?": two ways a balance
 * goes back up, set side by side. The refund article compares a refund with a write-off, not with
 * its undo, so the answer leads with both: what each takes back, what moves, and who may do it
 * (DOMAIN sections 3 and 4).
 */

const COMPARED =
  /\bdiff(?:erence|erent|er)?\b|\bvs\.?\b|\bversus\b|\bcompare\w*|\bsame (?:thing|as)\b|\bor\b/i;
const UNDO = /\bundo\w*|\bun-do\b|\brevers\w*|\brevert\w*/i;
const REFUND = /\brefund\w*/i;

/** Whether the question compares undoing a write-off with refunding a payment. */
export function comparesUndoAndRefund(question: string): boolean {
  return COMPARED.test(question) && UNDO.test(question) && REFUND.test(question);
}

/** Each action explained, to lead the answer. */
export function undoRefundLead(question: string): string | undefined {
  if (!comparesUndoAndRefund(question)) return undefined;
  return (
    'They take back different things.\n' +
    '• _Undoing a write-off_ takes back a write-off: the PR it removed is owed again, exactly as before, and no ' +
    'money moves. The person who made the write-off, or a billing manager or admin, can undo it, once.\n' +
    '• _Refunding a payment_ gives money the patient paid back to them: the amount refunded is owed again too, ' +
    'until it is written off or cancelled. Only billing managers and admins refund, and the money itself is paid ' +
    'back outside the app.\n' +
    'Both leave the original entry on the record beside the one that takes it back.'
  );
}
