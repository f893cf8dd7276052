/**
 * The newest entry one actor wrote on a charge, of one kind and amount, in the last minutes: how
 * a re-run of the same request is recognised (workflow/repeats.ts). A write-off since undone does
 * not count: doing it again does not take the amount off twice. Reached by the actor's index.
 */
import { and, desc, eq, gt, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { charges, ledgerEntries, patients } from '../../db/schema/index.ts';

export type RepeatableEntryKind = 'write_off' | 'refund';

export interface RecentEntry {
  readonly entryId: number;
  readonly amountCents: number;
  readonly createdAt: Date;
  readonly patientName: string;
  readonly dateOfService: string;
}

export async function findRecentEntry(
  db: Executor,
  params: {
    readonly actor: string;
    readonly chargeId: number;
    readonly kind: RepeatableEntryKind;
    readonly amountCents: number;
    readonly withinMinutes: number;
    /**
     * The idempotency key of the request being confirmed: its own entries (the key, or the key
     * with `#n` for a spread) are not an earlier run of it. Without this, a second delivery of the
     * same confirm that lands just after the first committed would see the first as a re-run.
     */
    readonly ownKey?: string;
  },
): Promise<RecentEntry | null> {
  const reversal = alias(ledgerEntries, 'reversal');
  const [row] = await db
    .select({
      entryId: ledgerEntries.id,
      amountCents: ledgerEntries.amountCents,
      createdAt: ledgerEntries.createdAt,
      firstName: patients.firstName,
      lastName: patients.lastName,
      dateOfService: charges.dateOfService,
    })
    .from(ledgerEntries)
    .innerJoin(charges, eq(charges.id, ledgerEntries.chargeId))
    .innerJoin(patients, eq(patients.id, charges.patientId))
    .where(
      and(
        eq(ledgerEntries.actor, params.actor),
        eq(ledgerEntries.chargeId, params.chargeId),
        eq(ledgerEntries.kind, params.kind),
        eq(ledgerEntries.amountCents, params.amountCents),
        gt(ledgerEntries.createdAt, sql`now() - make_interval(mins => ${params.withinMinutes})`),
        params.ownKey === undefined
          ? undefined
          : sql`not (${ledgerEntries.idempotencyKey} = ${params.ownKey} or starts_with(${ledgerEntries.idempotencyKey}, ${`${params.ownKey}#`}))`,
        notExists(
          db
            .select({ id: reversal.id })
            .from(reversal)
            .where(
              and(eq(reversal.refersToEntryId, ledgerEntries.id), eq(reversal.kind, 'write_off_reversal')),
            ),
        ),
      ),
    )
    .orderBy(desc(ledgerEntries.id))
    .limit(1);
  if (!row) return null;
  return {
    entryId: row.entryId,
    amountCents: row.amountCents,
    createdAt: row.createdAt,
    patientName: `${row.firstName} ${row.lastName}`,
    dateOfService: row.dateOfService,
  };
}
