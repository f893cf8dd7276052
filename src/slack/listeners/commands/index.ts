import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { exactly } from '../id-pattern.ts';
import { billingCommand } from './billing-command.ts';
import type { CommandArgs } from './start-modal.ts';
import { writeOffCommand } from './writeoff-command.ts';

export const COMMANDS = ['/writeoff', '/billing'] as const;

type CommandHandler = (args: CommandArgs) => Promise<void>;

export function registerCommands(app: App, deps: SlackDeps): void {
  const handlers: Record<(typeof COMMANDS)[number], CommandHandler> = {
    '/writeoff': writeOffCommand(deps),
    '/billing': billingCommand(deps),
  };
  const byCommand = new Map<string, CommandHandler>(Object.entries(handlers));
  // Bolt runs every listener's middleware chain for every request, so there is one command
  // listener, matching exactly the app's commands, that picks the handler.
  app.command(exactly(COMMANDS), async (args) => {
    await byCommand.get(args.command.command)?.(args);
  });
}
