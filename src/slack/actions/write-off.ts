/** How Slack names and routes this action kind; its modal is built in views/. */
import type { SlackAction } from './action.ts';

export const writeOffSlack: SlackAction<'write_off'> = {
  kind: 'write_off',
  callbackId: 'write_off_modal',
  title: 'Write off PR',
  nameInSentence: 'a write-off',
  notAllowedWhat: 'write off patient responsibility',
  nextStepLabel: 'Write off instead',
  whoMay: 'a biller, billing manager or admin',
  doneWord: 'written off',
  doIt: 'write it off',
};
