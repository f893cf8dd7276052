/** Everything the refund modal shows: the patient's paid charges, their payments, the effect. */
import type { Database } from '../../db/client.ts';
import {
  type ActorFacts,
  checkRefund,
  formatCents,
  isAllAmount,
  isoDay,
  noPaymentToRefund,
  parseAmount,
  REFUND_REOPENS_PR,
} from '../../domain/index.ts';
import {
  type ChargeView,
  listCharges,
  listPayments,
  loadActor,
  type PaymentView,
} from '../../ledger/index.ts';
import {
  type ChargeChoice,
  chargeChoice,
  chargeName,
  chargeNamedByDate,
  chosenId,
  clip,
  fieldErrorText,
  type ShownBlocker,
  shownBlocker,
} from '../charge-choices.ts';
import { amountInputText, effectLine, outstandingLine } from '../effects.ts';
import { type PatientPick, pickFormPatient } from '../patients.ts';
import { noteRefusal } from '../refusals.ts';
import type { PendingAction } from '../types.ts';
import type { ModelParams } from './action.ts';

export interface PaymentChoice {
  readonly value: string;
  readonly label: string;
}

export interface RefundModel {
  readonly pendingId: string;
  readonly patient: PatientPick;
  /** Charges with payments on them. */
  readonly charges: readonly ChargeChoice[];
  readonly selectedCharge: string | null;
  readonly payments: readonly PaymentChoice[];
  readonly selectedPayment: string | null;
  readonly amountText: string;
  readonly note: string;
  /** What is wrong with the typed amount, as the confirm would refuse it; null when nothing is. */
  readonly amountProblem: string | null;
  readonly effect: string | null;
  readonly reopensNotice: string;
  readonly blocker: ShownBlocker | null;
}

/** What is left of a payment to refund. */
const refundable = (p: PaymentView) => p.amountCents - p.refundedCents;

function paymentLabel(p: PaymentView): string {
  const refunded = p.refundedCents > 0 ? ` · ${formatCents(p.refundedCents)} refunded` : '';
  return clip(`${isoDay(p.createdAt)} · payment ${formatCents(p.amountCents)}${refunded}`);
}

export async function loadRefundModel(db: Database, params: ModelParams): Promise<RefundModel> {
  const { pending, actorId, form = {} } = params;
  const { payload } = pending;
  const patient = await pickFormPatient(db, payload, form);
  const all = patient.selected ? await listCharges(db, { patientId: patient.selected.id }) : [];
  const paid = all.filter((c) => c.paidCents > 0);
  const chargeIds = paid.map((c) => c.id);
  const wanted = form.charge ?? payload.chargeId;
  // Once a charge is chosen in the form, the date in the request no longer decides anything.
  const dated = wanted ? null : chargeNamedByDate(all, payload.hints.dateOfService, (c) => c.paidCents > 0);
  const chargeId =
    chosenId(wanted, chargeIds) ??
    (dated ? (dated.paidCents > 0 ? dated.id : null) : paid.length === 1 ? (chargeIds[0] ?? null) : null);
  const payments = chargeId
    ? (await listPayments(db, { chargeIds: [chargeId] })).filter((p) => refundable(p) > 0)
    : [];
  const paymentIds = payments.map((p) => p.entryId);
  const paymentId =
    chosenId(form.paymentEntryId ?? payload.paymentEntryId, paymentIds) ??
    (payments.length === 1 ? (paymentIds[0] ?? null) : null);
  const payment = payments.find((p) => p.entryId === paymentId) ?? null;
  const charge = paid.find((c) => c.id === chargeId) ?? null;
  const amountText = form.amountText ?? prefill(pending, payment);
  const actor = await loadActor(db, actorId);
  const blockers = payment ? checkRefund(payment, undefined, actor) : [];
  await noteRefusal(db, { actorId, action: 'refund_payment', chargeId, blockers });
  const unpaid = dated && dated.paidCents === 0 ? dated : null;
  return {
    pendingId: pending.id,
    patient,
    charges: paid.map((c) => chargeChoice(c, c.paidCents)),
    selectedCharge: chargeId ? String(chargeId) : null,
    payments: payments.map((p) => ({ value: String(p.entryId), label: paymentLabel(p) })),
    selectedPayment: paymentId ? String(paymentId) : null,
    amountText,
    note: form.note ?? '',
    ...(charge && payment && blockers.length === 0
      ? refundOutcome(charge.outstandingCents, payment, amountText, actor)
      : { effect: null, amountProblem: null }),
    reopensNotice: REFUND_REOPENS_PR,
    blocker: unpaid
      ? await whyNoRefund(db, actor, unpaid, paid.length > 0)
      : blockers[0]
        ? shownBlocker(blockers[0], chargeId, actor)
        : null,
  };
}

/**
 * Why the dated charge, which the form cannot list (no payment is left on it), cannot be refunded:
 * NO_PAYMENT (DOMAIN.md section 3), after who may refund, as the refund itself checks it first.
 */
async function whyNoRefund(
  db: Database,
  actor: ActorFacts,
  charge: ChargeView,
  othersListed: boolean,
): Promise<ShownBlocker> {
  const payments = await listPayments(db, { chargeIds: [charge.id] });
  const unauthorized = checkRefund({ amountCents: 1, refundedCents: 0 }, undefined, actor);
  const blockers = [...unauthorized, noPaymentToRefund(payments.length > 0 ? 'all_refunded' : 'none')];
  await noteRefusal(db, { actorId: actor.userId, action: 'refund_payment', chargeId: charge.id, blockers });
  const first = blockers[0] ?? noPaymentToRefund();
  const shown = shownBlocker(first, charge.id, actor);
  // Other charges stay listed, so the sentence names which charge it is about.
  return othersListed ? { ...shown, message: `${chargeName(charge)}: ${shown.message}` } : shown;
}

function prefill(pending: PendingAction, payment: PaymentView | null): string {
  const { hints } = pending.payload;
  if (hints.amountCents) return amountInputText(hints.amountCents);
  return payment ? amountInputText(refundable(payment)) : '';
}

/**
 * The effect line for an amount the confirm would take; for one it would refuse, what is
 * outstanding and the refusal itself, as the write-off form does (write-off-model.ts): "$70.00 →
 * $120.00" for 50.01 on a $50 payment, or "$70.00 → $70.00" for "abc", read as if it would work.
 */
function refundOutcome(
  outstandingCents: number,
  payment: PaymentView,
  amountText: string,
  actor: ActorFacts,
): { readonly effect: string | null; readonly amountProblem: string | null } {
  const typed = amountText.trim();
  if (typed === '') return { effect: outstandingLine(outstandingCents), amountProblem: null };
  const amount = isAllAmount(typed) ? null : parseAmount(typed);
  if (amount === null) {
    return {
      effect: effectLine(outstandingCents, outstandingCents + refundable(payment)),
      amountProblem: null,
    };
  }
  const [refusal] = checkRefund(payment, amount, actor);
  if (refusal || !amount.ok) {
    return {
      effect: outstandingLine(outstandingCents),
      amountProblem: refusal ? fieldErrorText(refusal) : null,
    };
  }
  return { effect: effectLine(outstandingCents, outstandingCents + amount.cents), amountProblem: null };
}
