import { amountInvalid, type Blocker, blocker } from '../blockers.ts';
import { isoDay } from '../calendar-day.ts';
import { formatCents } from '../money.ts';
import {
  cleanNote,
  noteSaysSomething,
  reasonNeedsNote,
  type WriteOffReason,
  writeOffReasonInfo,
} from '../reasons.ts';
import { can, WHO_GRANTS_ACCESS, withinLimit } from '../roles.ts';
import type { ActorFacts, AmountInput, ChargeFacts } from './facts.ts';

export interface WriteOffCheck {
  readonly amount?: AmountInput;
  /** undefined: not asked yet (a "why" question); null: the biller left it empty. */
  readonly reason?: WriteOffReason | null;
  readonly note?: string | null;
  /**
   * The outstanding the form showed when "all" was confirmed. When the PR changed since (a
   * payment, a remittance, someone else's write-off), nothing is written: BALANCE_CHANGED.
   */
  readonly shownOutstandingCents?: number;
  /**
   * What this user already wrote off for the same patient in the last 24 hours (write-offs since
   * undone do not count). The limit applies to that plus this amount, so it cannot be split.
   */
  readonly recentWriteOffCents?: number;
}

/**
 * Everything that stands in the way of writing off PR on one charge, most fundamental first.
 * The same function answers the modal, the CLI and "why can't I write off …?".
 */
export function checkWriteOff(charge: ChargeFacts, check: WriteOffCheck, actor: ActorFacts): Blocker[] {
  if (!can(actor.role, 'write_off')) return [notAuthorizedToWriteOff()];
  const stateBlocker = writeOffStateBlocker(charge);
  if (stateBlocker) return [stateBlocker];
  const changed = balanceChanged(charge, check.shownOutstandingCents);
  if (changed) return [changed];
  const blockers: Blocker[] = [];
  const amountBlocker = writeOffAmountBlocker(charge, check.amount);
  if (amountBlocker) blockers.push(amountBlocker);
  blockers.push(...reasonBlockers(check.reason, check.note));
  const recentCents = check.recentWriteOffCents ?? 0;
  if (
    !amountBlocker &&
    check.amount?.ok &&
    actor.limitCents !== null &&
    !withinLimit(actor.limitCents, check.amount.cents + recentCents)
  ) {
    blockers.push(overLimit(check.amount.cents, recentCents, actor.limitCents, charge));
  }
  return blockers;
}

export function notAuthorizedToWriteOff(): Blocker {
  return blocker(
    'NOT_AUTHORIZED',
    'You do not have a role that may write off patient responsibility.',
    `Ask ${WHO_GRANTS_ACCESS}.`,
    'ask_admin',
  );
}

/** Why a charge with nothing outstanding cannot be written off, or null when there is PR left. */
export function writeOffStateBlocker(charge: ChargeFacts): Blocker | null {
  const { totals } = charge;
  if (totals.status === 'cancelled') {
    return blocker(
      'PR_CANCELLED',
      'This PR was cancelled, so there is nothing left to write off.',
      'If the PR is really owed, post it again as a new charge; cancelled PR cannot be written off.',
      'none',
      'charge',
    );
  }
  if (totals.status === 'written_off') {
    const last = charge.lastWriteOff;
    const who = last ? ` by ${last.actor} on ${isoDay(last.createdAt)}` : '';
    return blocker(
      'NOTHING_OUTSTANDING',
      `This PR was already written off${who}, so nothing is outstanding.`,
      'To change it, undo that write-off first, then write off the amount you want.',
      'undo_write_off',
      'charge',
      last?.actor,
    );
  }
  if (totals.status === 'paid') {
    return blocker(
      'PR_PAID',
      `This PR is already paid (${formatCents(totals.paidCents)} received), so nothing is outstanding.`,
      'Refund the payment first; the PR then re-opens and can be written off.',
      'refund_payment',
      'charge',
    );
  }
  return null;
}

/** What is applied is never more (nor other) than the form showed (DOMAIN section 3). */
function balanceChanged(charge: ChargeFacts, shownCents: number | undefined): Blocker | null {
  const nowCents = charge.totals.outstandingCents;
  if (shownCents === undefined || shownCents === nowCents) return null;
  return balanceChangedBlocker({ shownCents, nowCents, chargeCount: charge.chargeCount ?? 1 });
}

/**
 * The most charges one write-off spreads over. The form offers a spread over the oldest this many
 * open charges at most, and the ledger refuses a longer list.
 */
export const MAX_SPREAD_CHARGES = 100;

/** A charge as a form showed it: the figure the biller saw and confirmed. */
export interface ShownCharge {
  readonly chargeId: number;
  readonly outstandingCents: number;
}

/**
 * BALANCE_CHANGED for one charge or a spread: the outstanding now differs from what the form
 * showed. Equal totals can still hide a change on a spread (one charge up, another down).
 */
export function balanceChangedBlocker(figures: {
  readonly shownCents: number;
  readonly nowCents: number;
  readonly chargeCount: number;
}): Blocker {
  const { shownCents, nowCents, chargeCount } = figures;
  const where = chargeCount > 1 ? `across these ${chargeCount} charges` : 'on this charge';
  const message =
    shownCents === nowCents
      ? `The outstanding PR changed on some of these ${chargeCount} charges since the form showed them, so nothing was written off.`
      : `The outstanding PR ${where} is now ${formatCents(nowCents)}, not the ${formatCents(shownCents)} shown, so nothing was written off.`;
  return blocker(
    'BALANCE_CHANGED',
    message,
    `Review the new figure of ${formatCents(nowCents)} and confirm again.`,
    'fix_amount',
    'amount',
  );
}

/**
 * BALANCE_CHANGED when the form's figures for the confirmed choice are not known (the charge was
 * changed and confirmed before the form caught up): nothing is written until the biller sees it.
 */
export function shownFiguresOutOfDate(nowCents: number): Blocker {
  return blocker(
    'BALANCE_CHANGED',
    'The figures on this form were out of date when it was confirmed, so nothing was written off.',
    `Review the figure of ${formatCents(nowCents)} and confirm again.`,
    'fix_amount',
    'amount',
  );
}

/** True when any charge's outstanding differs from what the form showed for it. */
export function shownChargesChanged(
  shown: readonly ShownCharge[],
  nowCents: (chargeId: number) => number,
): boolean {
  return shown.some((pin) => nowCents(pin.chargeId) !== pin.outstandingCents);
}

function writeOffAmountBlocker(charge: ChargeFacts, amount: AmountInput): Blocker | null {
  if (amount === undefined) return null;
  if (!amount.ok) return amountInvalid(amount.message);
  const { outstandingCents } = charge.totals;
  if (amount.cents <= outstandingCents) return null;
  return blocker(
    'AMOUNT_EXCEEDS_OUTSTANDING',
    `At most ${formatCents(outstandingCents)} can be written off ${onWhat(charge)}${alreadyCovered(charge)}.`,
    `Enter ${formatCents(outstandingCents)} or less, or "all" for everything outstanding.`,
    'fix_amount',
    'amount',
  );
}

/**
 * What already took the PR down, so "at most $X" adds up: "($100.00 of it was already paid)",
 * "($50.50 of it was already written off)", or both.
 */
function alreadyCovered(charge: ChargeFacts): string {
  const { paidCents, writtenOffCents } = charge.totals;
  const parts = [
    paidCents > 0 ? `${formatCents(paidCents)} of it was already paid` : null,
    writtenOffCents > 0
      ? `${formatCents(writtenOffCents)} ${paidCents > 0 ? '' : 'of it '}was already written off`
      : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? ` (${parts.join(' and ')})` : '';
}

/** Reason and note rules, shared by single write-offs and batches. */
export function reasonBlockers(
  reason: WriteOffReason | null | undefined,
  note: string | null | undefined,
): Blocker[] {
  if (reason === undefined) return [];
  if (reason === null) {
    return [
      blocker(
        'REASON_REQUIRED',
        'A write-off needs a reason.',
        'Choose a reason from the list.',
        'fix_reason',
        'reason',
      ),
    ];
  }
  // "." or "-" is no more a note than an empty field: the note is the record an auditor reads.
  if (reasonNeedsNote(reason) && !noteSaysSomething(note)) {
    const info = writeOffReasonInfo(reason);
    // A note was given but says nothing ("x", "-"): told as missing, it reads as if it was lost.
    const thin = cleanNote(note) === null ? '' : '; the note given is too short to be that record';
    return [
      blocker(
        'NOTE_REQUIRED',
        `"${info.label}" needs a note with ${info.noteHint}${thin}.`,
        `Add a note with ${info.noteHint}; it is the record an auditor will read.`,
        'fix_reason',
        'note',
      ),
    ];
  }
  return [];
}

/** Whether a write-off refused with OVER_LIMIT can go to a billing manager or admin for approval. */
export function canRequestApproval(charge: ChargeFacts): boolean {
  // An approval names one charge and one amount; a spread over several would need a list.
  return (charge.chargeCount ?? 1) === 1;
}

function overLimit(
  amountCents: number,
  recentCents: number,
  limitCents: number,
  charge: ChargeFacts,
): Blocker {
  // With earlier write-offs it is the total that is over, often not this amount alone ($5 after $150).
  const message =
    recentCents > 0
      ? `With the ${formatCents(recentCents)} you wrote off for this patient in the last 24 hours, this ${formatCents(amountCents)} makes ${formatCents(amountCents + recentCents)}, above your write-off limit of ${formatCents(limitCents)} per patient per 24 hours.`
      : `${formatCents(amountCents)} is above your write-off limit of ${formatCents(limitCents)} per patient per 24 hours.`;
  if (!canRequestApproval(charge)) {
    return blocker(
      'OVER_LIMIT',
      message,
      'Write off one charge at a time to send it for approval, or ask a billing manager or admin to do it.',
      'ask_admin',
      'amount',
    );
  }
  return blocker(
    'OVER_LIMIT',
    message,
    'Submitting sends it to a billing manager or admin for approval; nothing is written off until one of them approves.',
    'request_approval',
    'amount',
  );
}

function onWhat(charge: ChargeFacts): string {
  const count = charge.chargeCount ?? 1;
  return count > 1 ? `across these ${count} charges` : 'on this charge';
}
