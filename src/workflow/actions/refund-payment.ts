/** Refunding a payment: the form read into a payment and an amount, and executing it. */
import { checkRefund, isAllAmount, parseAmount } from '../../domain/index.ts';
import {
  getCharge,
  loadActor,
  openRefundRun,
  type PaymentView,
  type RefundPaymentResult,
  refundPayment,
} from '../../ledger/index.ts';
import { chargeName } from '../charge-choices.ts';
import { chargeIdFromField, probeFromFields } from '../repeats.ts';
import { summaryBasics, type WorkflowAction } from './action.ts';
import { loadRefundModel, type RefundModel } from './refund-model.ts';

const CHOOSE_PAYMENT = { payment: 'Choose the payment to refund.' };
const CHOOSE_PATIENT = { patient: 'Choose a patient.' };
/**
 * The charge named is not one of this patient's paid charges: the charge list follows a change of
 * patient in an update that a quick Confirm can beat, and the charge is then the last patient's.
 */
const CHOOSE_PAID_CHARGE = { charge: 'Choose a charge with a payment to refund.' };
const NOTHING_TO_REFUND = {
  patient: 'This patient has no payments to refund. Choose another patient, or close the form.',
};

interface RefundTarget {
  readonly payment: PaymentView;
  readonly amountCents: number | 'all';
}

export const refundPaymentAction: WorkflowAction<
  'refund_payment',
  RefundModel,
  RefundTarget,
  RefundPaymentResult
> = {
  kind: 'refund_payment',
  blockerField: 'payment',
  loadModel: loadRefundModel,

  async resolve(db, { form, actorId, readAhead }) {
    if (!form.patientId) return { kind: 'invalid', errors: CHOOSE_PATIENT };
    // The refund is on the patient the form shows, never on a charge of another one.
    const paid = (await readAhead.patientCharges(form.patientId)).filter((c) => c.paidCents > 0);
    if (paid.length === 0) return { kind: 'invalid', errors: NOTHING_TO_REFUND };
    const chargeId = chargeIdFromField(form.charge);
    if (!paid.some((c) => c.id === chargeId)) return { kind: 'invalid', errors: CHOOSE_PAID_CHARGE };
    // No payment named (its select comes with the update that follows choosing the charge, and a
    // quick Confirm beats it), or not a payment id: there is nothing to look for.
    if (!chargeId || !form.paymentEntryId) return { kind: 'invalid', errors: CHOOSE_PAYMENT };
    const payments = await readAhead.chargePayments(chargeId);
    const payment = payments.find((p) => p.entryId === form.paymentEntryId);
    if (!payment) return { kind: 'invalid', errors: CHOOSE_PAYMENT };
    if (isAllAmount(form.amountText)) {
      return { kind: 'ready', target: { payment, amountCents: 'all' }, chargeId: payment.chargeId };
    }
    const amount = parseAmount(form.amountText ?? '');
    if (!amount.ok) {
      const blockers = checkRefund(payment, amount, await loadActor(db, actorId));
      return { kind: 'refused', blockers, chargeId: payment.chargeId };
    }
    return { kind: 'ready', target: { payment, amountCents: amount.cents }, chargeId: payment.chargeId };
  },

  repeatOfModel(model) {
    if (!model.selectedPayment) return null;
    return probeFromFields(model.selectedCharge, model.amountText);
  },

  readAheadOf(form) {
    const chargeId = chargeIdFromField(form.charge);
    const paymentEntryId = form.paymentEntryId;
    const probe = paymentEntryId ? probeFromFields(form.charge, form.amountText) : null;
    const named = Boolean(form.patientId && chargeId && paymentEntryId);
    return {
      // The patient's charges, to check that the charge is theirs (resolve).
      readsPatientCharges: named,
      // Only a named payment is looked for among the charge's payments (resolve): a form without
      // one is answered at once with a field error, and nothing is read ahead for it.
      readsChargePayments: named,
      repeatProbe: probe,
      ...(named && chargeId && paymentEntryId
        ? {
            opensRun: (db, { idempotencyKey, actorId }, reads) =>
              openRefundRun(db, { idempotencyKey, chargeId, paymentEntryId, actor: actorId }, reads),
          }
        : {}),
    };
  },

  async refusalsOfTarget(db, { payment, amountCents }, ctx) {
    const amount = amountCents === 'all' ? undefined : { ok: true as const, cents: amountCents };
    return checkRefund(payment, amount, await loadActor(db, ctx.actorId));
  },

  repeatOfTarget({ payment, amountCents }) {
    const cents = amountCents === 'all' ? payment.amountCents - payment.refundedCents : amountCents;
    return { chargeId: payment.chargeId, amountCents: cents };
  },

  execute(db, { payment, amountCents }, ctx, idempotencyKey) {
    return refundPayment(
      db,
      {
        paymentEntryId: payment.entryId,
        chargeId: payment.chargeId,
        amountCents,
        note: ctx.note,
        actor: ctx.actorId,
        source: ctx.source,
        idempotencyKey,
      },
      // Continued when it was begun for this payment's charge and this payment; else released.
      ctx.readAhead.handOverRun(),
    );
  },

  async summarize(db, { payment }, value, ctx) {
    const charge = await getCharge(db, payment.chargeId);
    return {
      kind: 'refund_payment',
      amountCents: value.amountCents,
      outstandingCents: value.outstandingCents,
      patientName: charge?.patientName ?? 'the patient',
      patientInitials: charge?.patientInitials ?? '?',
      chargeLabel: charge ? chargeName(charge) : 'the charge',
      reasonLabel: null,
      undoPendingId: null,
      ledgerRef: {
        entryIds: [value.entryId],
        chargeIds: [payment.chargeId],
        paymentEntryId: payment.entryId,
      },
      ...summaryBasics(ctx),
    };
  },
};
