import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { BACKGROUND_MODAL_CALLBACKS, MODAL_CALLBACKS } from '../../actions/index.ts';
import type { SlackDeps } from '../../deps.ts';
import { submitFailedAck } from '../../try-again.ts';
import { buildFormNoLongerValidModal } from '../../views/notice-modal-builder.ts';
import { submitBatchView } from './submit-batch.ts';
import { submitModalView } from './submit-modal.ts';

type ViewSubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
type ViewHandler = (args: ViewSubmitArgs) => Promise<void>;

export function registerViews(app: App, deps: SlackDeps): void {
  const byCallback = new Map<string, ViewHandler>([
    ...MODAL_CALLBACKS.map((id): [string, ViewHandler] => [id, answeredOnFailure(submitModalView(deps))]),
    ...BACKGROUND_MODAL_CALLBACKS.map((id): [string, ViewHandler] => [id, submitBatchView(deps)]),
  ]);
  // Bolt runs every listener's middleware chain for every request, so there is one listener for
  // every view_submission, which picks the handler by callback_id. A callback the app does not
  // know (a form left open across a deploy that renamed it, or a made-up one) is told at once
  // that the form is no longer valid, rather than left to time out.
  app.view({ type: 'view_submission' }, async (args: ViewSubmitArgs) => {
    const handle = byCallback.get(args.view.callback_id);
    if (handle) {
      await handle(args);
      return;
    }
    await args.ack({ response_action: 'update', view: buildFormNoLongerValidModal() });
    deps.logger.info('form of an unknown kind submitted', { userId: args.body.user.id });
  });
}

/**
 * A confirm that fails before it answered (a bug, an error nobody foresaw) still answers within
 * Slack's 3 s: the form stays open and says to press Submit again, which its idempotency key
 * applies once. The error goes on to the app's error handler, which logs it.
 */
function answeredOnFailure(handler: ViewHandler): ViewHandler {
  return async (args) => {
    let answered = false;
    const ack: ViewSubmitArgs['ack'] = async (response) => {
      answered = true;
      await args.ack(response);
    };
    try {
      await handler({ ...args, ack });
    } catch (error) {
      if (!answered) await args.ack(submitFailedAck(args.view.blocks ?? []));
      throw error;
    }
  };
}
