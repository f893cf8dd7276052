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
import {
  dispatchesActions,
  enteredValues,
  type FormInputs,
  recordActions,
  recordInputs,
  statefulElements,
  withCurrentState,
} from './view-state.ts';

export type { AppClientOptions } from './app-link.ts';

export type BlockActionInput = {
  userId: string;
  /**
   * The view the action happened in: its id or the view object. The emulator's current copy is
   * sent, with the values the actions carry (`value`, `selected_option`...) recorded in its state.
   */
  view?: string | JsonObject;
  /** The message the action happened in (a stored message from `emulator.messages`). */
  message?: StoredMessage;
  channelId?: string;
  actions: ActionInput[];
};

export type EventInput = JsonObject & { type: string };

/** Which field the user changed: a block_id, or block_id and action_id for a block with several elements. */
export type ChangedField = string | { blockId: string; actionId: string };

export type ChangeOptions = DeliveryOptions & {
  /** Needed when `inputs` names more than one block. */
  changed?: ChangedField;
};

export type UserMessageInput = { userId: string; channelId: string; text: string; threadTs?: string };

/**
 * Plays Slack's side towards the app: signed slash commands, interactions and events,
 * each with fresh trigger ids and response_urls issued by the emulator.
 */
export function createAppClient(options: AppClientOptions) {
  const link = createAppLink(options);
  const { emulator, workspace } = link;

  function blockActionsContext(input: BlockActionInput): BlockActionsContext {
    if (input.view !== undefined) {
      // In Slack the element that changed is part of the form state sent with the action.
      const stored = link.currentView(input.view);
      const entered = recordActions(stored.view, enteredValues(stored.view), input.actions);
      emulator.state.views.setStateValues(stored.id, entered);
      return { kind: 'view', view: withCurrentState({ ...stored.view, state: { values: entered } }) };
    }
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

  /** Sends an event; `eventId` repeats an earlier delivery's id, as Slack's retries do. */
  async function event(
    input: EventInput,
    delivery: DeliveryOptions & { eventId?: string } = {},
  ): Promise<AppResponse & { eventId: string }> {
    const { eventId: repeated, ...options } = delivery;
    const eventId = repeated ?? emulator.state.ids.next('Ev');
    const response = await link.sendEvent(eventEnvelope(input, workspace, eventId), options);
    return { ...response, eventId };
  }

  async function blockAction(input: BlockActionInput, delivery?: DeliveryOptions) {
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
  }

  /**
   * A user changes fields of an open modal (inputs by block_id, as for `fillAndSubmit`): the
   * entries are recorded in the view's state, and when the changed element dispatches actions
   * (an actions block, or an input block with `dispatch_action: true`) the app gets
   * block_actions with that element as the action and the whole current form as the state.
   * Answers undefined when Slack would send nothing (the value is still recorded).
   */
  async function changeInput(
    userId: string,
    view: string | JsonObject,
    inputs: FormInputs,
    options: ChangeOptions = {},
  ): Promise<(AppResponse & { triggerId: string }) | undefined> {
    const { changed, ...delivery } = options;
    const stored = link.currentView(view);
    const target = changedElement(stored.view, inputs, changed);
    const entered = recordInputs(stored.view, enteredValues(stored.view), inputs);
    emulator.state.views.setStateValues(stored.id, entered);
    if (!dispatchesActions(target)) return undefined;
    const entry = entered[target.blockId]?.[target.element.action_id] ?? {};
    const action = { ...entry, action_id: target.element.action_id, block_id: target.blockId };
    return blockAction({ userId, view: stored.id, actions: [action] }, delivery);
  }

  return {
    ...createViewInteractions(link),
    event,
    blockAction,
    changeInput,
    /** Any interactive payload as given, signed: for shapes Slack should never send. */
    rawInteraction: (payload: JsonObject, delivery?: DeliveryOptions) =>
      link.sendInteraction(payload, delivery),

    async slashCommand(input: SlashCommandInput, delivery?: DeliveryOptions) {
      const triggerId = emulator.issueTriggerId(input.userId);
      const responseUrl = emulator.issueResponseUrl({ userId: input.userId, channelId: input.channelId });
      const form = slashCommandForm(input, workspace, { triggerId, responseUrl });
      const response = await link.sendCommand(form, delivery);
      return { ...response, triggerId, responseUrl };
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

/** The element the user changed: named by `changed`, or the only block in `inputs`. */
function changedElement(view: JsonObject, inputs: FormInputs, changed: ChangedField | undefined) {
  const named = Object.keys(inputs);
  const blockId = typeof changed === 'string' ? changed : (changed?.blockId ?? named[0]);
  if (!blockId || (changed === undefined && named.length !== 1)) {
    throw new Error('changeInput: say which field changed with { changed: blockId }');
  }
  if (!named.includes(blockId))
    throw new Error(`changeInput: the changed field ${blockId} is not in the inputs`);
  const input = inputs[blockId];
  const byAction =
    typeof input === 'object' && input !== null && !Array.isArray(input) ? Object.keys(input) : [];
  const actionId =
    typeof changed === 'object' ? changed.actionId : byAction.length === 1 ? byAction[0] : undefined;
  const candidates = statefulElements(view).filter(
    (item) => item.blockId === blockId && (actionId === undefined || item.element.action_id === actionId),
  );
  const [target] = candidates;
  if (!target || candidates.length > 1) {
    throw new Error(`changeInput: no single element ${blockId}${actionId ? `/${actionId}` : ''} in the view`);
  }
  return target;
}
