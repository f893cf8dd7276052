/** Refunding a payment: the modal's choices, effect and blockers, and executing it. */

import type { Database } from '../db/client.ts';
import type { EntrySource } from '../db/schema/index.ts';
import {
  type AmountResult,
  checkRefund,
  formatCents,
  isoDay,
  parseAmount,
  REFUND_REOPENS_PR,
} from '../domain/index.ts';
import { getCharge, listCharges, listPayments, type PaymentView, refundPayment } from '../ledger/index.ts';
import {
  blockersToFieldErrors,
  type ChargeChoice,
  chargeChoice,
  chargeName,
  chosenId,
  clip,
  type ShownBlocker,
  shownBlocker,
} from './charge-choices.ts';
import { actorFacts } from './charge-facts.ts';
import { amountInputText, effectLine, isAllAmount } from './effects.ts';
import { executeOnce } from './execute-once.ts';
import type { SubmitOutcome } from './outcomes.ts';
import { type PatientPick, pickFormPatient } from './patients.ts';
import { loadPendingAction } from './pending-actions.ts';
import { noteRefusal } from './refusals.ts';
import { settle } from './settle.ts';
import type { FormInput, PendingAction } from './types.ts';

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
  readonly effect: string | null;
  readonly reopensNotice: string;
  readonly blocker: ShownBlocker | null;
}

const refundable = (p: PaymentView) => p.amountCents - p.refundedCents;

function paymentLabel(p: PaymentView): string {
  const refunded = p.refundedCents > 0 ? ` · ${formatCents(p.refundedCents)} refunded` : '';
  return clip(`${isoDay(p.createdAt)} · payment ${formatCents(p.amountCents)}${refunded}`);
}

export async function loadRefundModel(
  db: Database,
  params: { pending: PendingAction; actorId: string; form?: FormInput },
): Promise<RefundModel> {
  const { pending, actorId, form = {} } = params;
  const { payload } = pending;
  const patient = await pickFormPatient(db, payload, form);
  const all = patient.selected ? await listCharges(db, { patientId: patient.selected.id }) : [];
  const paid = all.filter((c) => c.paidCents > 0);
  const chargeIds = paid.map((c) => c.id);
  const chargeId =
    chosenId(form.charge ?? payload.chargeId, chargeIds) ??
    (paid.length === 1 ? (chargeIds[0] ?? null) : null);
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
  const blockers = payment ? checkRefund(payment, undefined, await actorFacts(db, actorId)) : [];
  await noteRefusal(db, { actorId, action: 'refund_payment', chargeId, blockers });
  return {
    pendingId: pending.id,
    patient,
    charges: paid.map((c) => chargeChoice(c, c.paidCents)),
    selectedCharge: chargeId ? String(chargeId) : null,
    payments: payments.map((p) => ({ value: String(p.entryId), label: paymentLabel(p) })),
    selectedPayment: paymentId ? String(paymentId) : null,
    amountText,
    note: form.note ?? '',
    effect: charge && payment ? refundEffect(charge.outstandingCents, payment, amountText) : null,
    reopensNotice: REFUND_REOPENS_PR,
    blocker: blockers[0] ? shownBlocker(blockers[0], chargeId) : null,
  };
}

function prefill(pending: PendingAction, payment: PaymentView | null): string {
  const { hints } = pending.payload;
  if (hints.amountCents) return amountInputText(hints.amountCents);
  return payment ? amountInputText(refundable(payment)) : '';
}

function refundEffect(outstandingCents: number, payment: PaymentView, amountText: string): string {
  const amount = isAllAmount(amountText) ? refundable(payment) : parseAmount(amountText);
  const cents =
    typeof amount === 'number' ? amount : amount.ok ? Math.min(amount.cents, refundable(payment)) : 0;
  return effectLine(outstandingCents, outstandingCents + cents);
}

export async function submitRefund(
  db: Database,
  params: { pendingId: string; actorId: string; form: FormInput; source: EntrySource },
): Promise<SubmitOutcome> {
  const pending = await loadPendingAction(db, params.pendingId);
  if (pending?.kind !== 'refund_payment') throw new Error('invariant: not a pending refund');
  if (pending.status !== 'pending') return { kind: 'done', replayed: true, summary: null };
  const chargeId = Number(params.form.charge);
  const payments =
    Number.isSafeInteger(chargeId) && chargeId > 0 ? await listPayments(db, { chargeIds: [chargeId] }) : [];
  const payment = payments.find((p) => p.entryId === params.form.paymentEntryId);
  if (!payment) return { kind: 'invalid', errors: { payment: 'Choose the payment to refund.' } };
  const all = isAllAmount(params.form.amountText);
  const amount: AmountResult = all
    ? { ok: true, cents: refundable(payment) }
    : parseAmount(params.form.amountText ?? '');
  const blockers = checkRefund(payment, amount, await actorFacts(db, params.actorId));
  const refused = { actorId: params.actorId, action: 'refund_payment' as const, chargeId: payment.chargeId };
  if (blockers.length > 0) {
    await noteRefusal(db, { ...refused, blockers });
    return { kind: 'invalid', errors: blockersToFieldErrors(blockers, 'payment') };
  }
  if (!amount.ok) throw new Error('invariant: amount checked');
  const outcome = await executeOnce(db, pending.id, (key) =>
    refundPayment(db, {
      paymentEntryId: payment.entryId,
      amountCents: all ? 'all' : amount.cents,
      note: params.form.note?.trim() || null,
      actor: params.actorId,
      source: params.source,
      idempotencyKey: key,
    }),
  );
  return settle(db, outcome, {
    refused,
    toErrors: (found) => blockersToFieldErrors(found, 'payment'),
    summarize: async (value) => {
      const charge = await getCharge(db, payment.chargeId);
      return {
        kind: 'refund_payment',
        amountCents: value.amountCents,
        outstandingCents: value.outstandingCents,
        patientName: charge?.patientName ?? 'the patient',
        chargeLabel: charge ? chargeName(charge) : 'the charge',
        reasonLabel: null,
        undoPendingId: null,
        origin: pending.payload.origin,
        requestedBy: pending.requestedBy,
        confirmedBy: params.actorId,
      };
    },
  });
}
