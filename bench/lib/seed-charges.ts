/**
 * Many charges with PR assessed, written in bulk SQL (the ledger's own path would take minutes):
 * each charge gets what `assessPr` would have left, its pr_assessed entry, the entry's audit row
 * and the key's idempotency record, so stored totals equal the entries as the ledger keeps them
 * (`chargesOutOfBalance` verifies that afterwards) and the tables a write-off reads are the size a
 * ledger of that many charges has. Until 2026-12-03 the seed left the idempotency records and the
 * audit log empty: analysed empty, the records table got a sequential scan in the prepared
 * locking read of every connection, which it kept while the benchmark grew the table
 * (README, "Performance and reliability").
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
  await db.execute(sql`insert into idempotency_records (key, operation, request_hash, result)
    select e.idempotency_key, 'pr_assessed', md5(e.idempotency_key), jsonb_build_object('chargeId', e.charge_id,
      'amountCents', e.amount_cents, 'outstandingCents', e.amount_cents, 'entryId', e.id)
    from ledger_entries e where e.kind = 'pr_assessed'`);
  await db.execute(sql`insert into audit_log (actor, action, target_type, target_id, details)
    select 'import', 'pr_assessed', 'charge', e.charge_id::text,
      jsonb_build_object('amountCents', e.amount_cents, 'surface', 'import')
    from ledger_entries e where e.kind = 'pr_assessed'`);
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
