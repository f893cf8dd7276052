/**
 * The newest entry one actor wrote on a charge, of one kind and amount, in the last minutes: how
 * a re-run of the same request is recognised (workflow/repeats.ts). A write-off since undone does
 * not count: doing it again does not take the amount off twice. Reached by the charge's index.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { statementsByShape } from '../../db/statement.ts';
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
  const [row] = await statementFor(params).rows(db, valuesOf(params));
  if (!row) return null;
  return {
    entryId: Number(row.id),
    amountCents: Number(row.amount_cents),
    createdAt: new Date(Number(row.created_ms)),
    patientName: `${row.first_name} ${row.last_name}`,
    dateOfService: String(row.date_of_service),
  };
}

type RecentEntryValue =
  | 'chargeId'
  | 'actor'
  | 'kind'
  | 'amountCents'
  | 'withinMinutes'
  | 'ownKey'
  | 'ownPrefix';

function valuesOf(params: RecentEntryProbe): Record<RecentEntryValue, unknown> {
  return {
    chargeId: params.chargeId,
    actor: params.actor,
    kind: params.kind,
    amountCents: params.amountCents,
    withinMinutes: params.withinMinutes,
    ownKey: params.ownKey ?? null,
    ownPrefix: params.ownKey === undefined ? null : `${params.ownKey}#`,
  };
}

/** The statement as it runs, on its own so a test can check how it is planned. */
export function recentEntryQuery(params: RecentEntryProbe) {
  return statementFor(params).query(valuesOf(params));
}

/** A probe that names its own key excludes that key's entries: a statement of its own shape. */
function statementFor(params: RecentEntryProbe) {
  return recentEntryStatement(params.ownKey !== undefined);
}

const recentEntryStatement = statementsByShape<boolean, RecentEntryValue>((withOwnKey, value) => {
  const notOwn = withOwnKey
    ? sql`and not (e.idempotency_key = ${value('ownKey')} or starts_with(e.idempotency_key, ${value('ownPrefix')}))`
    : sql``;
  // The charge's entries are read whole and filtered after (OFFSET 0 keeps the filters out of the
  // read): by the charge's index, a few rows, where the actor's index would read every entry of a
  // busy biller. PGlite keeps no statistics for the planner to know that (recent-write-offs.ts).
  return sql`
    select e.id, e.amount_cents, (extract(epoch from e.created_at) * 1000)::float8 as created_ms,
      p.first_name, p.last_name, c.date_of_service::text as date_of_service
    from (select * from ledger_entries where charge_id = ${value('chargeId')} offset 0) e
    join charges c on c.id = e.charge_id
    join patients p on p.id = c.patient_id
    where e.actor = ${value('actor')} and e.kind = ${value('kind')} and e.amount_cents = ${value('amountCents')}
      and e.created_at > now() - make_interval(mins => ${value('withinMinutes')}) ${notOwn}
      and ${NOT_UNDONE}
    order by e.id desc
    limit 1`;
}, String);
