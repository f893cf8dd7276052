/**
 * What the person who confirmed sees afterwards (ephemeral in channels, a normal message in a
 * DM): what was done, the new outstanding, and Undo for write-offs. Pure.
 */
import { formatCents, REFUND_REOPENS_PR } from '../../domain/index.ts';
import type { DoneSummary } from '../../workflow/index.ts';
import { actorMention } from '../views/actor-mentions.ts';
import { type Button, context, escapeMrkdwn, type KnownBlock, plain, section } from '../views/block-kit.ts';
import { spreadLinesText } from '../views/spread-lines.ts';
import { messageOf, type SlackMessage } from './slack-message.ts';

export const UNDO_ACTION = 'undo_write_off';
export const UNDO_BLOCK = 'undo';

export type { SlackMessage } from './slack-message.ts';

function sentence(s: DoneSummary): string {
  const amount = `*${formatCents(s.amountCents)}*`;
  const where = `${escapeMrkdwn(s.patientName)} · ${escapeMrkdwn(s.chargeLabel)}`;
  const outstanding = `Outstanding now *${formatCents(s.outstandingCents)}*.`;
  const why = s.reasonLabel ? ` (${escapeMrkdwn(s.reasonLabel)})` : '';
  switch (s.kind) {
    case 'write_off':
      return `:white_check_mark: Wrote off ${amount}${why} on ${where}. ${outstanding}`;
    case 'undo_write_off':
      return `:leftwards_arrow_with_hook: Undone: the ${amount} write-off on ${where} was reversed. ${outstanding}`;
    case 'cancel_pr':
      return `:white_check_mark: Cancelled ${amount} of PR${why} on ${where}. ${outstanding}`;
    case 'refund_payment':
      return `:white_check_mark: Refunded ${amount} on ${where}. ${outstanding} ${REFUND_REOPENS_PR}`;
    case 'approval': {
      // The biller who asked for the write-off, not the approver who confirmed this form.
      const requester = actorMention(s.approval?.requestedBy ?? s.requestedBy);
      return s.approval?.status === 'rejected'
        ? `:x: Rejected the ${amount} write-off request${why} on ${where}. ${requester} is told why.`
        : `:white_check_mark: Approved ${requester}'s write-off of ${amount}${why} on ${where}. ${outstanding}`;
    }
    case 'small_balance_batch':
      return `:white_check_mark: Wrote off ${amount}${why} on ${escapeMrkdwn(s.chargeLabel)} as one batch.`;
  }
}

export function buildDoneMessage(summary: DoneSummary): SlackMessage {
  const head = sentence(summary);
  // A spread lists the charges it took money from, as its form did (the same plan).
  const spread = summary.spread && summary.spread.length > 0 ? spreadLinesText(summary.spread) : null;
  const blocks: KnownBlock[] = [section(head), ...(spread ? [section(spread)] : [])];
  if (summary.undoPendingId) {
    const undo: Button = {
      type: 'button',
      action_id: UNDO_ACTION,
      text: plain('Undo'),
      value: summary.undoPendingId,
      confirm: {
        title: plain('Undo this write-off?'),
        text: plain(`A reversal puts ${formatCents(summary.amountCents)} back on the patient's balance.`),
        confirm: plain('Undo'),
        deny: plain('Keep it'),
      },
    };
    blocks.push({ type: 'actions', block_id: UNDO_BLOCK, elements: [undo] });
  }
  return messageOf(blocks);
}

/**
 * The same message sent by DM because the conversation it belonged to refused the app's post
 * (the app is not a member there): a line first says why it arrives here.
 */
export function inDirectMessage(message: SlackMessage): SlackMessage {
  const why =
    ':information_source: I could not post in the conversation this started in (I am not a member there), so here it is.';
  return messageOf([context(why), ...message.blocks]);
}

/** When Undo cannot be done: one sentence and the next step. */
export function buildUndoRefusedMessage(reason: string): SlackMessage {
  const text = `:no_entry: ${escapeMrkdwn(reason)}`;
  return { text, blocks: [section(text)] };
}

/**
 * The change was committed and the form closed, then the database stopped answering before the
 * details were read back: the person still learns it went through, and where to see it.
 */
export function buildSavedWithoutDetailsMessage(): SlackMessage {
  const text =
    ':white_check_mark: Saved: your change went through. The database stopped answering before I could read the details back, so this message has no Undo button. Look up the patient’s balance to see the change; Undo is on App Home.';
  return { text, blocks: [section(text)] };
}
