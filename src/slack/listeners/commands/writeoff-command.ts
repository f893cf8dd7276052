/**
 * `/writeoff [text]`: the write-off modal, pre-filled from the text ("$40 Jane hardship").
 * `/writeoff help` shows the usage card, a question is answered (for anyone: DOMAIN section 4),
 * and `/writeoff undo …` starts the undo flow, as `/billing undo` does.
 */
import { admitRequest, understand, understandByRules } from '../../../workflow/index.ts';
import { SLACK_ACTIONS } from '../../actions/index.ts';
import { type SlackDeps, understandParams } from '../../deps.ts';
import { buildGateRefusal } from '../../messages/gate-message-builder.ts';
import { buildUsageMessage } from '../../messages/usage-message-builder.ts';
import { answerHelpCommand } from './help-command.ts';
import { type CommandArgs, startModalFromCommand } from './start-modal.ts';

/** "help" alone asks what the command does, not a question for the help articles. */
const HELP_ALONE = /^\s*help\s*[?!.]?\s*$/i;

export function writeOffCommand(deps: SlackDeps) {
  return async (args: CommandArgs): Promise<void> => {
    const userId = args.command.user_id;
    if (HELP_ALONE.test(args.command.text ?? '')) {
      await args.ack({ response_type: 'ephemeral', ...buildUsageMessage() });
      return;
    }
    const params = understandParams(deps, 'write_off');
    // Before the text is read: a role (or a general help question), a bounded length, a bounded
    // number of requests a minute.
    const gate = await admitRequest(deps.db, deps.limiter, {
      userId,
      text: args.command.text ?? '',
      helpWithoutRole: params,
    });
    if (gate.kind === 'refused') {
      const what = SLACK_ACTIONS.write_off.notAllowedWhat;
      await args.ack({
        response_type: 'ephemeral',
        ...buildGateRefusal(gate.reason, what, deps.config.BILLING_ADMINS, gate.asked),
      });
      deps.logger.info('command refused at the gate', { userId, reason: gate.reason });
      return;
    }
    const byRules = understandByRules(gate.text, params);
    // "/writeoff are write-offs permanent?" asks how it works (nlu/question.ts): answered, never a form.
    if (gate.helpOnly || byRules.intent === 'help') {
      await answerHelpCommand(deps, args, gate.text);
      return;
    }
    // "/writeoff undo": the text asks for the undo flow, which has a form of its own.
    if (byRules.intent === 'undo_write_off') {
      await startModalFromCommand(deps, args, 'undo_write_off', () => understand(deps.db, gate.text, params));
      return;
    }
    // The kind is known before the text is read, so the Loading modal goes up first.
    await startModalFromCommand(deps, args, 'write_off', () => understand(deps.db, gate.text, params));
  };
}
