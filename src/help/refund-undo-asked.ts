/**
 * "can I undo a refund?", "I refunded the wrong payment, how do I reverse it?": a refund asked back.
 * Only a write-off has an undo (DOMAIN section 2: the ledger's reversal entry takes back a
 * write-off, and nothing takes back a refund), so a refund stays. Read by its words, the question
 * got the refund's steps, which say nothing of whether it can be taken back.
 */

const REFUND = /\brefund\w*/i;
// Back: "undo", "reverse", "take back", "cancel the refund", "un-refund".
const BACK =
  /\bundo\w*|\bun-do\b|\bundone\b|\bun-?refund\w*|\brevers\w*|\brevert\w*|\brecall\w*|\b(?:take|taking|took|get|getting|bring|put)\s+(?:\S+\s+){0,3}?back\b|\bcancel\w*\s+(?:a|the|that|this|my|her|his)\s+refund\b/i;
// A write-off named too is a comparison or a write-off's undo (undo-refund-compared.ts).
const WRITE_OFF = /\bwrit\w*[\s-]*offs?\b|\bw\/o\b|\bwriteoffs?\b/i;
// The patient paying back what was refunded, or money "back" to the patient, is the refund itself.
const MONEY_BACK = /\b(?:money|payment|it)\s+back\s+to\b|\bback to (?:the )?(?:patient|her|him|them)\b/i;

/** Whether the question asks whether, or how, a refund can be taken back. */
export function asksToUndoRefund(question: string): boolean {
  return (
    REFUND.test(question) && BACK.test(question) && !WRITE_OFF.test(question) && !MONEY_BACK.test(question)
  );
}

/** That a refund cannot be undone, and what to do instead, to lead the answer. */
export function refundUndoLead(question: string): string | undefined {
  if (!asksToUndoRefund(question)) return undefined;
  return (
    'No: a refund cannot be undone in the app. Only a write-off has an undo; the refund stays on the record beside ' +
    'the payment it came out of, with who made it, and what it refunded is owed again. If money was refunded by ' +
    'mistake and the patient pays it back, that comes in as a new payment, which brings what they owe down again. ' +
    'So check the payment and the amount before confirming a refund.'
  );
}
