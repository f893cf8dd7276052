/**
 * The small-balance selection (DOMAIN section 4, issue 10): charges with 0 < outstanding <= the
 * threshold, old enough, and not placeholder PR (an estimate waiting for its remittance is not a
 * balance the practice has decided to forgo). Ordered by id, the order a batch locks them in.
 */
import { and, asc, eq, gt, lte, ne } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { charges, ledgerEntries } from '../../db/schema/index.ts';

export interface SmallBalanceCriteria {
  /** Inclusive upper bound on the outstanding PR, in cents. */
  readonly underCents: number;
  /** A charge qualifies when its date of service is at least this many days before `today`. */
  readonly minAgeDays: number;
  /** YYYY-MM-DD; the caller's calendar day, so tests and the CLI agree on "today". */
  readonly today: string;
}

export interface SmallBalanceCharge {
  readonly id: number;
  readonly patientId: number;
  readonly dateOfService: string;
  readonly description: string;
  readonly prSource: string;
  readonly outstandingCents: number;
}

export interface SmallBalanceSelection {
  readonly count: number;
  readonly totalCents: number;
  readonly charges: readonly SmallBalanceCharge[];
}

/** The batch and its undo are bounded the same way, so a batch can always be undone whole. */
export const MAX_BATCH_CHARGES = 10_000;

export async function selectSmallBalances(
  db: Executor,
  criteria: SmallBalanceCriteria,
): Promise<SmallBalanceSelection> {
  const rows = await db
    .select({
      id: charges.id,
      patientId: charges.patientId,
      dateOfService: charges.dateOfService,
      description: charges.description,
      prSource: charges.prSource,
      outstandingCents: charges.outstandingCents,
    })
    .from(charges)
    .where(
      and(
        gt(charges.outstandingCents, 0),
        lte(charges.outstandingCents, criteria.underCents),
        ne(charges.prSource, 'placeholder'),
        lte(charges.dateOfService, ageCutoff(criteria.today, criteria.minAgeDays)),
      ),
    )
    .orderBy(asc(charges.id))
    .limit(MAX_BATCH_CHARGES);
  const totalCents = rows.reduce((sum, row) => sum + row.outstandingCents, 0);
  return { count: rows.length, totalCents, charges: rows };
}

/** The latest date of service that is `days` old on `today` (calendar days, UTC). */
export function ageCutoff(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`invalid day ${today}`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** The first write-off of a batch: undoing it undoes the batch whole. Null when there is none. */
export async function firstWriteOffOfBatch(db: Executor, batchId: string): Promise<number | null> {
  const [row] = await db
    .select({ id: ledgerEntries.id })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.batchId, batchId), eq(ledgerEntries.kind, 'write_off')))
    .orderBy(asc(ledgerEntries.id))
    .limit(1);
  return row?.id ?? null;
}
