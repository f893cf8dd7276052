import type { App } from '@slack/bolt';
import { BACKGROUND_MODAL_CALLBACKS, MODAL_CALLBACKS } from '../../actions/index.ts';
import type { SlackDeps } from '../../deps.ts';
import { submitBatchView } from './submit-batch.ts';
import { submitModalView } from './submit-modal.ts';

export function registerViews(app: App, deps: SlackDeps): void {
  const submit = submitModalView(deps);
  for (const callbackId of MODAL_CALLBACKS) app.view(callbackId, submit);
  const submitInBackground = submitBatchView(deps);
  for (const callbackId of BACKGROUND_MODAL_CALLBACKS) app.view(callbackId, submitInBackground);
}
