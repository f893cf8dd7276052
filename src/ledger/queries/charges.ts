import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { charges, ledgerEntries, patients } from '../../db/schema/index.ts';
import { statement, statementsByShape } from '../../db/statement.ts';
import { type ChargeStatus, type PrSource, totalsFromSums } from '../../domain/charge.ts';
import { patientInitials } from '../../domain/initials.ts';
import { CHARGE_COLUMNS, type ChargeRow, chargeRowFrom, sumsOf } from '../charge-lock-and-facts.ts';

/** One charge as billers see it; the JSON shape of `cli charges --json`. */
export interface ChargeView {
  readonly id: number;
  readonly patientId: number;
  readonly patientName: string;
  readonly dateOfService: string;
  readonly description: string;
  readonly prSource: PrSource;
  readonly assessedCents: number;
  readonly paidCents: number;
  readonly writtenOffCents: number;
  readonly cancelledCents: number;
  readonly outstandingCents: number;
  readonly status: ChargeStatus;
}

const MAX_CHARGES = 500;

function toView(row: ChargeRow, patientName: string): ChargeView {
  const totals = totalsFromSums(sumsOf(row));
  return {
    id: row.id,
    patientId: row.patientId,
    patientName,
    dateOfService: row.dateOfService,
    description: row.description,
    prSource: row.prSource,
    assessedCents: totals.assessedCents,
    paidCents: totals.paidCents,
    writtenOffCents: totals.writtenOffCents,
    cancelledCents: totals.cancelledCents,
    outstandingCents: totals.outstandingCents,
    status: totals.status,
  };
}

const patientName = sql<string>`${patients.firstName} || ' ' || ${patients.lastName}`;

/**
 * A patient's charges (or only those with PR outstanding), oldest date of service first. Written
 * out so that it runs on any executor without being built again: a Slack confirm reads it inside
 * a short transaction of its own (workflow/read-ahead.ts), and every confirm of a write-off
 * reads it.
 */
const chargesOfPatient = statementsByShape<boolean, 'patientId'>(
  (onlyOutstanding, value) => sql`
    select ${CHARGE_COLUMNS}, p.first_name || ' ' || p.last_name as patient_name
    from charges c
    join patients p on p.id = c.patient_id
    where c.patient_id = ${value('patientId')} ${onlyOutstanding ? sql`and c.outstanding_cents > 0` : sql``}
    order by c.date_of_service, c.id
    limit ${sql.raw(String(MAX_CHARGES))}`,
  String,
);

/** A patient's charges, oldest date of service first. */
export async function listCharges(
  db: Executor,
  params: { patientId: number; onlyOutstanding?: boolean },
): Promise<ChargeView[]> {
  const rows = await chargesOfPatient(params.onlyOutstanding === true).rows(db, {
    patientId: params.patientId,
  });
  return rows.map((row) => toView(chargeRowFrom(row), String(row.patient_name)));
}

/** One charge, with the patient's initials for messages a whole channel reads. */
export interface ChargeDetail extends ChargeView {
  readonly patientInitials: string;
}

const detailColumns = {
  charge: charges,
  patientName,
  firstName: patients.firstName,
  lastName: patients.lastName,
};

function toDetail(row: { charge: ChargeRow; patientName: string; firstName: string; lastName: string }) {
  return { ...toView(row.charge, row.patientName), patientInitials: patientInitials(row) };
}

export async function getCharge(db: Executor, chargeId: number): Promise<ChargeDetail | null> {
  const [row] = await db
    .select(detailColumns)
    .from(charges)
    .innerJoin(patients, eq(patients.id, charges.patientId))
    .where(eq(charges.id, chargeId));
  return row ? toDetail(row) : null;
}

/** Several charges by id in one query (App Home's recent actions); missing ids are left out. */
export async function getCharges(
  db: Executor,
  chargeIds: readonly number[],
): Promise<Map<number, ChargeDetail>> {
  if (chargeIds.length === 0) return new Map();
  const rows = await db
    .select(detailColumns)
    .from(charges)
    .innerJoin(patients, eq(patients.id, charges.patientId))
    .where(inArray(charges.id, [...new Set(chargeIds)]));
  return new Map(rows.map((row) => [row.charge.id, toDetail(row)]));
}

export interface PaymentView {
  readonly entryId: number;
  readonly chargeId: number;
  readonly amountCents: number;
  readonly refundedCents: number;
  readonly createdAt: Date;
}

/**
 * Payments on the charges with what is already refunded of each, newest first. Written out (the
 * ids travel as one JSON parameter) so that it is sent the moment it is called: a Slack confirm
 * reads it together with other reads in front of a COMMIT (db/read-together.ts), and a query
 * built by Drizzle's builder reached the connection after that COMMIT and was refused.
 */
const paymentsOfCharges = statement<'chargeIds'>(
  (value) => sql`
    select e.id as entry_id, e.charge_id, e.amount_cents, e.created_at,
      coalesce((select sum(r.amount_cents) from ledger_entries r
        where r.refers_to_entry_id = e.id and r.kind = 'refund'), 0)::int as refunded_cents
    from ledger_entries e
    where e.kind = 'payment'
      and e.charge_id in (select jsonb_array_elements_text(${value('chargeIds')}::text::jsonb)::int)
    order by e.id desc
    limit ${sql.raw(String(MAX_CHARGES))}`,
);

export async function listPayments(db: Executor, params: { chargeIds: number[] }): Promise<PaymentView[]> {
  if (params.chargeIds.length === 0) return [];
  const rows = await paymentsOfCharges.rows(db, { chargeIds: JSON.stringify(params.chargeIds) });
  return rows.map((row) => ({
    entryId: Number(row.entry_id),
    chargeId: Number(row.charge_id),
    amountCents: Number(row.amount_cents),
    refundedCents: Number(row.refunded_cents),
    createdAt: new Date(row.created_at as string | Date),
  }));
}

export interface WriteOffView {
  readonly entryId: number;
  readonly chargeId: number;
  readonly amountCents: number;
  readonly reason: string | null;
  readonly actor: string;
  readonly batchId: string | null;
  readonly createdAt: Date;
}

/** Write-offs not yet undone, newest first; for the undo modal and "undo my last write-off". */
export async function listUnreversedWriteOffs(
  db: Executor,
  params: { chargeIds?: number[]; actor?: string; limit?: number },
): Promise<WriteOffView[]> {
  const reversal = alias(ledgerEntries, 'reversal');
  return db
    .select({
      entryId: ledgerEntries.id,
      chargeId: ledgerEntries.chargeId,
      amountCents: ledgerEntries.amountCents,
      reason: ledgerEntries.reason,
      actor: ledgerEntries.actor,
      batchId: ledgerEntries.batchId,
      createdAt: ledgerEntries.createdAt,
    })
    .from(ledgerEntries)
    .leftJoin(
      reversal,
      and(eq(reversal.refersToEntryId, ledgerEntries.id), eq(reversal.kind, 'write_off_reversal')),
    )
    .where(
      and(
        eq(ledgerEntries.kind, 'write_off'),
        isNull(reversal.id),
        params.chargeIds ? inArray(ledgerEntries.chargeId, params.chargeIds) : undefined,
        params.actor ? eq(ledgerEntries.actor, params.actor) : undefined,
      ),
    )
    .orderBy(desc(ledgerEntries.id))
    .limit(Math.min(params.limit ?? 50, MAX_CHARGES));
}

/** What undoing a batch or a spread would put back, across all its charges. */
export interface GroupUndoPreview {
  /** Charges with a write-off of the group not yet undone. */
  readonly chargeCount: number;
  /** Patients those charges belong to (a spread has one; a small-balance batch many). */
  readonly patientCount: number;
  /** What the undo puts back: the group's write-offs not yet undone. */
  readonly amountCents: number;
  /** What those charges have outstanding together now. */
  readonly outstandingCents: number;
}

const groupUndoStatement = statement<'batchId'>(
  (value) => sql`
    with grp as (
      select e.charge_id, e.amount_cents from ledger_entries e
      where e.batch_id = ${value('batchId')} and e.kind = 'write_off'
        and not exists (select 1 from ledger_entries v
          where v.kind = 'write_off_reversal' and v.refers_to_entry_id = e.id)
    )
    select count(distinct c.id)::int as charge_count, count(distinct c.patient_id)::int as patient_count,
      coalesce((select sum(amount_cents) from grp), 0)::bigint as amount_cents,
      coalesce(sum(c.outstanding_cents), 0)::bigint as outstanding_cents
    from charges c where c.id in (select charge_id from grp)`,
);

/**
 * The undo form's preview of a write-off in a group (the ledger undoes the group whole,
 * operations/undo-write-off.ts): one statement, however large the batch.
 */
export async function groupUndoPreview(db: Executor, batchId: string): Promise<GroupUndoPreview> {
  const [row] = await groupUndoStatement.rows(db, { batchId });
  return {
    chargeCount: Number(row?.charge_count ?? 0),
    patientCount: Number(row?.patient_count ?? 0),
    amountCents: Number(row?.amount_cents ?? 0),
    outstandingCents: Number(row?.outstanding_cents ?? 0),
  };
}
