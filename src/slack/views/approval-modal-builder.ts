/**
 * The approver's own modal: the request in full (the patient's full name appears only here),
 * and either Approve with an optional note for the requester, or Reject with a reason. Pure.
 */
import type { ApprovalModel } from '../../workflow/index.ts';
import { approvalSlack } from '../actions/approval.ts';
import { actorMention } from './actor-mentions.ts';
import { escapeMrkdwn, type KnownBlock, type ModalView, plain, section } from './block-kit.ts';
import { blockerBlocks, noteInput } from './shared-blocks.ts';

export const APPROVAL_CALLBACK = approvalSlack.callbackId;
export const APPROVAL_DETAILS_BLOCK = 'approval_details';
export const APPROVE_SUBMIT = 'Approve';
export const REJECT_SUBMIT = 'Reject';

function details(request: NonNullable<ApprovalModel['request']>): string {
  const lines = [
    `${actorMention(request.requestedBy)} asks to write off *${request.amountText}* (${escapeMrkdwn(request.reasonLabel)}).`,
    `*Patient:* ${escapeMrkdwn(request.patientName)}`,
    `*Charge:* ${escapeMrkdwn(request.chargeLabel)}`,
  ];
  if (request.note) lines.push(`*Note:* ${escapeMrkdwn(request.note)}`);
  return lines.join('\n');
}

export function buildApprovalModal(model: ApprovalModel): ModalView {
  const rejecting = model.decision === 'reject';
  const open = model.request !== null && model.blocker === null;
  const blocks: KnownBlock[] = model.request
    ? [section(details(model.request), APPROVAL_DETAILS_BLOCK), ...blockerBlocks(model.blocker)]
    : [section('This request no longer exists.')];
  if (open) {
    blocks.push(
      noteInput({
        note: model.decisionNote,
        label: rejecting ? 'Why is it rejected?' : 'Note for the requester',
        optional: !rejecting,
        hint: rejecting ? 'The requester reads this.' : 'Approving writes it off now, as their write-off.',
      }),
    );
  }
  return {
    type: 'modal',
    callback_id: approvalSlack.callbackId,
    private_metadata: model.pendingId,
    title: plain(rejecting ? 'Reject write-off' : 'Approve write-off'),
    ...(open ? { submit: plain(rejecting ? REJECT_SUBMIT : APPROVE_SUBMIT) } : {}),
    close: plain(open ? 'Cancel' : 'Close'),
    blocks,
  };
}
