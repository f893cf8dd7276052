import type { WorkspaceIdentity } from './emulator-state.ts';
import type { JsonObject, StoredMessage } from './types.ts';

/**
 * Payloads shaped like the ones Slack sends to an app's Request URL. Kept free of I/O so the
 * browser sandbox can build the same payloads.
 */
export const LEGACY_VERIFICATION_TOKEN = 'emulator-verification-token';

export type SlashCommandInput = {
  command: string;
  text?: string;
  userId: string;
  channelId: string;
  userName?: string;
  channelName?: string;
  /** Any further form fields to send (or override). */
  extra?: Record<string, string>;
};

export type ActionInput = JsonObject & { action_id: string; block_id: string; type?: string };

const userRef = (userId: string, workspace: WorkspaceIdentity) => ({
  id: userId,
  username: userId.toLowerCase(),
  name: userId.toLowerCase(),
  team_id: workspace.teamId,
});

const teamRef = (workspace: WorkspaceIdentity) => ({ id: workspace.teamId, domain: 'emulated' });

export function slashCommandForm(
  input: SlashCommandInput,
  workspace: WorkspaceIdentity,
  links: { triggerId: string; responseUrl: string },
): Record<string, string> {
  return {
    token: LEGACY_VERIFICATION_TOKEN,
    team_id: workspace.teamId,
    team_domain: 'emulated',
    channel_id: input.channelId,
    channel_name: input.channelName ?? input.channelId.toLowerCase(),
    user_id: input.userId,
    user_name: input.userName ?? input.userId.toLowerCase(),
    command: input.command,
    text: input.text ?? '',
    api_app_id: workspace.appId,
    is_enterprise_install: 'false',
    response_url: links.responseUrl,
    trigger_id: links.triggerId,
    ...input.extra,
  };
}

function interactionBase(type: string, userId: string, workspace: WorkspaceIdentity) {
  return {
    type,
    token: LEGACY_VERIFICATION_TOKEN,
    api_app_id: workspace.appId,
    team: teamRef(workspace),
    user: userRef(userId, workspace),
    enterprise: null,
    is_enterprise_install: false,
  };
}

export type BlockActionsContext =
  | { kind: 'view'; view: JsonObject }
  | { kind: 'message'; message: StoredMessage; responseUrl: string }
  | { kind: 'none'; channelId?: string };

export function blockActionsPayload(
  userId: string,
  workspace: WorkspaceIdentity,
  where: BlockActionsContext,
  actions: ActionInput[],
  triggerId: string,
): JsonObject {
  const actionTs = (Date.now() / 1000).toFixed(6);
  const base = {
    ...interactionBase('block_actions', userId, workspace),
    trigger_id: triggerId,
    actions: actions.map((action) => ({ type: 'button', action_ts: actionTs, ...action })),
  };
  if (where.kind === 'view') {
    const view = where.view;
    return { ...base, container: { type: 'view', view_id: view.id }, view, state: view.state };
  }
  if (where.kind === 'message') {
    const { message } = where;
    const messageJson = {
      type: 'message',
      ts: message.ts,
      text: message.text ?? '',
      blocks: message.blocks ?? [],
    };
    return {
      ...base,
      container: {
        type: 'message',
        message_ts: message.ts,
        channel_id: message.channel,
        is_ephemeral: false,
      },
      channel: { id: message.channel, name: message.channel.toLowerCase() },
      message: messageJson,
      response_url: where.responseUrl,
    };
  }
  return where.channelId ? { ...base, channel: { id: where.channelId, name: where.channelId } } : base;
}

export function blockSuggestionPayload(
  userId: string,
  workspace: WorkspaceIdentity,
  view: JsonObject,
  field: { actionId: string; blockId: string; value: string },
): JsonObject {
  return {
    ...interactionBase('block_suggestion', userId, workspace),
    container: { type: 'view', view_id: view.id },
    view,
    action_id: field.actionId,
    block_id: field.blockId,
    value: field.value,
  };
}

export function viewSubmissionPayload(
  userId: string,
  workspace: WorkspaceIdentity,
  view: JsonObject,
  triggerId: string,
): JsonObject {
  return {
    ...interactionBase('view_submission', userId, workspace),
    trigger_id: triggerId,
    view,
    response_urls: [],
  };
}

export function viewClosedPayload(
  userId: string,
  workspace: WorkspaceIdentity,
  view: JsonObject,
  isCleared: boolean,
) {
  return { ...interactionBase('view_closed', userId, workspace), view, is_cleared: isCleared };
}

/** Wraps an event the way the Events API delivers it, with a fresh event_id. */
export function eventEnvelope(event: JsonObject, workspace: WorkspaceIdentity, eventId: string): JsonObject {
  const eventTime = Math.floor(Date.now() / 1000);
  return {
    token: LEGACY_VERIFICATION_TOKEN,
    team_id: workspace.teamId,
    api_app_id: workspace.appId,
    event: { event_ts: (Date.now() / 1000).toFixed(6), ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: eventTime,
    authorizations: [
      {
        enterprise_id: null,
        team_id: workspace.teamId,
        user_id: workspace.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}
