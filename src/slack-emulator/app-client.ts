import { createViewInteractions } from './app-client-views.ts';
import { type AppClientOptions, createAppLink } from './app-link.ts';
import {
  type ActionInput,
  type BlockActionsContext,
  blockActionsPayload,
  eventEnvelope,
  LEGACY_VERIFICATION_TOKEN,
  type SlashCommandInput,
  slashCommandForm,
} from './payloads.ts';
import type { AppResponse, DeliveryOptions } from './signing.ts';
import type { JsonObject, StoredMessage } from './types.ts';

export type { AppClientOptions } from './app-link.ts';

export type BlockActionInput = {
  userId: string;
  /** The view the action happened in: its id or the view object (the emulator's current copy is sent). */
  view?: string | JsonObject;
  /** The message the action happened in (a stored message from `emulator.messages`). */
  message?: StoredMessage;
  channelId?: string;
  actions: ActionInput[];
};

export type EventInput = JsonObject & { type: string };

export type UserMessageInput = { userId: string; channelId: string; text: string; threadTs?: string };

/**
 * Plays Slack's side towards the app: signed slash commands, interactions and events,
 * each with fresh trigger ids and response_urls issued by the emulator.
 */
export function createAppClient(options: AppClientOptions) {
  const link = createAppLink(options);
  const { emulator, workspace } = link;

  function blockActionsContext(input: BlockActionInput): BlockActionsContext {
    if (input.view !== undefined) return { kind: 'view', view: link.currentView(input.view).view };
    if (input.message) {
      const { message } = input;
      const responseUrl = emulator.issueResponseUrl({
        userId: input.userId,
        channelId: message.channel,
        messageTs: message.ts,
      });
      return { kind: 'message', message, responseUrl };
    }
    return { kind: 'none', channelId: input.channelId };
  }

  async function event(
    input: EventInput,
    delivery?: DeliveryOptions,
  ): Promise<AppResponse & { eventId: string }> {
    const eventId = emulator.state.ids.next('Ev');
    const response = await link.sendEvent(eventEnvelope(input, workspace, eventId), delivery);
    return { ...response, eventId };
  }

  return {
    ...createViewInteractions(link),
    event,

    async slashCommand(input: SlashCommandInput, delivery?: DeliveryOptions) {
      const triggerId = emulator.issueTriggerId(input.userId);
      const responseUrl = emulator.issueResponseUrl({ userId: input.userId, channelId: input.channelId });
      const form = slashCommandForm(input, workspace, { triggerId, responseUrl });
      const response = await link.sendCommand(form, delivery);
      return { ...response, triggerId, responseUrl };
    },

    async blockAction(input: BlockActionInput, delivery?: DeliveryOptions) {
      const triggerId = emulator.issueTriggerId(input.userId);
      const payload = blockActionsPayload(
        input.userId,
        workspace,
        blockActionsContext(input),
        input.actions,
        triggerId,
      );
      const response = await link.sendInteraction(payload, delivery);
      return { ...response, triggerId };
    },

    /**
     * A user writes in a channel: the message lands in the emulator, then the app gets the
     * `message` event and, when the bot is mentioned, a separate `app_mention` with its own
     * event_id, as Slack delivers a mention twice.
     */
    async userMessage(input: UserMessageInput, delivery?: DeliveryOptions) {
      const message = emulator.messages.post({
        channel: input.channelId,
        user: input.userId,
        text: input.text,
        threadTs: input.threadTs,
      });
      const isIm = input.channelId.startsWith('D');
      const fields = {
        user: input.userId,
        text: input.text,
        ts: message.ts,
        channel: input.channelId,
        ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
      };
      const responses = [
        await event({ type: 'message', channel_type: isIm ? 'im' : 'channel', ...fields }, delivery),
      ];
      if (input.text.includes(`<@${workspace.botUserId}>`)) {
        responses.push(await event({ type: 'app_mention', ...fields }, delivery));
      }
      return { message, responses };
    },

    /** Slack's Request URL check: the app must echo the challenge. */
    urlVerification(challenge = 'emulator-challenge', delivery?: DeliveryOptions): Promise<AppResponse> {
      return link.sendEvent(
        { token: LEGACY_VERIFICATION_TOKEN, challenge, type: 'url_verification' },
        delivery,
      );
    },
  };
}

export type AppClient = ReturnType<typeof createAppClient>;
