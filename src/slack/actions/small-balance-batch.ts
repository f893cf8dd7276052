/** How Slack names and routes the small-balance batch; its modal is built in views/. */
import type { SlackAction } from './action.ts';

export const smallBalanceBatchSlack: SlackAction<'small_balance_batch'> = {
  kind: 'small_balance_batch',
  callbackId: 'small_balance_batch_modal',
  title: 'Small balances',
  nameInSentence: 'a small-balance batch write-off',
  notAllowedWhat: 'write off small balances in bulk (billing managers and admins can)',
  notAllowedWhatForWriters:
    'write off small balances in bulk (billing managers and admins can; one balance at a time can still be written off with `/writeoff`)',
  nextStepLabel: 'Small balances',
  whoMay: 'a billing manager or admin',
  doneWord: 'written off',
  doIt: 'run it',
  // Up to 10,000 charges do not fit in Slack's 3 seconds: acknowledged first, progress by message.
  submitsInBackground: true,
};
