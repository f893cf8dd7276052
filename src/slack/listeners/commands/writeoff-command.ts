/** `/writeoff [text]`: the write-off modal, pre-filled from the text ("$40 Jane hardship"). */
import { admitRequest, understand, understandByRules } from '../../../workflow/index.ts';
import { SLACK_ACTIONS } from '../../actions/index.ts';
import { type SlackDeps, understandParams } from '../../deps.ts';
import { buildGateRefusal } from '../../messages/gate-message-builder.ts';
import { answerHelpCommand } from './help-command.ts';
import { type CommandArgs, startModalFromCommand } from './start-modal.ts';

export function writeOffCommand(deps: SlackDeps) {
  return async (args: CommandArgs): Promise<void> => {
    const userId = args.command.user_id;
    // Before the text is read: a role, a bounded length, a bounded number of requests a minute.
    const gate = await admitRequest(deps.db, deps.limiter, { userId, text: args.command.text ?? '' });
    if (gate.kind === 'refused') {
      const what = SLACK_ACTIONS.write_off.notAllowedWhat;
      await args.ack({
        response_type: 'ephemeral',
        ...buildGateRefusal(gate.reason, what, deps.config.BILLING_ADMINS),
      });
      deps.logger.info('command refused at the gate', { userId, reason: gate.reason });
      return;
    }
    // "/writeoff are write-offs permanent?" asks how it works (nlu/question.ts): answered, never a form.
    if (understandByRules(gate.text, understandParams(deps, 'write_off')).intent === 'help') {
      await answerHelpCommand(deps, args, gate.text);
      return;
    }
    // The kind is known before the text is read, so the Loading modal goes up first.
    const parse = () => understand(deps.db, gate.text, understandParams(deps, 'write_off'));
    await startModalFromCommand(deps, args, 'write_off', parse);
  };
}
