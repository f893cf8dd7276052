/** The refund-a-payment confirm modal. Pure. */

import type { RefundModel } from '../../workflow/index.ts';
import { refundPaymentSlack } from '../actions/refund-payment.ts';
import { context, type KnownBlock, type ModalView, option, plain, section } from './block-kit.ts';
import {
  AMOUNT_ACTION,
  AMOUNT_BLOCK,
  blockerBlocks,
  CHARGE_ACTION,
  CHARGE_BLOCK,
  chargeOptions,
  effectBlock,
  noteInput,
  PAYMENT_ACTION,
  PAYMENT_BLOCK,
  patientBlocks,
  selectInput,
  textInput,
} from './shared-blocks.ts';

export const REFUND_CALLBACK = refundPaymentSlack.callbackId;
export const REFUND_SUBMIT = 'Confirm refund';

function paymentBlocks(model: RefundModel): KnownBlock[] {
  if (!model.patient.selected) return [];
  if (model.charges.length === 0) return [section('This patient has no payments to refund.')];
  const blocks: KnownBlock[] = [
    selectInput({
      blockId: CHARGE_BLOCK,
      actionId: CHARGE_ACTION,
      label: 'Charge (date of service · description · paid)',
      options: chargeOptions(model.charges),
      selected: model.selectedCharge,
      dispatch: true,
      placeholder: 'Choose a charge',
    }),
  ];
  if (model.selectedCharge && model.payments.length === 0) {
    blocks.push(section('Every payment on this charge is already refunded in full.'));
  } else if (model.selectedCharge) {
    blocks.push(
      selectInput({
        blockId: PAYMENT_BLOCK,
        actionId: PAYMENT_ACTION,
        label: 'Payment',
        options: model.payments.map((p) => option(p.label, p.value)),
        selected: model.selectedPayment,
        dispatch: true,
        placeholder: 'Choose a payment',
      }),
    );
  }
  return blocks;
}

export function buildRefundModal(model: RefundModel): ModalView {
  return {
    type: 'modal',
    callback_id: refundPaymentSlack.callbackId,
    private_metadata: model.pendingId,
    title: plain(refundPaymentSlack.title),
    submit: plain(REFUND_SUBMIT),
    close: plain('Back'),
    blocks: [
      ...patientBlocks(model.patient),
      ...paymentBlocks(model),
      ...blockerBlocks(model.blocker),
      textInput({
        blockId: AMOUNT_BLOCK,
        actionId: AMOUNT_ACTION,
        label: 'Amount to refund',
        value: model.amountText,
        placeholder: '40.00, or "all" for what is left of the payment',
        dispatchOnEnter: true,
        maxLength: 40,
      }),
      noteInput({ note: model.note }),
      ...effectBlock(model.effect, model.amountProblem),
      context(model.reopensNotice),
    ],
  };
}
