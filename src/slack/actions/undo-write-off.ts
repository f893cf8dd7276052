/** How Slack names and routes this action kind; its modal is built in views/. */
import type { SlackAction } from './action.ts';

export const undoWriteOffSlack: SlackAction<'undo_write_off'> = {
  kind: 'undo_write_off',
  callbackId: 'undo_write_off_modal',
  title: 'Undo a write-off',
  nameInSentence: 'undoing a write-off',
  notAllowedWhat: 'undo write-offs',
  nextStepLabel: 'Undo write-off',
  whoMay: 'the person who made the write-off, a billing manager or an admin',
  doneWord: 'undone',
  doIt: 'undo it',
};
