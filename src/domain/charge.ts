/** A charge's PR derived from its ledger entries. Pure arithmetic over integer cents. */

export const PR_SOURCES = ['remittance', 'self_pay', 'placeholder', 'custom'] as const;
export type PrSource = (typeof PR_SOURCES)[number];

export const ENTRY_KINDS = [
  'pr_assessed',
  'payment',
  'refund',
  'write_off',
  'write_off_reversal',
  'cancellation',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const CHARGE_STATUSES = ['outstanding', 'paid', 'written_off', 'cancelled'] as const;
export type ChargeStatus = (typeof CHARGE_STATUSES)[number];

/** Sum of each kind of entry on one charge, in cents. */
export interface EntrySums {
  readonly assessedCents: number;
  readonly paymentsCents: number;
  readonly refundsCents: number;
  readonly writeOffsCents: number;
  readonly reversalsCents: number;
  readonly cancelledCents: number;
}

export const ZERO_SUMS: EntrySums = {
  assessedCents: 0,
  paymentsCents: 0,
  refundsCents: 0,
  writeOffsCents: 0,
  reversalsCents: 0,
  cancelledCents: 0,
};

/** How each entry kind moves outstanding PR: +1 raises it, -1 lowers it. */
export const ENTRY_EFFECT: Record<EntryKind, 1 | -1> = {
  pr_assessed: 1,
  payment: -1,
  refund: 1,
  write_off: -1,
  write_off_reversal: 1,
  cancellation: -1,
};

/**
 * The running total each entry kind adds to: the one map from kind to total. The charges table
 * has a column of the same name for each, which the ledger writer updates.
 */
export const ENTRY_TOTAL_FIELD: Record<EntryKind, keyof EntrySums> = {
  pr_assessed: 'assessedCents',
  payment: 'paymentsCents',
  refund: 'refundsCents',
  write_off: 'writeOffsCents',
  write_off_reversal: 'reversalsCents',
  cancellation: 'cancelledCents',
};

export function addEntry(sums: EntrySums, kind: EntryKind, amountCents: number): EntrySums {
  const field = ENTRY_TOTAL_FIELD[kind];
  return { ...sums, [field]: sums[field] + amountCents };
}

export interface ChargeTotals {
  readonly assessedCents: number;
  /** Payments less refunds. */
  readonly paidCents: number;
  /** Write-offs less reversals. */
  readonly writtenOffCents: number;
  readonly cancelledCents: number;
  readonly outstandingCents: number;
  readonly status: ChargeStatus;
}

export function totalsFromSums(s: EntrySums): ChargeTotals {
  const paidCents = s.paymentsCents - s.refundsCents;
  const writtenOffCents = s.writeOffsCents - s.reversalsCents;
  const outstandingCents = s.assessedCents - paidCents - writtenOffCents - s.cancelledCents;
  if (outstandingCents < 0) {
    // The ledger's rules make this impossible; reaching it means a bug, so stop loudly.
    throw new Error(`invariant: outstanding PR below zero (${outstandingCents})`);
  }
  return {
    assessedCents: s.assessedCents,
    paidCents,
    writtenOffCents,
    cancelledCents: s.cancelledCents,
    outstandingCents,
    status: statusOf(outstandingCents, writtenOffCents, s.cancelledCents),
  };
}

function statusOf(outstandingCents: number, writtenOffCents: number, cancelledCents: number): ChargeStatus {
  if (outstandingCents > 0) return 'outstanding';
  if (cancelledCents > 0) return 'cancelled';
  if (writtenOffCents > 0) return 'written_off';
  return 'paid';
}
