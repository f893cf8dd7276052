/** The readable table of charges that `charges` and `balance` print. */
import { formatCents } from '../domain/money.ts';
import type { ChargeView } from '../ledger/index.ts';
import { toTable } from './output.ts';

export function chargeTable(charges: readonly ChargeView[]): string {
  return toTable(
    [
      'Charge',
      'Date',
      'Description',
      'PR source',
      'Assessed',
      'Paid',
      'Written off',
      'Outstanding',
      'Status',
    ],
    charges.map((c) => [
      c.id,
      c.dateOfService,
      c.description,
      c.prSource,
      formatCents(c.assessedCents),
      formatCents(c.paidCents),
      formatCents(c.writtenOffCents),
      formatCents(c.outstandingCents),
      c.status,
    ]),
  );
}
