/**
 * Shared by the slash commands: check the role, ack, open Loading, understand the text (the
 * model may take up to its budget, so it runs after the modal is up), create the pending action,
 * show it.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { ActionKind } from '../../../domain/index.ts';
import { hintsFrom, mayDo, mayStart, type ParsedRequest, startRequest } from '../../../workflow/index.ts';
import { requestSettings, type SlackDeps } from '../../deps.ts';
import { buildActionNotAllowedMessage } from '../../messages/request-message-builder.ts';
import { type OpenedView, openLoading, showPendingModal } from '../../modal-flow.ts';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export async function startModalFromCommand(
  deps: SlackDeps,
  args: CommandArgs,
  kind: ActionKind,
  parsed: ParsedRequest | (() => Promise<ParsedRequest>),
): Promise<void> {
  const { ack, command, client } = args;
  const userId = command.user_id;
  if (!(await mayStart(deps.db, userId, kind))) {
    await ack({
      response_type: 'ephemeral',
      ...buildActionNotAllowedMessage(
        kind,
        deps.config.BILLING_ADMINS,
        await mayDo(deps.db, userId, 'write_off'),
      ),
    });
    deps.logger.info('refused: no role', { userId, kind });
    return;
  }
  await ack();
  const target = await openLoading(client, command.trigger_id, kind);
  const understood = typeof parsed === 'function' ? await parsed() : parsed;
  await showRequestModal(deps, args, target, kind, understood);
}

/** Creates the pending action for what was understood and replaces the Loading modal with it. */
export async function showRequestModal(
  deps: SlackDeps,
  args: CommandArgs,
  target: OpenedView,
  kind: ActionKind,
  parsed: ParsedRequest,
): Promise<void> {
  const { command, client } = args;
  const userId = command.user_id;
  const pending = await startRequest(deps.db, {
    kind,
    requestedBy: userId,
    origin: { via: 'command', channelId: command.channel_id, threadTs: null, requesterId: userId },
    hints: hintsFrom(parsed, command.text),
    extra: requestSettings(deps, kind),
  });
  if (!pending) throw new Error('invariant: a new pending action always gets created');
  deps.logger.info('modal opened', { pendingId: pending.id, userId, kind, source: parsed.source });
  await showPendingModal(deps, client, target, pending.id, userId);
}
