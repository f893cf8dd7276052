/**
 * "Should I write off María García's ultrasound as hardship or cancel it?", "cancel Tom Baker's
 * estimate or just write it off?": two actions weighed against each other on one charge. The
 * answer is about the action asked first; the other one is weighed by the same rules and told
 * beside it, so that a cancel blocked by a payment does not hide a write-off that is allowed, or
 * the other way round.
 */

import type { Blocker } from '../domain/blockers.ts';
import { formatCents } from '../domain/money.ts';
import type { BlockedAction } from './blocker-topics.ts';

const WRITE_OFF =
  /\bwrit\w*[\s-]*(?:it\s+|them\s+|this\s+|that\s+)?off\b|\bw\/o\b|\bwriteoffs?\b|\bwrote\s+(?:\S+\s+)?off\b/i;
const CANCEL = /\bcancel(?:s|l?ing|l?ed)?\b/i;
// Set against each other: "… or cancel it", "cancel or write off", "which one", "versus".
const CHOICE =
  /\bor\b|\bvs\.?\b|\bversus\b|\binstead\b|\bwhich (?:one|is (?:better|right))\b|\brather than\b/i;

/** The other action a question weighs against the one it is answered for, if it does. */
export function otherActionWeighed(question: string, action: BlockedAction): BlockedAction | null {
  if (!CHOICE.test(question)) return null;
  // "a cancelled charge" is a state, not an action weighed.
  const text = question.replace(/\bcancel+ed\s+(?:pr|charges?|balances?|visits?|estimates?)\b/gi, ' ');
  if (action === 'write_off' && CANCEL.test(text)) return 'cancel_pr';
  if (action === 'cancel_pr' && WRITE_OFF.test(text)) return 'write_off';
  return null;
}

/**
 * What the rules say of the other action on the same charge, in one or two sentences: what stands
 * in its way with the next step, or that it is allowed (a cancel only if the PR was wrong).
 */
export function otherActionLine(
  other: BlockedAction,
  blockers: readonly Blocker[],
  outstandingCents: number,
  reasonNote?: string,
): string {
  const [first] = blockers;
  if (other === 'cancel_pr') {
    if (first)
      return `Cancelling its PR instead is not possible now: ${first.message} Next: ${first.nextStep}`;
    return (
      `Cancelling its PR instead is allowed too, but only if the PR was wrong (entered in error, a duplicate or ` +
      'the wrong amount); PR that was right but will not be collected is written off.'
    );
  }
  if (first) return `Writing it off instead is not possible now: ${first.message} Next: ${first.nextStep}`;
  const note = reasonNote ? ` ${reasonNote}` : '';
  return `Writing off the ${formatCents(outstandingCents)} outstanding instead is allowed, if the PR was right but will not be collected.${note}`;
}
