/** App Home: the user's recent actions with Undo where allowed. Pure. */
import type { EntryKind } from '../../domain/index.ts';
import { formatCents, isoDay, WHO_GRANTS_ACCESS } from '../../domain/index.ts';
import type { HomeModel, RecentAction, WaitingRequest } from '../../workflow/index.ts';
import { approvalButtons, requestSummary } from '../messages/approval-message-builder.ts';
import { actorMention } from './actor-mentions.ts';
import { context, escapeMrkdwn, type HomeView, type KnownBlock, plain, section } from './block-kit.ts';

export const HOME_UNDO_ACTION = 'home_undo';
export const HOME_CALLBACK = 'billing_home';

const KIND_LABELS: Record<EntryKind, string> = {
  pr_assessed: 'PR assessed',
  payment: 'Payment',
  refund: 'Refund',
  write_off: 'Write-off',
  write_off_reversal: 'Write-off undone',
  cancellation: 'PR cancelled',
};

function actionBlock(action: RecentAction): KnownBlock {
  const text = `*${KIND_LABELS[action.kind]}* ${formatCents(action.amountCents)} · ${escapeMrkdwn(action.patientName)} · ${escapeMrkdwn(action.chargeLabel)} · ${isoDay(action.createdAt)}`;
  return {
    type: 'section',
    block_id: `recent_${action.entryId}`,
    text: { type: 'mrkdwn', text },
    ...(action.undoable
      ? {
          accessory: {
            type: 'button',
            action_id: HOME_UNDO_ACTION,
            text: plain('Undo'),
            value: String(action.entryId),
          },
        }
      : {}),
  };
}

/** Each waiting request with its buttons; initials only, like the card (the modal has the name). */
function approvalBlocks(approvals: HomeModel['approvals']): KnownBlock[] {
  if (approvals.length === 0) return [];
  return [
    { type: 'divider' },
    section('*Waiting for your approval*'),
    ...approvals.flatMap((card) => [
      section(
        `${actorMention(card.requestedBy)} asks to write off ${requestSummary(card)}.`,
        `approval_${card.approvalId}`,
      ),
      approvalButtons(card, `approval_buttons_${card.approvalId}`),
    ]),
  ];
}

/**
 * The user's own requests still waiting for a decision, with the full name (Home is private to
 * them): without this, a write-off sent for approval showed nowhere until it was decided.
 */
function waitingBlocks(waiting: readonly WaitingRequest[]): KnownBlock[] {
  if (waiting.length === 0) return [];
  return [
    { type: 'divider' },
    section('*Your requests waiting for approval*'),
    ...waiting.map((request) =>
      section(
        `*Write-off* ${formatCents(request.amountCents)} · ${escapeMrkdwn(request.patientName)} · ${escapeMrkdwn(request.chargeLabel)} · sent ${isoDay(request.sentAt)}\n` +
          `A billing manager or admin must approve or reject it; nothing is written off until one of them approves it. It expires on ${isoDay(request.expiresAt)} if nobody decides.`,
        `waiting_${request.approvalId}`,
      ),
    ),
  ];
}

/** What the user can start from here, by what their role allows: nobody is pointed at a refusal. */
function helpLine(model: HomeModel): string {
  if (!model.roleLabel) return 'You can still message me general billing questions.';
  if (!model.mayWriteOff)
    return 'Use `/billing <what you need>` or message me to look up a balance or get help.';
  return 'Use `/writeoff $40 Jane Doe hardship` or `/billing <what you need>`, or message me.';
}

export function buildHomeView(model: HomeModel): HomeView {
  const header: KnownBlock[] = [{ type: 'header', text: plain('Billing assistant') }];
  if (!model.roleLabel) {
    // No role, no patient data (DOMAIN.md section 4): no recent actions, not even an empty list.
    const blocks = [
      ...header,
      section(`You have no role in the billing app yet. Ask ${WHO_GRANTS_ACCESS}.`),
      context(helpLine(model)),
    ];
    return { type: 'home', callback_id: HOME_CALLBACK, blocks };
  }
  const blocks: KnownBlock[] = [
    ...header,
    section(`Your role: *${model.roleLabel}*.`),
    context(helpLine(model)),
    ...approvalBlocks(model.approvals),
    ...waitingBlocks(model.waiting),
    { type: 'divider' },
    section('*Your recent actions*'),
    ...(model.actions.length === 0 ? [context('Nothing yet.')] : model.actions.map(actionBlock)),
  ];
  return { type: 'home', callback_id: HOME_CALLBACK, blocks: blocks.slice(0, 100) };
}
