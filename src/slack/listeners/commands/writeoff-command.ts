/** `/writeoff [text]`: the write-off modal, pre-filled from the text ("$40 Jane hardship"). */
import { understand, understandByRules } from '../../../workflow/index.ts';
import { type SlackDeps, understandParams } from '../../deps.ts';
import { answerHelpCommand } from './help-command.ts';
import { type CommandArgs, startModalFromCommand } from './start-modal.ts';

export function writeOffCommand(deps: SlackDeps) {
  return async (args: CommandArgs): Promise<void> => {
    const text = args.command.text ?? '';
    // "/writeoff are write-offs permanent?" asks how it works (nlu/question.ts): answered, never a form.
    if (understandByRules(text, understandParams(deps, 'write_off')).intent === 'help') {
      await answerHelpCommand(deps, args, text);
      return;
    }
    // The kind is known before the text is read, so the Loading modal goes up first.
    const parse = () => understand(deps.db, text, understandParams(deps, 'write_off'));
    await startModalFromCommand(deps, args, 'write_off', parse);
  };
}
