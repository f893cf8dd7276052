import type { App } from '@slack/bolt';
import { MODAL_CALLBACKS } from '../../actions/index.ts';
import type { SlackDeps } from '../../deps.ts';
import { submitModalView } from './submit-modal.ts';

export function registerViews(app: App, deps: SlackDeps): void {
  const submit = submitModalView(deps);
  for (const callbackId of MODAL_CALLBACKS) app.view(callbackId, submit);
}
