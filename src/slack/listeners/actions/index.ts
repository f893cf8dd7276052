import type { App, BlockAction } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { APPROVE_ACTION, REJECT_ACTION } from '../../messages/approval-message-builder.ts';
import { BATCH_UNDO_ACTION } from '../../messages/batch-message-builder.ts';
import { UNDO_ACTION } from '../../messages/done-message-builder.ts';
import { REVIEW_ACTION } from '../../messages/request-message-builder.ts';
import { START_ACTION_PATTERN } from '../../messages/usage-message-builder.ts';
import { HOME_UNDO_ACTION } from '../../views/home-builder.ts';
import { NEXT_STEP_ACTION, REFRESH_ACTIONS } from '../../views/shared-blocks.ts';
import { BACK_TO_FORM_ACTION } from '../../views/working-modal-builder.ts';
import { anyOf, exactly } from '../id-pattern.ts';
import { approvalButtonAction } from './approval-buttons.ts';
import { backToFormAction } from './back-to-form.ts';
import { batchUndoButtonAction } from './batch-undo-button.ts';
import { homeUndoAction } from './home-undo.ts';
import { nextStepAction } from './next-step.ts';
import { refreshModalAction } from './refresh-modal.ts';
import { reviewButtonAction } from './review-button.ts';
import { startButtonAction } from './start-button.ts';
import type { BlockActionArgs, ButtonArgs } from './types.ts';
import { undoButtonAction } from './undo-button.ts';

type ActionHandler = (args: BlockActionArgs) => Promise<void>;

export function registerActions(app: App, deps: SlackDeps): void {
  const refresh = refreshModalAction(deps);
  const byActionId = new Map<string, ActionHandler>([
    ...REFRESH_ACTIONS.map((actionId): [string, ActionHandler] => [actionId, refresh]),
    [NEXT_STEP_ACTION, onButton(nextStepAction(deps))],
    [UNDO_ACTION, onButton(undoButtonAction(deps))],
    [BATCH_UNDO_ACTION, onButton(batchUndoButtonAction(deps))],
    [REVIEW_ACTION, onButton(reviewButtonAction(deps))],
    [HOME_UNDO_ACTION, onButton(homeUndoAction(deps))],
    [APPROVE_ACTION, onButton(approvalButtonAction(deps, 'approve'))],
    [REJECT_ACTION, onButton(approvalButtonAction(deps, 'reject'))],
    [BACK_TO_FORM_ACTION, onButton(backToFormAction(deps))],
  ]);
  const startButton = onButton(startButtonAction(deps));
  // Bolt runs every listener's middleware chain for every request, so there is one action
  // listener, matching exactly these ids and the start buttons' pattern, that picks the handler.
  app.action<BlockAction>(anyOf(exactly([...byActionId.keys()]), START_ACTION_PATTERN), async (args) => {
    // Not one of the ids: the constraint above only lets a start button through.
    const handle = byActionId.get(args.action.action_id) ?? startButton;
    await handle(args);
  });
}

/**
 * A handler of one of the app's buttons. Every element the app renders with these ids is a
 * button; another element carrying one of them (Slack never sends that) is only acknowledged.
 */
function onButton(handler: (args: ButtonArgs) => Promise<void>): ActionHandler {
  return async (args) => {
    if (isButtonPress(args)) await handler(args);
    else await args.ack();
  };
}

function isButtonPress(args: BlockActionArgs): args is ButtonArgs {
  return args.action.type === 'button';
}
