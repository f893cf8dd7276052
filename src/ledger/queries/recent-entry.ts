/**
 * The newest entry one actor wrote on a charge, of one kind and amount, in the last minutes: how
 * a re-run of the same request is recognised (workflow/repeats.ts). A write-off since undone does
 * not count: doing it again does not take the amount off twice. Reached by the charge's index.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../../db/rows.ts';
import { NOT_UNDONE } from './recent-write-offs.ts';

export type RepeatableEntryKind = 'write_off' | 'refund';

export interface RecentEntry {
  readonly entryId: number;
  readonly amountCents: number;
  readonly createdAt: Date;
  readonly patientName: string;
  readonly dateOfService: string;
}

export interface RecentEntryProbe {
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
}

export async function findRecentEntry(db: Executor, params: RecentEntryProbe): Promise<RecentEntry | null> {
  const [row] = rowsOf(await db.execute(recentEntrySql(params)));
  if (!row) return null;
  return {
    entryId: Number(row.id),
    amountCents: Number(row.amount_cents),
    createdAt: new Date(Number(row.created_ms)),
    patientName: `${row.first_name} ${row.last_name}`,
    dateOfService: String(row.date_of_service),
  };
}

/** The statement, on its own so a test can check how it is planned. */
export function recentEntrySql(params: RecentEntryProbe): SQL {
  const notOwn =
    params.ownKey === undefined
      ? sql``
      : sql`and not (e.idempotency_key = ${params.ownKey} or starts_with(e.idempotency_key, ${`${params.ownKey}#`}))`;
  // The charge's entries are read whole and filtered after (OFFSET 0 keeps the filters out of the
  // read): by the charge's index, a few rows, where the actor's index would read every entry of a
  // busy biller. PGlite keeps no statistics for the planner to know that (recent-write-offs.ts).
  return sql`
    select e.id, e.amount_cents, (extract(epoch from e.created_at) * 1000)::float8 as created_ms,
      p.first_name, p.last_name, c.date_of_service::text as date_of_service
    from (select * from ledger_entries where charge_id = ${params.chargeId} offset 0) e
    join charges c on c.id = e.charge_id
    join patients p on p.id = c.patient_id
    where e.actor = ${params.actor} and e.kind = ${params.kind} and e.amount_cents = ${params.amountCents}
      and e.created_at > now() - make_interval(mins => ${params.withinMinutes}) ${notOwn}
      and ${NOT_UNDONE}
    order by e.id desc
    limit 1`;
}
