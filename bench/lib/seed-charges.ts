/**
 * Many charges with PR assessed, written in bulk SQL (the ledger's own path would take minutes):
 * each charge gets its pr_assessed entry, so stored totals equal the entries as the ledger keeps
 * them. `checkTotals` verifies that afterwards.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';

export const ASSESSED_CENTS = 10_000_000;

export async function seedCharges(db: Database, count: number): Promise<number[]> {
  await db.execute(sql`insert into patients (mrn, first_name, last_name, date_of_birth, search_name)
    values ('BENCH-1', 'Bench', 'Mark', '1970-01-01', 'bench mark')`);
  await db.execute(sql`insert into charges (patient_id, external_ref, date_of_service, description, pr_source,
      assessed_cents, outstanding_cents)
    select (select id from patients where mrn = 'BENCH-1'), 'bench-' || i, '2026-10-01', 'Office visit 99213',
      'remittance', ${ASSESSED_CENTS}, ${ASSESSED_CENTS}
    from generate_series(1, ${count}) as i`);
  await db.execute(sql`insert into ledger_entries (charge_id, kind, amount_cents, actor, source, idempotency_key)
    select id, 'pr_assessed', ${ASSESSED_CENTS}, 'import', 'import', 'bench-pr-' || id from charges`);
  const rows = await db.query.charges.findMany({ columns: { id: true } });
  return rows.map((row) => row.id);
}

/** Charges whose stored totals differ from the sum of their entries: must be 0. */
export async function chargesOutOfBalance(db: Database): Promise<number> {
  const [row] = await db
    .select({
      n: sql<number>`count(*)`.mapWith(Number),
    })
    .from(sql`charges c`)
    .where(sql`c.outstanding_cents <> (select coalesce(sum(case when e.kind in ('pr_assessed', 'refund',
        'write_off_reversal') then e.amount_cents else -e.amount_cents end), 0)
      from ledger_entries e where e.charge_id = c.id)`);
  return row?.n ?? -1;
}
