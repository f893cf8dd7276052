/**
 * What a button says back when it cannot do what it shows: its value names nothing the app knows
 * (tampered, or from long ago), or the write-off it would undo was already undone. Said privately:
 * through the message's response_url when the button sat on a message, else as an ephemeral in
 * its channel, else by DM from the app.
 */

import { errorFacts } from '../../../db/error-facts.ts';
import type { Blocker } from '../../../domain/index.ts';
import { undoStanding } from '../../../workflow/actions/undo-write-off.ts';
import { loadPendingAction } from '../../../workflow/pending-actions.ts';
import type { SlackDeps } from '../../deps.ts';
import { buildUndoRefusedMessage, type SlackMessage } from '../../messages/done-message-builder.ts';
import { mentionActors } from '../../views/actor-mentions.ts';
import { escapeMrkdwn, section } from '../../views/block-kit.ts';
import { NO_LONGER_AVAILABLE_TEXT } from '../../views/notice-modal-builder.ts';
import type { ButtonArgs } from './types.ts';

export function noLongerAvailableMessage(): SlackMessage {
  return { text: NO_LONGER_AVAILABLE_TEXT, blocks: [section(NO_LONGER_AVAILABLE_TEXT)] };
}

/**
 * A button that acts on the message it sits on, pressed with no message in the payload (Slack
 * always sends it; a forged or replayed payload may not): nothing was done, and how to do it.
 */
export function buttonWithoutMessageMessage(nothingDone: string): SlackMessage {
  const text = `:warning: This button press arrived without the message it belongs to, so I could not read it. ${nothingDone} Press the button on the message again, or undo from App Home.`;
  return { text, blocks: [section(text)] };
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

/**
 * Why this user cannot undo the write-off an Undo button names, as the rules' blocker (which
 * carries the person its sentence names), or null when the rules see nothing in the way now.
 * The submit path's refusal is a field error, plain text with the person as a raw id; this one
 * lets the reply show them as a mention. Reads only.
 */
export async function undoRefusalOf(
  deps: SlackDeps,
  pendingId: string,
  userId: string,
): Promise<Blocker | null> {
  const writeOffEntryId = (await loadPendingAction(deps.db, pendingId))?.payload.writeOffEntryId;
  if (!writeOffEntryId) return null;
  const standing = await undoStanding(deps.db, { writeOffEntryId, actorId: userId });
  return standing.kind === 'refused' ? standing.blocker : null;
}

/** A refused undo: the rules' sentence with the person as a mention, else the submit path's reason. */
export async function undoRefusedReply(
  deps: SlackDeps,
  params: { readonly pendingId: string; readonly userId: string; readonly reason: string },
): Promise<SlackMessage> {
  const refusal = await undoRefusalOf(deps, params.pendingId, params.userId);
  return refusal ? undoRefusalMessage(refusal) : buildUndoRefusedMessage(params.reason);
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
