/**
 * Approval requests in Slack: the card approvers get (in APPROVALS_CHANNEL or by DM) with the
 * patient's initials, never the name; what the requester is shown and told afterwards. Pure.
 */
import { type Blocker, formatCents, isoDay } from '../../domain/index.ts';
import type { ApprovalCard } from '../../workflow/index.ts';
import { actorMention, mentionActors } from '../views/actor-mentions.ts';
import {
  type Button,
  context,
  escapeMrkdwn,
  type KnownBlock,
  type ModalView,
  plain,
  section,
} from '../views/block-kit.ts';
import { buildNoticeModal } from '../views/notice-modal-builder.ts';
import type { SlackMessage } from './done-message-builder.ts';

export const APPROVE_ACTION = 'approval_approve';
export const REJECT_ACTION = 'approval_reject';
export const APPROVAL_BUTTONS_BLOCK = 'approval_buttons';
export const APPROVAL_CLOSED_BLOCK = 'approval_closed';

type LimitFigures = NonNullable<ApprovalCard['limit']>;

/** "$150.00 (Small balance) for J. D., charge of 2026-10-01": no name, safe for a channel. */
export function requestSummary(card: ApprovalCard, where: 'channel' | 'private' = 'private'): string {
  // A channel reads the card: initials with a date of service, an amount and a reason such as
  // hardship can name a patient to anyone who knows the practice. It gets the amount (what an
  // approver weighs against their own limit); the form its buttons open has the rest.
  if (where === 'channel') return `*${formatCents(card.amountCents)}*`;
  return `*${formatCents(card.amountCents)}* (${escapeMrkdwn(card.reasonLabel)}) for ${escapeMrkdwn(card.patientInitials)}, charge of ${card.dateOfService}`;
}

export function approvalButtons(card: ApprovalCard, blockId = APPROVAL_BUTTONS_BLOCK): KnownBlock {
  const approve: Button = {
    type: 'button',
    action_id: APPROVE_ACTION,
    text: plain('Approve'),
    style: 'primary',
    value: card.approvalId,
  };
  const reject: Button = {
    type: 'button',
    action_id: REJECT_ACTION,
    text: plain('Reject'),
    value: card.approvalId,
  };
  return { type: 'actions', block_id: blockId, elements: [approve, reject] };
}

/**
 * The request as approvers get it. In a channel the note stays out: people type names, dates of
 * birth and diagnoses into notes, and everyone in the channel reads the card; it shows in the
 * window the buttons open, with the full name. A card sent by DM shows it.
 */
export function buildApprovalRequestMessage(
  card: ApprovalCard,
  where: 'channel' | 'direct_message',
  /** The approvals channel that refused the card, when it comes by DM instead. */
  refusedBy: string | null = null,
): SlackMessage {
  const text = `:raised_hand: ${actorMention(card.requestedBy)} asks for approval to write off ${requestSummary(card, where === 'channel' ? 'channel' : 'private')}.`;
  const blocks: KnownBlock[] = [section(text)];
  if (card.note && where === 'direct_message') blocks.push(section(`*Note:* ${escapeMrkdwn(card.note)}`));
  const shownOnOpen =
    where === 'channel' ? 'The patient, the charge, the reason and any note show' : 'The full name shows';
  blocks.push(
    approvalButtons(card),
    context(
      `${cardLimitSentence(card, where)} Expires ${isoDay(card.expiresAt)}. ${shownOnOpen} when you open it.`,
    ),
  );
  if (refusedBy) {
    blocks.push(
      context(
        `Sent to you by DM because the app could not post it in <#${refusedBy}>: invite the app there to have requests posted in the channel.`,
      ),
    );
  }
  return { text, blocks };
}

/**
 * Why it needs approval, as the approvers read it. In a channel, what the requester already wrote
 * off for this patient stays out (everyone there reads it); a card by DM has the figures.
 */
function cardLimitSentence(card: ApprovalCard, where: 'channel' | 'direct_message'): string {
  const limit = card.limit;
  if (!limit) return 'Above their write-off limit.';
  if (limit.earlierCents === 0) return `Above their ${formatCents(limit.limitCents)} write-off limit.`;
  if (where === 'channel') {
    return `Above their ${formatCents(limit.limitCents)} write-off limit, counting what they already wrote off for this patient in the last 24 hours.`;
  }
  return `${withEarlierWriteOffs(card, limit)}, over their ${formatCents(limit.limitCents)} limit.`;
}

/** "$60.00 already written off for this patient in the last 24 hours plus this $50.00 is $110.00" */
function withEarlierWriteOffs(card: ApprovalCard, limit: LimitFigures): string {
  const total = limit.earlierCents + card.amountCents;
  return `${formatCents(limit.earlierCents)} already written off for this patient in the last 24 hours plus this ${formatCents(card.amountCents)} is ${formatCents(total)}`;
}

/**
 * Why it needs approval, as the requester reads it, after the request's summary. With write-offs
 * earlier that day the amount alone may be within the limit: the sentence then adds them up
 * (DOMAIN.md section 4: 24 hours, this one included).
 */
function requesterLimitSentence(card: ApprovalCard): string {
  const limit = card.limit;
  // The summary ends in "charge of 2026-07-29": the comma closes it, so the verb has its subject.
  if (!limit || limit.earlierCents === 0) return ', is above your write-off limit';
  return `. ${withEarlierWriteOffs(card, limit)}, over your ${formatCents(limit.limitCents)} limit`;
}

/**
 * The card once it is decided or expired: who decided and the outcome, the buttons gone. The
 * rejection reason stays in the requester's DM: the approver typed it, and a channel reads this.
 */
export function buildApprovalClosedCard(card: ApprovalCard, where: 'channel' | 'private'): SlackMessage {
  const request = `${actorMention(card.requestedBy)}'s write-off of ${requestSummary(card, where)}`;
  const by = card.decidedBy ? actorMention(card.decidedBy) : 'a billing manager';
  const outcome: Record<ApprovalCard['status'], string> = {
    approved: `:white_check_mark: Approved by ${by}: ${request}. It is written off.`,
    rejected: `:x: Rejected by ${by}: ${request}. Nothing was written off.`,
    expired: `:hourglass: Expired: ${request} was not decided within 7 days. Nothing was written off.`,
    pending: `:raised_hand: ${request} is waiting for approval.`,
  };
  const text = outcome[card.status];
  return { text, blocks: [section(text, APPROVAL_CLOSED_BLOCK)] };
}

/** What the requester sees instead of a confirmation: nothing was written yet. `recipients`: where it went. */
export function buildSentForApprovalModal(card: ApprovalCard, recipients: string): ModalView {
  return buildNoticeModal(
    'Sent for approval',
    `:hourglass_flowing_sand: Sent for approval: your write-off of ${requestSummary(card)}${requesterLimitSentence(card)}, so nothing is written off yet. ${recipients} You will get a DM when it is approved or rejected.`,
  );
}

/**
 * The same form confirmed again after it went for approval: nothing more was sent. When the form
 * now shows another amount (or charge), it says what was sent, so nobody thinks the new one was.
 */
export function buildAlreadySentForApprovalModal(card: ApprovalCard, formDiffers: boolean): ModalView {
  const sent = formDiffers
    ? `The amount sent for approval was ${requestSummary(card)}; nothing else was sent.`
    : `It was sent once: ${requestSummary(card)}. Nothing more was sent.`;
  const by = card.decidedBy ? actorMention(card.decidedBy) : 'a billing manager';
  const texts: Record<ApprovalCard['status'], string> = {
    pending: `:hourglass_flowing_sand: This write-off is waiting for approval. ${sent} You will get a DM when it is approved or rejected.`,
    approved: `:white_check_mark: This write-off went for approval and ${by} approved it. ${sent} It is written off.`,
    rejected: `:x: This write-off went for approval and ${by} rejected it. ${sent} Nothing was written off.`,
    expired: `:hourglass: This write-off went for approval and expired undecided after 7 days. ${sent} Nothing was written off; if it is still needed, ask for it again.`,
  };
  return buildNoticeModal('Sent for approval', texts[card.status]);
}

/** The requester's DM once a billing manager or admin decided, or the request expired. */
export function buildApprovalOutcomeMessage(card: ApprovalCard): SlackMessage {
  const by = card.decidedBy ? actorMention(card.decidedBy) : 'A billing manager';
  const note = card.decisionNote ? ` Note: “${escapeMrkdwn(card.decisionNote)}”` : '';
  const texts: Record<ApprovalCard['status'], string> = {
    rejected: `:x: ${by} rejected your write-off request: ${requestSummary(card)}. Nothing was written off.${note}`,
    approved: `:white_check_mark: ${by} approved your write-off request: ${requestSummary(card)}. It is written off.${note}`,
    expired: `:hourglass: Your write-off request ${requestSummary(card)} was not decided within 7 days, so it expired. Nothing was written off. If it is still needed, ask for it again.`,
    pending: `:hourglass_flowing_sand: Your write-off request ${requestSummary(card)} is waiting for approval.`,
  };
  const text = texts[card.status];
  return { text, blocks: [section(text)] };
}

/** What a requester is told of: the request's state, or an approval a rule now blocks. */
export type RequesterOutcome = ApprovalCard['status'] | 'blocked';

/**
 * The requester's DM about their request's outcome when they no longer have a role (an admin set
 * it to `none`): anything that shows a patient's data needs one (DOMAIN.md section 4), so it
 * names the request by when it was sent and its id, never the patient, the charge, its date, the
 * amount, the reason or any note, and says that their access was removed.
 */
export function buildApprovalOutcomeWithoutAccessMessage(
  card: ApprovalCard,
  outcome: RequesterOutcome,
): SlackMessage {
  const sent = card.sentAt ? ` sent on ${isoDay(card.sentAt)}` : '';
  const request = `Your write-off request${sent} (request id \`${card.approvalId}\`)`;
  const texts: Record<RequesterOutcome, string> = {
    approved: `:white_check_mark: ${request} was approved.`,
    rejected: `:x: ${request} was rejected. Nothing was written off.`,
    expired: `:hourglass: ${request} expired: it was not decided within 7 days. Nothing was written off.`,
    pending: `:hourglass_flowing_sand: ${request} is waiting for approval.`,
    blocked: `:warning: ${request} could not be approved, so nothing was written off.`,
  };
  const text = `${texts[outcome]} ${NO_ACCESS_SENTENCE}`;
  return { text, blocks: [section(text)] };
}

export const NO_ACCESS_SENTENCE =
  'You no longer have access to the billing app, so its details are not shown here. If you need access again, ask an admin of the billing app.';

/** The requester's DM when approving was tried but a rule now stands in the way. */
export function buildApprovalBlockedMessage(card: ApprovalCard, blockers: readonly Blocker[]): SlackMessage {
  const why = blockers
    .map((b) => mentionActors(escapeMrkdwn(`${b.message} ${b.requesterNextStep ?? b.nextStep}`), [b.actor]))
    .join(' ');
  const text = `:warning: Your write-off request ${requestSummary(card)} could not be approved, so nothing was written off: ${why}`;
  return { text, blocks: [section(text)] };
}

/**
 * The approver's form submitted when the request can no longer be decided (decided meanwhile,
 * expired) or a rule now stands in the way (less outstanding than requested, the approver's own
 * limit): the form is replaced by the refusal and its next step, where who decided shows as a
 * mention (a field error is plain text, where a user id stays an id), since the form's only field,
 * the note, can fix none of it. Null when there is no such refusal.
 */
export function buildDecisionClosedModal(closing: readonly Blocker[] | undefined): ModalView | null {
  return closing && closing.length > 0 ? buildApprovalRefusedModal(closing) : null;
}

/** A button press the rules refuse at once (your own request, decided, expired, no role). */
export function buildApprovalRefusedModal(blockers: readonly Blocker[]): ModalView {
  const text = blockers
    .map((b) => `:no_entry: ${mentionActors(escapeMrkdwn(`${b.message} ${b.nextStep}`), [b.actor])}`)
    .join('\n');
  return buildNoticeModal('Write-off approval', text);
}
