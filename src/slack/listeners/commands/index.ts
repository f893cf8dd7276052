import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { exactly } from '../id-pattern.ts';
import { billingCommand } from './billing-command.ts';
import type { CommandArgs } from './start-modal.ts';
import { COMMAND_NOT_READ_TEXT, missingCommandFields } from './unreadable-command.ts';
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
    const missing = missingCommandFields(args.command as unknown as Record<string, unknown>);
    if (missing.length > 0) {
      await args.ack({ response_type: 'ephemeral', text: COMMAND_NOT_READ_TEXT });
      // The command name is one of ours (matched exactly); the rest of the request is not logged.
      deps.logger.warn('command refused: not as Slack sends it', { command: args.command.command, missing });
      return;
    }
    await byCommand.get(args.command.command)?.(args);
  });
}
