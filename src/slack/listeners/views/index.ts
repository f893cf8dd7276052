import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { BACKGROUND_MODAL_CALLBACKS, MODAL_CALLBACKS } from '../../actions/index.ts';
import type { SlackDeps } from '../../deps.ts';
import { exactly } from '../id-pattern.ts';
import { submitBatchView } from './submit-batch.ts';
import { submitModalView } from './submit-modal.ts';

type ViewSubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export function registerViews(app: App, deps: SlackDeps): void {
  const submit = submitModalView(deps);
  const submitInBackground = submitBatchView(deps);
  const inBackground = new Set(BACKGROUND_MODAL_CALLBACKS);
  // Bolt runs every listener's middleware chain for every request, so there is one view
  // listener, matching exactly the app's modal callback_ids, that picks the handler.
  app.view(exactly([...MODAL_CALLBACKS, ...BACKGROUND_MODAL_CALLBACKS]), (args: ViewSubmitArgs) =>
    inBackground.has(args.view.callback_id) ? submitInBackground(args) : submit(args),
  );
}
