/** `/writeoff [text]`: the write-off modal, pre-filled from the text ("$40 Jane hardship"). */
import { understand } from '../../../workflow/index.ts';
import { type SlackDeps, understandParams } from '../../deps.ts';
import { type CommandArgs, startModalFromCommand } from './start-modal.ts';

export function writeOffCommand(deps: SlackDeps) {
  return async (args: CommandArgs): Promise<void> => {
    const text = args.command.text ?? '';
    // The kind is known before the text is read, so the Loading modal goes up first.
    const parse = () => understand(deps.db, text, understandParams(deps, 'write_off'));
    await startModalFromCommand(deps, args, 'write_off', parse);
  };
}
