/**
 * "if I cancel the PR can I bring it back later?", "how do I undo a cancel?", "I cancelled the
 * wrong charge, can it be reversed?": a cancel asked back. Only a write-off has an undo (DOMAIN
 * section 3: the ledger has a reversal for write-offs and none for cancellations), so a cancel is
 * final in the app. Read by its words ("bring back"), the question got the undo article, which
 * says every write-off can be undone and reads as if a cancel could be too.
 */

import { formatCents } from '../domain/money.ts';

const CANCEL = /\bcancel\w*|\bvoid\w*/i;
// Back: "bring it back", "undo", "reverse", "restore", "un-cancel", "reinstate", "put it back".
const BACK =
  /\bundo\w*|\bun-do\b|\bundone\b|\bun-?cancel\w*|\brevers\w*|\brevert\w*|\brestor\w*|\breinstat\w*|\brecover\w*|\b(?:bring|brings|bringing|brought|put|puts|putting|get|gets|getting|take|taking|add|adding)\s+(?:\S+\s+){0,4}?back\b|\bcome back\b|\bpermanent\w*|\bfinal\b|\bfor good\b|\bcan'?t be undone\b/i;
// A write-off or a refund "cancelled" is that action's own undo or question.
const OTHER_ACTION =
  /\bwrit\w*[\s-]*offs?\b|\bwrote\s+(?:\S+\s+){0,3}?off\b|\bw\/o(?:'?d)?\b|\bwriteoffs?\b|\brefund\w*|\bbatch\w*|\brequest\w*|\bapprov\w*/i;

/** Whether the question asks whether, or how, a cancel of PR can be taken back. */
export function asksToUndoCancel(question: string): boolean {
  return CANCEL.test(question) && BACK.test(question) && !OTHER_ACTION.test(question);
}

/** That a cancel cannot be undone, and what to do instead, to lead the answer. */
export function cancelUndoLead(question: string): string | undefined {
  if (!asksToUndoCancel(question)) return undefined;
  return (
    'No: a cancel cannot be undone in the app. Only a write-off has an undo; cancelled PR stays erased, and the ' +
    "cancel stays on the record with who did it. If the patient owes it after all, it has to come in again from the practice's " +
    'billing system as new PR. So cancel only PR that was wrong; PR that was right but will not be collected is ' +
    'written off, and a write-off can be undone.'
  );
}

/**
 * "can I undo the cancellation on Janet Doe's estimate?": the patient's cancelled charge, told as
 * the ledger has it, and that a cancel has no undo (cancelUndoLead); undefined when the question
 * asks no cancel back or the patient has no cancelled PR.
 */
export function cancelledChargeFinding(
  question: string,
  patientName: string,
  cancelled: readonly { readonly cancelledCents: number; readonly outstandingCents: number }[],
): string | undefined {
  if (!asksToUndoCancel(question)) return undefined;
  const [charge] = cancelled;
  if (!charge) return undefined;
  const left =
    charge.outstandingCents > 0 ? ` ${formatCents(charge.outstandingCents)} is still outstanding on it.` : '';
  return (
    `${formatCents(charge.cancelledCents)} of PR on this charge of ${patientName}'s was cancelled.${left} ` +
    'A cancel cannot be undone in the app: only a write-off has an undo, and the cancel stays on the record with who did it. ' +
    "If the PR was right after all, have it assessed again and posted as new PR from the practice's billing system; " +
    'once it is there, it can be collected or written off like any other PR.'
  );
}
