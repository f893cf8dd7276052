import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { APPROVE_ACTION, REJECT_ACTION } from '../../messages/approval-message-builder.ts';
import { BATCH_UNDO_ACTION } from '../../messages/batch-message-builder.ts';
import { UNDO_ACTION } from '../../messages/done-message-builder.ts';
import { REVIEW_ACTION } from '../../messages/request-message-builder.ts';
import { START_ACTION_PATTERN } from '../../messages/usage-message-builder.ts';
import { HOME_UNDO_ACTION } from '../../views/home-builder.ts';
import { NEXT_STEP_ACTION, REFRESH_ACTIONS } from '../../views/shared-blocks.ts';
import { BACK_TO_FORM_ACTION } from '../../views/working-modal-builder.ts';
import { approvalButtonAction } from './approval-buttons.ts';
import { backToFormAction } from './back-to-form.ts';
import { batchUndoButtonAction } from './batch-undo-button.ts';
import { homeUndoAction } from './home-undo.ts';
import { nextStepAction } from './next-step.ts';
import { refreshModalAction } from './refresh-modal.ts';
import { reviewButtonAction } from './review-button.ts';
import { startButtonAction } from './start-button.ts';
import { undoButtonAction } from './undo-button.ts';

export function registerActions(app: App, deps: SlackDeps): void {
  const refresh = refreshModalAction(deps);
  for (const actionId of REFRESH_ACTIONS) app.action(actionId, refresh);
  app.action(NEXT_STEP_ACTION, nextStepAction(deps));
  app.action(UNDO_ACTION, undoButtonAction(deps));
  app.action(BATCH_UNDO_ACTION, batchUndoButtonAction(deps));
  app.action(REVIEW_ACTION, reviewButtonAction(deps));
  app.action(HOME_UNDO_ACTION, homeUndoAction(deps));
  app.action(START_ACTION_PATTERN, startButtonAction(deps));
  app.action(APPROVE_ACTION, approvalButtonAction(deps, 'approve'));
  app.action(REJECT_ACTION, approvalButtonAction(deps, 'reject'));
  app.action(BACK_TO_FORM_ACTION, backToFormAction(deps));
}
