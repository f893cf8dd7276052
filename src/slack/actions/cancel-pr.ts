/** How Slack names and routes this action kind; its modal is built in views/. */
import type { SlackAction } from './action.ts';

export const cancelPrSlack: SlackAction<'cancel_pr'> = {
  kind: 'cancel_pr',
  callbackId: 'cancel_pr_modal',
  title: 'Cancel PR',
  nameInSentence: 'cancelling PR',
  notAllowedWhat: 'cancel PR',
  nextStepLabel: 'Cancel PR',
  whoMay: 'a biller, billing manager or admin',
  doneWord: 'cancelled',
  doIt: 'cancel it',
};
