/**
 * The line posted to AUDIT_CHANNEL for each change: what was done, how much, why, who did it, and
 * the ledger ids to look it up by (`cli audit`, the app). It names no patient: no initials, name,
 * MRN or date of birth, nor the charge's description or date, because everyone in that channel
 * reads it and initials beside an amount and a reason such as hardship can tell whose charge it
 * is (as for the approvals channel's card). What comes from data (the reason's label) is escaped:
 * a custom reason typed as "<!channel>" must not become a mention, a link or a broken line.
 */
import { counted } from '../../domain/counted.ts';
import { formatCents } from '../../domain/money.ts';
import type { DoneSummary, LedgerRef } from '../../workflow/index.ts';
import { actorMention } from '../views/actor-mentions.ts';
import { escapeMrkdwn } from '../views/block-kit.ts';

const ACTION_LABELS: Record<DoneSummary['kind'], string> = {
  write_off: 'Write-off',
  undo_write_off: 'Write-off undone',
  cancel_pr: 'PR cancelled',
  refund_payment: 'Payment refunded',
  approval: 'Write-off approved',
  small_balance_batch: 'Small balances written off',
};

/** Ids listed in one line at most; a longer list says how many more (`cli audit` has them all). */
const MAX_IDS = 10;

export function buildAuditPost(summary: DoneSummary): { text: string } {
  const parts = [`${actionLabel(summary)}: ${formatCents(summary.amountCents)}`];
  const many = manyCharges(summary);
  if (many) parts.push(many);
  if (summary.reasonLabel) parts.push(escapeMrkdwn(summary.reasonLabel));
  if (summary.approval) parts.push(`asked by ${actorMention(summary.approval.requestedBy)}`);
  parts.push(`by ${actorMention(summary.confirmedBy)}`);
  parts.push(...ledgerIds(summary.ledgerRef));
  return { text: parts.join(' · ') };
}

function actionLabel(summary: DoneSummary): string {
  // A rejection changed nothing; it is posted so the channel sees every decision, as what it was.
  if (summary.approval?.status === 'rejected') return 'Write-off request rejected, nothing written off';
  // Undoing one write-off of a small-balance batch reverses the whole batch.
  if (summary.kind === 'undo_write_off' && spansManyPatients(summary)) return 'Small-balance batch undone';
  return ACTION_LABELS[summary.kind];
}

/** For a batch or its undo, which span many patients, the number of charges; else nothing. */
function manyCharges(summary: DoneSummary): string | null {
  if (summary.batch) return counted(summary.batch.count, 'charge');
  return spansManyPatients(summary) ? escapeMrkdwn(summary.chargeLabel) : null;
}

/** A summary of many patients' charges names nobody: it has no initials (a patient's never are empty). */
function spansManyPatients(summary: DoneSummary): boolean {
  return summary.patientInitials === '';
}

/** "entry 203", "undoes entry 201", "charge 3", "payment 150", "batch …", "approval …". */
function ledgerIds(ref: LedgerRef): string[] {
  const out: string[] = [];
  if (ref.entryIds.length > 0) out.push(idList('entry', 'entries', ref.entryIds));
  if (ref.reversedEntryIds && ref.reversedEntryIds.length > 0) {
    out.push(`undoes ${idList('entry', 'entries', ref.reversedEntryIds)}`);
  }
  const charges = [...new Set(ref.chargeIds)];
  if (charges.length > 0) out.push(idList('charge', 'charges', charges));
  if (ref.paymentEntryId) out.push(`payment ${ref.paymentEntryId}`);
  if (ref.batchId) out.push(`batch ${escapeMrkdwn(ref.batchId)}`);
  if (ref.approvalId) out.push(`approval ${escapeMrkdwn(ref.approvalId)}`);
  return out;
}

function idList(one: string, several: string, ids: readonly number[]): string {
  if (ids.length === 1) return `${one} ${ids[0]}`;
  const shown = ids.slice(0, MAX_IDS).join(', ');
  const more = ids.length > MAX_IDS ? ` and ${ids.length - MAX_IDS} more` : '';
  return `${several} ${shown}${more}`;
}
