/**
 * `/billing help <question>` and `/billing why <patient or question>`: acked at once, answered
 * through the command's response_url, to the asker only (help answers may name a patient).
 */
import { answerHelp } from '../../../workflow/index.ts';
import { type SlackDeps, today } from '../../deps.ts';
import { buildHelpMessage } from '../../messages/help-message-builder.ts';
import type { CommandArgs } from './start-modal.ts';

/** "help how do I …", "why can't I …", "why Jane Doe": the verb, then the question. */
export const HELP_COMMAND = /^(help|why)\b[\s:,-]*(\S[\s\S]*)$/i;

/** "why Jane Doe" reads as "why can't I … Jane Doe"; "help" questions are taken as written. */
export function helpQuestion(verb: string, rest: string): string {
  return verb.toLowerCase() === 'why' ? `why ${rest}` : rest;
}

export async function answerHelpCommand(deps: SlackDeps, args: CommandArgs, question: string): Promise<void> {
  const { ack, command, respond } = args;
  await ack();
  const reply = await answerHelp(deps.db, {
    question,
    actorId: command.user_id,
    today: today(deps.clock),
    desk: deps.helpDesk,
    phraser: deps.phraser,
  });
  deps.logger.info('help answered', {
    userId: command.user_id,
    topic: reply.answer.topic,
    nextStep: reply.nextStep?.nextAction ?? null,
  });
  await respond({ response_type: 'ephemeral', ...buildHelpMessage(reply) });
}
