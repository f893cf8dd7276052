import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { CANCEL_CALLBACK } from '../../views/cancel-modal-builder.ts';
import { REFUND_CALLBACK } from '../../views/refund-modal-builder.ts';
import { UNDO_CALLBACK } from '../../views/undo-modal-builder.ts';
import { WRITE_OFF_CALLBACK } from '../../views/write-off-modal-builder.ts';
import { submitModalView } from './submit-modal.ts';

export const MODAL_CALLBACKS = [WRITE_OFF_CALLBACK, UNDO_CALLBACK, CANCEL_CALLBACK, REFUND_CALLBACK] as const;

export function registerViews(app: App, deps: SlackDeps): void {
  const submit = submitModalView(deps);
  for (const callbackId of MODAL_CALLBACKS) app.view(callbackId, submit);
}
