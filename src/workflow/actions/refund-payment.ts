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
    const chargeId = chargeIdFromField(form.charge);
    const payments = chargeId ? await readAhead.chargePayments(chargeId) : [];
    const payment = payments.find((p) => p.entryId === form.paymentEntryId);
    if (!payment) return { kind: 'invalid', errors: { payment: 'Choose the payment to refund.' } };
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
    return {
      readsPatientCharges: false,
      readsChargePayments: true,
      repeatProbe: probe,
      ...(chargeId && paymentEntryId
        ? {
            opensRun: (db, { idempotencyKey, actorId }, reads) =>
              openRefundRun(db, { idempotencyKey, chargeId, paymentEntryId, actor: actorId }, reads),
          }
        : {}),
    };
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
      ...summaryBasics(ctx),
    };
  },
};
