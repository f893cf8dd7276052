/** How Slack names and routes this action kind; its modal is built in views/. */
import type { SlackAction } from './action.ts';

export const refundPaymentSlack: SlackAction<'refund_payment'> = {
  kind: 'refund_payment',
  callbackId: 'refund_payment_modal',
  title: 'Refund a payment',
  nameInSentence: 'a refund',
  notAllowedWhat: 'refund payments',
  nextStepLabel: 'Refund payment',
  whoMay: 'a billing manager or admin',
  doneWord: 'refunded',
  doIt: 'refund it',
};
