/**
 * A help answer, for the person who asked only (ephemeral in a channel, a DM, an assistant
 * thread): a notice when the patient asked about could not be pinned down, the answer (which
 * always ends with its source article), and the button that starts the next step. Pure.
 */
import type { HelpReply } from '../../workflow/index.ts';
import { nextStepLabel } from '../actions/index.ts';
import { mentionActors } from '../views/actor-mentions.ts';
import { type Button, escapeMrkdwn, type KnownBlock, plain, section } from '../views/block-kit.ts';
import { NEXT_STEP_ACTION, nextStepValue } from '../views/shared-blocks.ts';
import { messageOf, type SlackMessage } from './slack-message.ts';

export const HELP_NOTICE_BLOCK = 'help_notice';
export const HELP_ANSWER_BLOCK = 'help_answer';
export const HELP_NEXT_STEP_BLOCK = 'help_next_step';

/** Section text is at most 3,000 characters; answers are far shorter, this is a guard. */
const MAX_SECTION = 2_900;

export function buildHelpMessage(reply: HelpReply): SlackMessage {
  const blocks: KnownBlock[] = [];
  if (reply.notice) blocks.push(section(escapeMrkdwn(reply.notice), HELP_NOTICE_BLOCK));
  // Answers are built from our own articles and the rules' sentences; the people those name become mentions.
  const answer = mentionActors(reply.answer.answer, reply.actors);
  blocks.push(section(answer.slice(0, MAX_SECTION), HELP_ANSWER_BLOCK));
  const step = reply.nextStep;
  const label = step ? nextStepLabel(step.nextAction) : null;
  if (step && label) {
    const button: Button = {
      type: 'button',
      action_id: NEXT_STEP_ACTION,
      text: plain(label),
      style: 'primary',
      value: nextStepValue(step.nextAction, step.chargeId),
    };
    blocks.push({ type: 'actions', block_id: HELP_NEXT_STEP_BLOCK, elements: [button] });
  }
  return messageOf(blocks);
}
