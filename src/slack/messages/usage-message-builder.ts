/** The short usage card for `/billing` alone and `/billing help`. Pure. */
import { section } from '../views/block-kit.ts';
import type { SlackMessage } from './done-message-builder.ts';

export const USAGE_LINES = [
  '`/writeoff $40 Jane Doe hardship` – write off patient responsibility (opens a form to confirm)',
  '`/billing undo my last write-off` – undo a write-off',
  '`/billing cancel the PR for Jane Doe, duplicate` – cancel PR that was wrong',
  '`/billing refund Jane Doe $20` – refund a payment',
  '`/billing balance Jane Doe` – what a patient owes (only you see it)',
  '`/billing why can’t I write off Jane Doe’s Oct 3 charge?` – what is in the way, and the next step',
  '`/billing help how do I undo a write-off?` – answers from the help articles',
  '`/billing role @someone biller $250` – admins grant roles (admin, billing_manager, biller, viewer); the amount, optional, sets a write-off limit',
];

export function buildUsageMessage(): SlackMessage {
  const text = `*Billing assistant*\n${USAGE_LINES.join('\n')}\nNothing changes until you press Confirm in the form.`;
  return { text, blocks: [section(text)] };
}
