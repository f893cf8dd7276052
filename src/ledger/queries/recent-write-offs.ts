/**
 * What a user wrote off for one patient in the last 24 hours (DOMAIN.md section 4), for the
 * limit check. Write-offs since undone do not count: they took nothing off the patient's balance.
 * Reached through the patient's charges (charges_patient_idx, then ledger_entries_charge_idx), so
 * the cost grows with that patient's entries, not with the user's history.
 */
import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../../db/rows.ts';
import { isOperatorActor } from '../actors.ts';

export const LIMIT_WINDOW_HOURS = 24;

/** The advisory lock that serializes one user's write-offs while the limit is checked. */
export function limitLockName(actor: string): string {
  return `write-off-limit:${actor}`;
}

/** Operators (CLI, imports) have no limit: they take no lock and need no sum. */
export function limitLocks(actor: string): readonly string[] {
  return isOperatorActor(actor) ? [] : [limitLockName(actor)];
}

/**
 * For an entry aliased `e` in a statement written out by hand: no reversal points at it, so a
 * write-off counts only while it has not been undone. Shared with the re-run check
 * (recent-entry.ts).
 */
export const NOT_UNDONE = sql.raw(`not exists (select 1 from ledger_entries r
        where r.refers_to_entry_id = e.id and r.kind = 'write_off_reversal')`);

/**
 * A scalar subquery: the sum in cents, 0 when there is none. `patientId` may be a column.
 * The patient's charges' entries are read whole and filtered after: OFFSET 0 keeps the filters
 * out of the lateral read, so it can only go by the charge's index. Without that the planner may
 * go by the user's index and read every entry of theirs, per charge: PGlite keeps no statistics
 * (no autovacuum), and a busy biller's day is thousands of entries against a patient's dozens.
 */
export function recentWriteOffsSql(actor: string | Placeholder, patientId: SQL | number): SQL {
  return sql`(select coalesce(sum(e.amount_cents), 0)::int
    ${recentWriteOffsOf(actor, sql`rc.patient_id = ${patientId}`)})`;
}

/**
 * The actor's write-offs the limit counts, on the charges `patients` picks (alias `rc`, entries
 * `e`): from and where, for a sum of one patient or of several grouped.
 */
function recentWriteOffsOf(actor: string | Placeholder, patients: SQL): SQL {
  return sql`from charges rc cross join lateral (
      select e.id, e.amount_cents, e.actor, e.kind, e.created_at
      from ledger_entries e where e.charge_id = rc.id offset 0) e
    where ${patients} and e.actor = ${actor} and e.kind = 'write_off'
      and e.created_at > now() - make_interval(hours => ${LIMIT_WINDOW_HOURS})
      and ${NOT_UNDONE}`;
}

export async function sumRecentWriteOffs(db: Executor, actor: string, patientId: number): Promise<number> {
  if (isOperatorActor(actor)) return 0;
  const result = await db.execute(sql`select ${recentWriteOffsSql(actor, patientId)} as cents`);
  return Number(rowsOf(result)[0]?.cents ?? 0);
}

/**
 * What the actor wrote off for each of these patients in the last 24 hours, as the limit counts
 * it (recentWriteOffsSql): one statement for a whole batch. Patients with none are left out.
 */
export async function recentWriteOffsByPatient(
  db: Executor,
  actor: string,
  patientIds: readonly number[],
): Promise<Map<number, number>> {
  if (isOperatorActor(actor) || patientIds.length === 0) return new Map();
  const ids = sql.join(
    [...new Set(patientIds)].map((id) => sql`${id}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    select rc.patient_id, coalesce(sum(e.amount_cents), 0)::int as cents
    ${recentWriteOffsOf(actor, sql`rc.patient_id in (${ids})`)}
    group by rc.patient_id`);
  return new Map(rowsOf(result).map((row) => [Number(row.patient_id), Number(row.cents)]));
}

/**
 * What an approver already let through for the patient of `chargeId` in the last 24 hours: their
 * own write-offs and the requests they approved, neither since undone. An approver's limit holds
 * over this as a biller's holds over their write-offs, so approving several requests for one
 * patient cannot pass it in pieces.
 */
export async function sumRecentlyLetThrough(
  db: Executor,
  approver: string,
  chargeId: number,
): Promise<number> {
  if (isOperatorActor(approver)) return 0;
  const result = await db.execute(sql`
    with patient as (select patient_id from charges where id = ${chargeId})
    select ${recentWriteOffsSql(approver, sql`(select patient_id from patient)`)}
      + (select coalesce(sum(ar.amount_cents), 0)::int
         from approval_requests ar
         join charges c on c.id = ar.charge_id
         join ledger_entries e on e.id = ar.entry_id
         where ar.decided_by = ${approver} and ar.status = 'approved'
           and ar.decided_at > now() - make_interval(hours => ${LIMIT_WINDOW_HOURS})
           and c.patient_id = (select patient_id from patient)
           and ${NOT_UNDONE}) as cents`);
  return Number(rowsOf(result)[0]?.cents ?? 0);
}
