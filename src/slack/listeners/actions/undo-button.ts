/** The Undo button of a confirmation message: writes the reversal once and updates that message. */
import { submitPending } from '../../../workflow/index.ts';
import { publishHome } from '../../announce.ts';
import type { SlackDeps } from '../../deps.ts';
import { buildDoneMessage, buildUndoRefusedMessage } from '../../messages/done-message-builder.ts';
import { buildExpiredMessage } from '../../messages/request-message-builder.ts';
import type { ButtonArgs } from './types.ts';

export function undoButtonAction(deps: SlackDeps) {
  return async ({ ack, body, action, respond, client }: ButtonArgs): Promise<void> => {
    await ack();
    const pendingId = action.value ?? '';
    const userId = body.user.id;
    const outcome = await submitPending(deps.db, {
      pendingId,
      actorId: userId,
      form: {},
      source: 'button',
      expectedKind: 'undo_write_off',
      now: deps.clock.now(),
    });
    if (outcome.kind === 'expired') {
      await respond({ response_type: 'ephemeral', replace_original: false, ...buildExpiredMessage() });
      return;
    }
    if (outcome.kind === 'invalid') {
      const reason = Object.values(outcome.errors)[0] ?? 'This write-off cannot be undone.';
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...buildUndoRefusedMessage(reason),
      });
      return;
    }
    if (outcome.kind !== 'done' || !outcome.summary) return; // missing, already done, or a repeat
    deps.logger.info('write-off undone', { pendingId, userId });
    // Ephemeral messages can only be changed through their response_url; it works for normal ones too.
    await respond({ replace_original: true, ...buildDoneMessage(outcome.summary) });
    await publishHome(deps, client, userId);
  };
}
