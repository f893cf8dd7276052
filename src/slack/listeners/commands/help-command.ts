/**
 * `/billing help <question>` and `/billing why <patient or question>`: acked at once, answered
 * through the command's response_url, to the asker only (help answers may name a patient).
 */
import type { SlackDeps } from '../../deps.ts';
import { helpReplyFor } from '../../help-reply.ts';
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
  const reply = await helpReplyFor(deps, { userId: command.user_id, question, via: 'command' });
  await respond({ response_type: 'ephemeral', ...reply });
}
