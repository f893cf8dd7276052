/**
 * Approve or Reject on a request card (channel, DM or App Home): refused at once when the rules
 * already say no (own request, no role, decided, expired), otherwise the decision modal opens.
 */
import { type ApprovalChoice, loadApprovalCard, startApprovalDecision } from '../../../workflow/index.ts';
import { untrustedIdFacts } from '../../../workflow/pending-actions.ts';
import { closeApprovalCards, refreshApproverHomes } from '../../approval-announce.ts';
import type { SlackDeps } from '../../deps.ts';
import { buildApprovalRefusedModal } from '../../messages/approval-message-builder.ts';
import { openLoading, showPendingModal, updateView } from '../../modal-flow.ts';
import { buildNoticeModal } from '../../views/notice-modal-builder.ts';
import { noLongerAvailableMessage, replyPrivately } from './button-replies.ts';
import type { ButtonArgs } from './types.ts';

const APPROVAL_ID = /^[0-9a-f-]{36}$/;

export function approvalButtonAction(deps: SlackDeps, decision: ApprovalChoice) {
  return async (args: ButtonArgs): Promise<void> => {
    const { ack, body, action, client } = args;
    await ack();
    const approvalId = action.value ?? '';
    const userId = body.user.id;
    if (!APPROVAL_ID.test(approvalId)) {
      deps.logger.info('approval button with an unknown value', { userId, ...untrustedIdFacts(approvalId) });
      await replyPrivately(deps, args, noLongerAvailableMessage());
      return;
    }
    const target = await openLoading(client, body.trigger_id, 'approval');
    const start = await startApprovalDecision(deps.db, {
      approvalId,
      decision,
      userId,
      // The decision is confirmed to the approver by DM: the card may sit in a shared channel.
      origin: { via: 'modal', channelId: null, threadTs: null, requesterId: userId },
      now: deps.clock.now(),
    });
    if (start.kind === 'missing') {
      await updateView(
        client,
        target,
        buildNoticeModal('Write-off approval', 'This request no longer exists.'),
      );
      return;
    }
    if (start.kind === 'refused') {
      deps.logger.info('approval refused', { approvalId, userId, codes: start.blockers.map((b) => b.code) });
      await updateView(client, target, buildApprovalRefusedModal(start.blockers));
      // A card still showing buttons for a request that is decided or expired is closed now.
      if (start.blockers.some((b) => b.code === 'APPROVAL_DECIDED' || b.code === 'APPROVAL_EXPIRED')) {
        const card = await loadApprovalCard(deps.db, approvalId, deps.clock.now());
        if (card) {
          await closeApprovalCards(deps, client, card);
          await refreshApproverHomes(deps, client, card);
        }
      }
      return;
    }
    await showPendingModal(deps, client, target, start.pending.id, userId);
  };
}
