/** Every listener of the app, registered by kind (each kind's index maps ids to handlers). */
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import { registerActions } from './actions/index.ts';
import { registerAssistant } from './assistant/index.ts';
import { registerCommands } from './commands/index.ts';
import { registerEvents } from './events/index.ts';
import { registerOptions } from './options/index.ts';
import { registerViews } from './views/index.ts';

export function registerListeners(app: App, deps: SlackDeps): void {
  // Before the message listener: messages in assistant threads stop there.
  registerAssistant(app, deps);
  registerCommands(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  registerEvents(app, deps);
  registerOptions(app, deps);
}
