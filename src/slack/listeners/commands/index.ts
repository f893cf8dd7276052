import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { billingCommand } from './billing-command.ts';
import { writeOffCommand } from './writeoff-command.ts';

export const COMMANDS = ['/writeoff', '/billing'] as const;

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command('/writeoff', writeOffCommand(deps));
  app.command('/billing', billingCommand(deps));
}
