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

/** "María José García-López" -> "M. G."; a name in any script keeps its first letter per part. */
export function patientInitials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1] ?? '') : '';
  return [first, last]
    .filter(Boolean)
    .map((part) => `${Array.from(part)[0]?.toUpperCase() ?? ''}.`)
    .join(' ');
}

export function buildAuditPost(summary: DoneSummary): { text: string } {
  const reason = summary.reasonLabel ? ` · ${summary.reasonLabel}` : '';
  return {
    text: `${ACTION_LABELS[summary.kind]}: ${formatCents(summary.amountCents)} · patient ${patientInitials(summary.patientName)}${reason} · by <@${summary.confirmedBy}>`,
  };
}
