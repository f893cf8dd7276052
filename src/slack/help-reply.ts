/**
 * One answer to a help question for every surface (/billing help, /billing why, mentions, DMs,
 * the assistant, the Loading modal). DOMAIN section 4: the articles answer anyone in the
 * workspace; a patient's situation (answerHelp looks it up only for a role that may see balances)
 * and the model are for people with a role.
 */
import { answerHelp, mayDo } from '../workflow/index.ts';
import { type SlackDeps, today } from './deps.ts';
import type { SlackMessage } from './messages/done-message-builder.ts';
import { buildHelpMessage } from './messages/help-message-builder.ts';

export async function helpReplyFor(
  deps: SlackDeps,
  params: { userId: string; question: string; via: string },
): Promise<SlackMessage> {
  const hasRole = await mayDo(deps.db, params.userId, 'view_balance');
  const reply = await answerHelp(deps.db, {
    question: params.question,
    actorId: params.userId,
    today: today(deps.clock),
    desk: deps.helpDesk(),
    // Someone without a role gets the articles as written: their text never reaches the model.
    phraser: hasRole ? deps.phraser : null,
  });
  deps.logger.info('help answered', {
    userId: params.userId,
    via: params.via,
    hasRole,
    topic: reply.answer.topic,
    nextStep: reply.nextStep?.nextAction ?? null,
  });
  return buildHelpMessage(reply);
}
