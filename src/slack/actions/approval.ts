/** How Slack names and routes this action kind; its modal is built in views/. */
import type { SlackAction } from './action.ts';

export const approvalSlack: SlackAction<'approval'> = {
  kind: 'approval',
  callbackId: 'approval_modal',
  title: 'Write-off approval',
  nameInSentence: 'a decision on a write-off request',
  notAllowedWhat: 'approve or reject write-off requests',
  nextStepLabel: 'Review request',
  whoMay: 'a billing manager or admin',
  doneWord: 'decided',
  doIt: 'decide it',
};
