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

/** Where a charge's PR came from, as the verdict names it. */
const SOURCE_WORDS: Readonly<Record<string, string>> = {
  self_pay: 'self-pay PR',
  placeholder: 'an estimate collected at the visit',
  custom: 'PR entered by staff',
};

// The PR told to have been wrong: "entered in error", "by mistake", "duplicate", "wrong amount",
// "shouldn't have charged", "never should have been billed".
const PR_WRONG =
  /\b(?:wrong|mistake\w*|mistaken\w*|in error|error|erroneous\w*|duplicat\w*|twice|double[\s-]?(?:billed|charged|entered)|typo|incorrect\w*|should(?:n't| not)|never should|not supposed)\b/i;

/** What a charge's PR stands at for the verdict: where it came from and what is outstanding. */
export interface WeighedCharge {
  readonly prSource: string;
  readonly outstandingCents: number;
}

/**
 * "write off or cancel?" on one charge, decided for it (DOMAIN section 3): remittance PR cannot be
 * cancelled (REMITTANCE_PR), so a write-off leads; paid PR is refunded first; PR already written
 * off is undone first; self-pay, estimate or staff PR that was wrong is cancelled, and PR that was
 * right but will not be collected is written off. One sentence that leads the answer, the one that
 * applies first.
 */
export function eitherVerdict(
  question: string,
  charge: WeighedCharge,
  writeOff: readonly Blocker[],
  cancel: readonly Blocker[],
): string {
  const codes = new Set([...writeOff, ...cancel].map((b) => b.code));
  if (codes.has('PR_CANCELLED'))
    return 'Neither: this PR was already cancelled, so there is nothing left to write off or cancel.';
  if (codes.has('PR_PAID') || codes.has('HAS_PAYMENTS')) {
    const then = codes.has('REMITTANCE_PR')
      ? 'then write it off (PR from an insurance remittance can never be cancelled)'
      : 'then cancel it if the PR was wrong, or write it off if it was right but will not be collected';
    return `Refund first: a payment is applied to this charge, so neither a write-off nor a cancel can be done yet. Refund the payment, ${then}.`;
  }
  if (codes.has('REMITTANCE_PR')) {
    return writeOff.length === 0
      ? `Write it off: this PR came from an insurance remittance, so it cannot be cancelled (REMITTANCE_PR). Writing off the ${formatCents(charge.outstandingCents)} outstanding is allowed; if the payer made a mistake, post a corrected remittance instead.`
      : `Write it off, not cancel: this PR came from an insurance remittance, so it cannot be cancelled (REMITTANCE_PR); what stands in the way of the write-off is below.`;
  }
  if (codes.has('NOTHING_OUTSTANDING') || codes.has('HAS_WRITE_OFFS'))
    return 'Undo first: this PR is already written off. If it was right, leave it; if it was wrong, undo the write-off, then cancel it.';
  const source = SOURCE_WORDS[charge.prSource] ?? 'PR that is not from a remittance';
  if (PR_WRONG.test(question.replace(/[’‘]/g, "'")))
    return `Cancel it: the PR was wrong, and this is ${source}, which can be cancelled (entered in error, a duplicate or the wrong amount). A write-off is for PR that was right but will not be collected.`;
  return `Cancel it if the PR was wrong (entered in error, a duplicate or the wrong amount); write it off if it was right but will not be collected. This is ${source}, so either is possible.`;
}
