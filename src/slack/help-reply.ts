/**
 * One answer to a help question for every surface (/billing help, /billing why, mentions, DMs,
 * the assistant, the Loading modal). DOMAIN section 4: help is for people with a role; someone
 * with none is told who can grant one.
 */
import { answerHelp, mayDo } from '../workflow/index.ts';
import { type SlackDeps, today } from './deps.ts';
import type { SlackMessage } from './messages/done-message-builder.ts';
import { buildHelpMessage } from './messages/help-message-builder.ts';
import { buildNotAllowedMessage } from './messages/request-message-builder.ts';

export async function helpReplyFor(
  deps: SlackDeps,
  params: { userId: string; question: string; via: string },
): Promise<SlackMessage> {
  if (!(await mayDo(deps.db, params.userId, 'view_balance'))) {
    deps.logger.info('help refused: no role', { userId: params.userId, via: params.via });
    return buildNotAllowedMessage('use the billing help', deps.config.BILLING_ADMINS);
  }
  const reply = await answerHelp(deps.db, {
    question: params.question,
    actorId: params.userId,
    today: today(deps.clock),
    desk: deps.helpDesk,
    phraser: deps.phraser,
  });
  deps.logger.info('help answered', {
    userId: params.userId,
    via: params.via,
    topic: reply.answer.topic,
    nextStep: reply.nextStep?.nextAction ?? null,
  });
  return buildHelpMessage(reply);
}
