/**
 * The figures of the charge a help answer is about, told with it: what is outstanding and paid
 * when nothing stands in the way, and, when the charge has no payment to refund, which of the
 * patient's charges has one (or that none has) instead of telling the biller to go and look.
 * Only the asker sees these answers (ephemeral or DM), as with the rest of a situation.
 */
import type { Blocker } from '../domain/blockers.ts';
import { formatCents } from '../domain/money.ts';
import type { ChargeView, PaymentView } from '../ledger/index.ts';
import type { BlockedAction } from './blocker-topics.ts';
import type { MissingCharge } from './charge-named.ts';

/** "$70.00 is outstanding; $50.00 was paid.": what the action asked about would work on. */
export function standingOf(charge: ChargeView, action: BlockedAction): string | undefined {
  if (action === 'refund_payment') return `${formatCents(charge.paidCents)} paid on it can be refunded.`;
  if (action === 'undo_write_off') return undefined;
  const paid = charge.paidCents > 0 ? `; ${formatCents(charge.paidCents)} was paid` : '';
  return `${formatCents(charge.outstandingCents)} is outstanding${paid}.`;
}

/**
 * "$65.00 of the $65.00 PR on this charge was written off.": told under a refusal that says the
 * charge was already written off (who and when), so that the biller also reads how much, when
 * that is what refuses the action (NOTHING_OUTSTANDING, HAS_WRITE_OFFS).
 */
export function writtenOffStanding(charge: ChargeView, blockers: readonly Blocker[]): string | undefined {
  if (charge.writtenOffCents <= 0) return undefined;
  const amount = formatCents(charge.writtenOffCents);
  // A message that says the amount already ("$50.00 of this PR is written off") needs no more.
  const byWriteOffs = blockers.filter((b) => b.code === 'NOTHING_OUTSTANDING' || b.code === 'HAS_WRITE_OFFS');
  if (byWriteOffs.length === 0 || byWriteOffs.some((b) => b.message.includes(amount))) return undefined;
  return `${amount} of the ${formatCents(charge.assessedCents)} PR on this charge was written off.`;
}

/**
 * The amount the articles' examples are shown with for this charge: what is outstanding, for a
 * write-off or a cancel, which act on what the patient owes; for a refund, what is left of the
 * charge's one payment (`refundable`, refundFigure). An undo's example names no amount.
 */
export function figureOf(
  charge: ChargeView,
  action: BlockedAction,
  refundable?: readonly PaymentView[],
): number | undefined {
  if (action === 'refund_payment') return refundFigure(refundable ?? []);
  return action === 'write_off' || action === 'cancel_pr' ? charge.outstandingCents : undefined;
}

/**
 * A refund's example amount: what is left of the payment, when the charge has one payment left to
 * refund. With several, any amount would be one payment's and read as the others', and with none
 * there is nothing to show: the example names no amount (0), never a made-up one beside a real
 * patient's name.
 */
export function refundFigure(payments: readonly PaymentView[]): number {
  const left = payments.map((p) => p.amountCents - p.refundedCents).filter((cents) => cents > 0);
  return left.length === 1 ? (left[0] as number) : 0;
}

/**
 * " $50.00 of the $150.00 paid was already refunded.": a refund made before, said beside what can
 * be refunded now, so that the biller does not refund it again or read it as never done.
 */
export function refundedBefore(payments: readonly PaymentView[]): string {
  const refunded = payments.reduce((sum, p) => sum + p.refundedCents, 0);
  if (refunded <= 0) return '';
  const paid = payments.reduce((sum, p) => sum + p.amountCents, 0);
  return ` ${formatCents(refunded)} of the ${formatCents(paid)} paid was already refunded.`;
}

/**
 * " María García owes $160.00 on 2 open charges in all.", when more is owed than on this charge;
 * when the question asks the total (`totalAsked`) and this charge is all of it, that is said.
 */
export function patientTotal(
  charge: ChargeView,
  patientCharges: readonly ChargeView[],
  totalAsked = false,
): string {
  const open = patientCharges.filter((c) => c.outstandingCents > 0);
  const total = open.reduce((sum, c) => sum + c.outstandingCents, 0);
  const charges = `${open.length} open charge${open.length === 1 ? '' : 's'}`;
  if (total > charge.outstandingCents)
    return ` ${charge.patientName} owes ${formatCents(total)} on ${charges} in all.`;
  return totalAsked && total > 0 ? ` That is all ${charge.patientName} owes.` : '';
}

/**
 * "$120.00 is outstanding on this charge; $80.00 was paid. María García owes $160.00 on 2 open
 * charges in all.": a charge's balance asked, with the patient's whole balance when more is owed.
 */
export function chargeBalance(charge: ChargeView, patientCharges: readonly ChargeView[]): string {
  const outstanding =
    charge.outstandingCents > 0
      ? `${formatCents(charge.outstandingCents)} is outstanding on this charge`
      : charge.status === 'cancelled'
        ? 'Nothing is outstanding on this charge: its PR was cancelled, so the patient owes nothing on it'
        : 'Nothing is outstanding on this charge';
  const paid = charge.paidCents > 0 ? `; ${formatCents(charge.paidCents)} was paid` : '';
  const writtenOff =
    charge.writtenOffCents > 0 ? `; ${formatCents(charge.writtenOffCents)} was written off` : '';
  return `${outstanding}${paid}${writtenOff}.${patientTotal(charge, patientCharges)}`;
}

/** NO_PAYMENT's next step, made exact with the patient's other charges. */
export function withRefundElsewhere(
  blockers: readonly Blocker[],
  charges: readonly ChargeView[],
  chosen: ChargeView,
): readonly Blocker[] {
  if (!blockers.some((b) => b.code === 'NO_PAYMENT')) return blockers;
  const withPayment = charges.filter((c) => c.id !== chosen.id && c.paidCents > 0);
  const newest = withPayment.at(-1);
  const nextStep = newest
    ? `${formatCents(newest.paidCents)} paid on ${newest.description} (${newest.dateOfService}) can be refunded${
        withPayment.length > 1
          ? `, and ${withPayment.length - 1} more of the patient's charges have payments`
          : ''
      }.`
    : 'No other charge of this patient has a payment left to refund either.';
  return blockers.map((b) => (b.code === 'NO_PAYMENT' ? { ...b, nextStep } : b));
}

/** At most this many other charges are named; the rest are counted. */
const MAX_NAMED = 2;
const ACTION_WORDS: Readonly<Record<BlockedAction, string>> = {
  write_off: 'written off',
  cancel_pr: 'cancelled',
  refund_payment: 'refunded',
  undo_write_off: 'undone',
};

/**
 * "It can be written off on Office visit 99213 (2026-10-02), $45.00 outstanding.": the patient's
 * other charges the action is allowed on, newest first; undefined when there are none.
 */
export async function allowedElsewhere(
  charges: readonly ChargeView[],
  chosen: ChargeView,
  action: BlockedAction,
  isAllowed: (charge: ChargeView) => Promise<boolean>,
): Promise<string | undefined> {
  if (action === 'undo_write_off') return undefined;
  const allowed: ChargeView[] = [];
  for (const charge of [...charges].reverse()) {
    if (charge.id !== chosen.id && (await isAllowed(charge))) allowed.push(charge);
  }
  if (allowed.length === 0) return undefined;
  const named = allowed.slice(0, MAX_NAMED).map((c) => {
    const figure =
      action === 'refund_payment'
        ? `${formatCents(c.paidCents)} paid`
        : `${formatCents(c.outstandingCents)} outstanding`;
    return `${c.description} (${c.dateOfService}), ${figure}`;
  });
  const more = allowed.length > MAX_NAMED ? `, and ${allowed.length - MAX_NAMED} more` : '';
  const total = action === 'refund_payment' ? '' : ` ${howMuchOfTheBalance(allowed, charges)}`;
  return `It can be ${ACTION_WORDS[action]} on the patient's other charges: ${named.join('; ')}${more}.${total}`;
}

/**
 * "That is all Jane Doe owes, $255.00.": how much of what the patient owes the charges the action
 * is allowed on hold, so that a refusal on one charge is not read as the whole balance refused.
 */
function howMuchOfTheBalance(allowed: readonly ChargeView[], charges: readonly ChargeView[]): string {
  const sum = (list: readonly ChargeView[]) => list.reduce((cents, c) => cents + c.outstandingCents, 0);
  const there = sum(allowed);
  const owed = sum(charges);
  const name = allowed[0]?.patientName ?? 'the patient';
  if (there <= 0) return '';
  return there >= owed
    ? `That is all ${name} owes, ${formatCents(owed)}.`
    : `That is ${formatCents(there)} of the ${formatCents(owed)} ${name} owes.`;
}

/** At most this many of the patient's charges are listed when the one asked about is not there. */
const MAX_LISTED = 4;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "Bob Smith has no colonoscopy charge. Bob Smith's charges: MRI knee 73721 (2026-08-12), $200.00
 * outstanding; …": the charge asked about is not there, and which are, newest first.
 */
export function missingChargeFinding(
  patientName: string,
  charges: readonly ChargeView[],
  missing: MissingCharge,
): string {
  const none =
    missing.kind === 'service'
      ? `${patientName} has no ${missing.word} charge.`
      : `${patientName} has no charge in ${MONTH_NAMES[missing.month - 1]}.`;
  const listed = [...charges]
    .reverse()
    .slice(0, MAX_LISTED)
    .map((c) => `${c.description} (${c.dateOfService}), ${statusFigure(c)}`);
  const more = charges.length > MAX_LISTED ? `, and ${charges.length - MAX_LISTED} more` : '';
  return `${none} ${patientName}'s charges: ${listed.join('; ')}${more}.`;
}

/** A charge's state in a few words: what is outstanding, or how it came to owe nothing. */
function statusFigure(charge: ChargeView): string {
  if (charge.outstandingCents > 0) return `${formatCents(charge.outstandingCents)} outstanding`;
  return charge.status === 'written_off' ? 'written off' : charge.status;
}
