/**
 * `/billing <text>` that the rules cannot read with confidence while a model is configured: the
 * model may take up to its budget (2 s by default) and the trigger_id lives about 3 s, so a
 * Loading modal goes up first and whatever the text turns out to ask replaces it.
 */

import { balanceFor, mayStart, pendingKindFor, understand } from '../../../workflow/index.ts';
import { type SlackDeps, understandParams } from '../../deps.ts';
import { helpReplyFor } from '../../help-reply.ts';
import { buildBalanceMessage } from '../../messages/balance-message-builder.ts';
import { withOtherPatientsOnBalance } from '../../messages/other-patients-note.ts';
import {
  buildActionNotAllowedMessage,
  buildNotUnderstoodMessage,
} from '../../messages/request-message-builder.ts';
import { openLoadingTitled, updateView } from '../../modal-flow.ts';
import { buildMessageModal } from '../../views/notice-modal-builder.ts';
import { type CommandArgs, showRequestModal } from './start-modal.ts';

export const UNDERSTANDING_TITLE = 'Billing';

export async function understandBehindLoading(
  deps: SlackDeps,
  args: CommandArgs,
  text: string,
): Promise<void> {
  const { ack, command, client } = args;
  const userId = command.user_id;
  await ack();
  const target = await openLoadingTitled(client, command.trigger_id, UNDERSTANDING_TITLE);
  const parsed = await understand(deps.db, text, understandParams(deps));
  deps.logger.info('command understood', { userId, intent: parsed.intent, source: parsed.source });
  const kind = pendingKindFor(parsed.intent);
  if (kind) {
    if (!(await mayStart(deps.db, userId, kind))) {
      const refusal = buildActionNotAllowedMessage(kind, deps.config.BILLING_ADMINS);
      await updateView(client, target, buildMessageModal('Not allowed', refusal.blocks));
      return;
    }
    await showRequestModal(deps, args, target, kind, parsed);
    return;
  }
  if (parsed.intent === 'balance') {
    const answer = await balanceFor(deps.db, { actorId: userId, reference: parsed.patient, text });
    const reply = withOtherPatientsOnBalance(
      buildBalanceMessage(answer, deps.config.BILLING_ADMINS),
      answer,
      parsed.otherPatients,
    );
    await updateView(client, target, buildMessageModal('Balance', reply.blocks));
    return;
  }
  if (parsed.intent === 'help') {
    const reply = await helpReplyFor(deps, { userId, question: text, via: 'command' });
    await updateView(client, target, buildMessageModal('Help', reply.blocks));
    return;
  }
  await updateView(
    client,
    target,
    buildMessageModal(UNDERSTANDING_TITLE, buildNotUnderstoodMessage().blocks),
  );
}
