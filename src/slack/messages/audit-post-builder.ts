/**
 * The line posted to AUDIT_CHANNEL for each change: who, what, how much, and the patient's
 * initials only, because everyone in that channel reads it (DOMAIN: no patient name in a channel).
 */
import { formatCents } from '../../domain/money.ts';
import type { DoneSummary } from '../../workflow/index.ts';

const ACTION_LABELS: Record<DoneSummary['kind'], string> = {
  write_off: 'Write-off',
  undo_write_off: 'Write-off undone',
  cancel_pr: 'PR cancelled',
  refund_payment: 'Payment refunded',
  approval: 'Write-off approved',
  small_balance_batch: 'Small balances written off',
};

export function buildAuditPost(summary: DoneSummary): { text: string } {
  const reason = summary.reasonLabel ? ` · ${summary.reasonLabel}` : '';
  const whose = summary.batch ? `${summary.batch.count} charges` : `patient ${summary.patientInitials}`;
  // A rejection changed nothing; it is posted so the channel sees every decision, as what it was.
  const label =
    summary.approval?.status === 'rejected'
      ? 'Write-off request rejected, nothing written off'
      : ACTION_LABELS[summary.kind];
  const requester = summary.approval ? ` · asked by <@${summary.approval.requestedBy}>` : '';
  return {
    text: `${label}: ${formatCents(summary.amountCents)} · ${whose}${reason}${requester} · by <@${summary.confirmedBy}>`,
  };
}
