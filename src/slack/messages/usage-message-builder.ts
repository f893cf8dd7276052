/**
 * What the app can do: the usage card for `/billing` alone and `/billing help`, and the one-line
 * reply with buttons for a message that was not understood or asks for something the app does
 * not do (statements, scheduling, claims, …). Pure.
 */
import type { ActionKind } from '../../domain/index.ts';
import { type Button, type KnownBlock, plain, section } from '../views/block-kit.ts';
import type { SlackMessage } from './done-message-builder.ts';

export const USAGE_LINES = [
  '`/writeoff $40 Jane Doe hardship` – write off patient responsibility (opens a form to confirm)',
  '`/billing undo my last write-off` – undo a write-off',
  '`/billing cancel the PR for Jane Doe, duplicate` – cancel PR that was wrong',
  '`/billing refund Jane Doe $20` – refund a payment',
  '`/billing balance Jane Doe` – what a patient owes (only you see it)',
  '`/billing why can’t I write off Jane Doe’s Oct 3 charge?` – what is in the way, and the next step',
  '`/billing help how do I undo a write-off?` – answers from the help articles',
  '`/billing small-balances under $10` – billing managers and admins: a batch write-off of small balances, previewed first',
  '`/billing report for November` – billing managers and admins: the month’s write-offs by reason and by user, with a chart and a CSV in your DM',
  '`/billing role @someone biller $250` – admins grant roles (admin, billing_manager, biller, viewer; none takes access away); the amount, optional, sets a write-off limit',
];

export function buildUsageMessage(): SlackMessage {
  const text = `*Billing assistant*\n${USAGE_LINES.join('\n')}\nNothing changes until you press Confirm in the form.`;
  return { text, blocks: [section(text)] };
}

/** Buttons that open an empty form of their kind; the value is the kind. Ids are unique per block. */
export const START_ACTION_PATTERN = /^start_action_/;
const startActionId = (kind: StartableKind) => `start_action_${kind}`;
export const CAN_DO_BLOCK = 'can_do';
export const CAN_DO_ACTIONS_BLOCK = 'can_do_actions';

/** The kinds a person starts with an empty form; an approval or a batch starts elsewhere. */
type StartableKind = Extract<ActionKind, 'write_off' | 'undo_write_off' | 'cancel_pr' | 'refund_payment'>;

export const START_LABELS: Record<StartableKind, string> = {
  write_off: 'Write off',
  undo_write_off: 'Undo a write-off',
  cancel_pr: 'Cancel PR',
  refund_payment: 'Refund a payment',
};

export const CAN_DO_LINE =
  'I did not understand that, or it is not something I do: I write off, undo write-offs, cancel PR, refund payments, look up balances, and answer how-to questions.';

/** Read by the button handler: only a value this builder writes starts a form. */
export function parseStartValue(value: string): StartableKind | null {
  return Object.hasOwn(START_LABELS, value) ? (value as StartableKind) : null;
}

function startButton(kind: StartableKind): Button {
  return { type: 'button', action_id: startActionId(kind), text: plain(START_LABELS[kind]), value: kind };
}

/** One line of what the app does, and a button per action that opens its form. */
export function buildCanDoMessage(): SlackMessage {
  const kinds = Object.keys(START_LABELS) as StartableKind[];
  const blocks: KnownBlock[] = [
    section(CAN_DO_LINE, CAN_DO_BLOCK),
    { type: 'actions', block_id: CAN_DO_ACTIONS_BLOCK, elements: kinds.map(startButton) },
  ];
  return { text: CAN_DO_LINE, blocks };
}
