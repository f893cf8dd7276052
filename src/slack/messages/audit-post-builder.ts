/**
 * The line posted to AUDIT_CHANNEL for each change: who, what, how much, and the patient's
 * initials only, because everyone in that channel reads it (DOMAIN: no patient name in a channel).
 * What comes from data (initials, the charge label, the reason's label) is escaped: a patient
 * imported as "<!channel>" must not become a mention, a link or a broken line in a channel.
 */
import { counted } from '../../domain/counted.ts';
import { formatCents } from '../../domain/money.ts';
import type { DoneSummary } from '../../workflow/index.ts';
import { escapeMrkdwn } from '../views/block-kit.ts';

const ACTION_LABELS: Record<DoneSummary['kind'], string> = {
  write_off: 'Write-off',
  undo_write_off: 'Write-off undone',
  cancel_pr: 'PR cancelled',
  refund_payment: 'Payment refunded',
  approval: 'Write-off approved',
  small_balance_batch: 'Small balances written off',
};

export function buildAuditPost(summary: DoneSummary): { text: string } {
  const reason = summary.reasonLabel ? ` · ${escapeMrkdwn(summary.reasonLabel)}` : '';
  const requester = summary.approval ? ` · asked by <@${summary.approval.requestedBy}>` : '';
  return {
    text: `${actionLabel(summary)}: ${formatCents(summary.amountCents)} · ${whose(summary)}${reason}${requester} · by <@${summary.confirmedBy}>`,
  };
}

function actionLabel(summary: DoneSummary): string {
  // A rejection changed nothing; it is posted so the channel sees every decision, as what it was.
  if (summary.approval?.status === 'rejected') return 'Write-off request rejected, nothing written off';
  // Undoing one write-off of a small-balance batch reverses the whole batch.
  if (summary.kind === 'undo_write_off' && spansManyPatients(summary)) return 'Small-balance batch undone';
  return ACTION_LABELS[summary.kind];
}

/** The patient's initials; for a batch or its undo, which span many patients, the number of charges. */
function whose(summary: DoneSummary): string {
  if (summary.batch) return counted(summary.batch.count, 'charge');
  return escapeMrkdwn(
    spansManyPatients(summary) ? summary.chargeLabel : `patient ${summary.patientInitials}`,
  );
}

/** A summary of many patients' charges names nobody: it has no initials (a patient's never are empty). */
function spansManyPatients(summary: DoneSummary): boolean {
  return summary.patientInitials === '';
}
