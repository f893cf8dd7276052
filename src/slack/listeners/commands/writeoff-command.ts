/** `/writeoff [text]`: the write-off modal, pre-filled from the text ("$40 Jane hardship"). */
import { understand } from '../../../workflow/index.ts';
import { type SlackDeps, today } from '../../deps.ts';
import { type CommandArgs, startModalFromCommand } from './start-modal.ts';

export function writeOffCommand(deps: SlackDeps) {
  return async (args: CommandArgs): Promise<void> => {
    const parsed = understand(args.command.text ?? '', today(deps.clock), 'write_off');
    await startModalFromCommand(deps, args, 'write_off', parsed);
  };
}
