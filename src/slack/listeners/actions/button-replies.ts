/**
 * What a button says back when it cannot do what it shows: its value names nothing the app knows
 * (tampered, or from long ago), or the write-off it would undo was already undone. Said privately:
 * through the message's response_url when the button sat on a message, else as an ephemeral in
 * its channel, else by DM from the app.
 */

import { errorFacts } from '../../../db/error-facts.ts';
import type { Blocker } from '../../../domain/index.ts';
import type { SlackDeps } from '../../deps.ts';
import type { SlackMessage } from '../../messages/done-message-builder.ts';
import { mentionActors } from '../../views/actor-mentions.ts';
import { escapeMrkdwn, section } from '../../views/block-kit.ts';
import { NO_LONGER_AVAILABLE_TEXT } from '../../views/notice-modal-builder.ts';
import type { ButtonArgs } from './types.ts';

export function noLongerAvailableMessage(): SlackMessage {
  return { text: NO_LONGER_AVAILABLE_TEXT, blocks: [section(NO_LONGER_AVAILABLE_TEXT)] };
}

/** ALREADY_REVERSED (or NOT_AUTHORIZED) in the rules' words, the person named as a mention. */
export function undoRefusalText(refusal: Blocker): string {
  const sentence = escapeMrkdwn(`${refusal.message} Next: ${refusal.nextStep}`);
  const icon = refusal.code === 'ALREADY_REVERSED' ? ':information_source:' : ':no_entry:';
  return `${icon} ${mentionActors(sentence, [refusal.actor])}`;
}

export function undoRefusalMessage(refusal: Blocker): SlackMessage {
  const text = undoRefusalText(refusal);
  return { text, blocks: [section(text)] };
}

export async function replyPrivately(
  deps: SlackDeps,
  args: ButtonArgs,
  message: SlackMessage,
): Promise<void> {
  const { body, client } = args;
  const userId = body.user.id;
  try {
    if (body.response_url && typeof args.respond === 'function') {
      await args.respond({ response_type: 'ephemeral', replace_original: false, ...message });
      return;
    }
    if (body.channel?.id) {
      await client.chat.postEphemeral({ channel: body.channel.id, user: userId, ...message });
      return;
    }
  } catch (error) {
    deps.logger.warn('button reply not shown in the conversation: sent by DM', {
      userId,
      ...errorFacts(error),
    });
  }
  await client.chat.postMessage({ channel: userId, ...message });
}
