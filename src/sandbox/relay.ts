/**
 * Everything the page does, turned into what Slack would send the app: signed slash commands,
 * messages and events, block_actions, block_suggestion, view_submission and view_closed, all
 * through the emulator's app client. Slack's own part (showing a command's ack as a message,
 * refusing an incomplete form) is played here too.
 */
import type { AppClient, JsonObject, SlackEmulator, StoredMessage } from '../slack-emulator/index.ts';
import type { SlashCommandInfo } from './commands.ts';
import { type Composed, escapeTyped, type Mentionable, withMentions } from './compose.ts';
import { type FieldChange, type FieldEntry, recordOnly, selectedExternal } from './field-changes.ts';
import { APP_NAME } from './place-content.ts';

export const SLACKBOT = { id: 'USLACKBOT', name: 'slackbot', realName: 'Slackbot' };

export type Where = { readonly userId: string; readonly channelId: string; readonly threadTs?: string };

export type ActionTarget =
  | { readonly kind: 'message'; readonly channelId: string; readonly ts: string }
  | { readonly kind: 'view'; readonly viewId: string };

export type PressedAction = JsonObject & { action_id: string; block_id: string; type: string };

export interface RelayParts {
  readonly emulator: SlackEmulator;
  readonly client: AppClient;
  readonly commands: readonly SlashCommandInfo[];
  readonly people: readonly Mentionable[];
}

export function createRelay(parts: RelayParts) {
  const { emulator, client } = parts;
  const mentionables = [
    ...parts.people,
    { id: emulator.workspace.botUserId, name: emulator.workspace.botName, realName: APP_NAME },
  ];

  /** Slack answers in the channel, to this user only, when it cannot run a command. */
  function slackbotSays(where: Where, text: string): void {
    emulator.messages.post({ channel: where.channelId, user: SLACKBOT.id, text, ephemeralTo: where.userId });
  }

  /** A command's ack with a body is shown as a message: to the user only unless in_channel. */
  function showAck(where: Where, body: unknown): void {
    if (typeof body !== 'object' || body === null) return;
    const ack = body as JsonObject;
    const text = typeof ack.text === 'string' ? ack.text : undefined;
    const blocks = Array.isArray(ack.blocks) ? ack.blocks : undefined;
    if (text === undefined && blocks === undefined) return;
    const inChannel = ack.response_type === 'in_channel';
    emulator.messages.post({
      channel: where.channelId,
      user: emulator.workspace.botUserId,
      text,
      blocks,
      ...(inChannel ? {} : { ephemeralTo: where.userId }),
    });
  }

  async function runCommand(where: Where, command: string, text: string): Promise<void> {
    const info = parts.commands.find((c) => c.command === command);
    if (!info) {
      slackbotSays(
        where,
        `${command} is not a valid command. The app's commands are ${parts.commands.map((c) => c.command).join(', ')}.`,
      );
      return;
    }
    const person = parts.people.find((p) => p.id === where.userId);
    // Slack sends typed &, < and > as entities in command text too; with should_escape, the
    // people picked with @ become <@U…|handle> (added after, so they are the only <…> tokens).
    const escaped = escapeTyped(text);
    const sent = await client.slashCommand({
      command,
      text: info.shouldEscape ? withMentions(escaped, mentionables, true) : escaped,
      userId: where.userId,
      channelId: where.channelId,
      ...(person ? { userName: person.name } : {}),
    });
    if (sent.status !== 200) slackbotSays(where, `${command} failed with the error "dispatch_failed".`);
    else showAck(where, sent.body);
  }

  return {
    async send(where: Where, composed: Composed): Promise<void> {
      if (composed.kind === 'command') return runCommand(where, composed.command, composed.text);
      if (composed.text === '') return;
      await client.userMessage({
        userId: where.userId,
        channelId: where.channelId,
        // Escaped first: the mentions added after are the only <…> tokens in the text.
        text: withMentions(escapeTyped(composed.text), mentionables),
        ...(where.threadTs ? { threadTs: where.threadTs } : {}),
      });
    },

    /** A button or a select in a message or a view. */
    async press(userId: string, target: ActionTarget, action: PressedAction): Promise<boolean> {
      if (target.kind === 'view') {
        if (!emulator.views.get(target.viewId)) return false;
        await client.blockAction({ userId, view: target.viewId, actions: [action] });
        return true;
      }
      const message: StoredMessage | undefined = emulator.messages.find(target.channelId, target.ts);
      if (!message || message.deleted) return false;
      await client.blockAction({ userId, message, actions: [action] });
      return true;
    },

    /**
     * A field of a modal changed. Selects dispatch at once (as in Slack); text fields only
     * record what was typed, unless the user pressed Enter in a dispatch_action field.
     */
    async change(userId: string, change: FieldChange): Promise<void> {
      if (change.type === 'external_select') {
        const action = selectedExternal(change);
        if (!recordOnly(emulator, change, [action])) {
          await client.blockAction({ userId, view: change.viewId, actions: [action] });
        }
        return;
      }
      const inputs = { [change.blockId]: { [change.actionId]: change.value } };
      // A choice (select, box ticked) goes to the app when its element dispatches; typing only on Enter.
      const dispatch =
        change.type.endsWith('select') || change.type === 'checkboxes' || change.entered === true;
      if (!dispatch) {
        recordOnly(emulator, change, inputs);
        return;
      }
      await client.changeInput(userId, change.viewId, inputs, {
        changed: { blockId: change.blockId, actionId: change.actionId },
      });
    },

    /** Submit: Slack's client checks the form first and shows its own errors without sending. */
    async submit(userId: string, viewId: string, inputs: Record<string, Record<string, FieldEntry>>) {
      const result = await client.fillAndSubmit(userId, viewId, inputs);
      if (!result.sent) emulator.state.views.setErrors(viewId, result.clientErrors);
      return result;
    },

    async close(userId: string, viewId: string): Promise<void> {
      await client.viewClosed({ userId, view: viewId });
    },

    /** Type-ahead for external_select: the app's options, as [{ text, value }]. */
    async suggest(
      userId: string,
      field: { viewId: string; blockId: string; actionId: string; query: string },
    ) {
      const answer = await client.blockSuggestion({
        userId,
        view: field.viewId,
        blockId: field.blockId,
        actionId: field.actionId,
        value: field.query,
      });
      return optionList(answer.body);
    },

    async openHome(userId: string): Promise<void> {
      const dm = emulator.state.directory.dmFor(userId);
      await client.event({ type: 'app_home_opened', user: userId, channel: dm.id, tab: 'home' });
    },
  };
}

export type Relay = ReturnType<typeof createRelay>;

/** Options (and option groups) from a block_suggestion answer, flattened for the page. */
function optionList(body: unknown): { text: string; value: string }[] {
  const answer = (typeof body === 'object' && body !== null ? body : {}) as {
    options?: unknown[];
    option_groups?: { options?: unknown[] }[];
  };
  const all = [...(answer.options ?? []), ...(answer.option_groups ?? []).flatMap((g) => g.options ?? [])];
  return all.flatMap((option) => {
    const o = option as { text?: { text?: unknown }; value?: unknown };
    return typeof o.value === 'string' && typeof o.text?.text === 'string'
      ? [{ text: o.text.text, value: o.value }]
      : [];
  });
}
