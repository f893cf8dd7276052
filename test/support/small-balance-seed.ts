/**
 * Many small balances at once, in bulk SQL (a fixture per charge would take minutes): one patient,
 * `count` charges of `cents` each with their pr_assessed entries, as the ledger would store them.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import { rowsOf } from '../../src/db/rows.ts';

export interface SmallBalanceSeed {
  readonly count: number;
  readonly cents: number;
  /** Old enough for the batch's age rule. */
  readonly dateOfService: string;
  /** Distinguishes this seed's patient, refs and keys from any other's. */
  readonly label: string;
}

export async function seedSmallBalances(db: Database, seed: SmallBalanceSeed): Promise<void> {
  const { count, cents, dateOfService, label } = seed;
  const mrn = `SEED-${label}`;
  await db.execute(sql`insert into patients (mrn, first_name, last_name, date_of_birth, search_name)
    values (${mrn}, 'Seeded', ${label}, '1970-01-01', ${`seeded ${label.toLowerCase()}`})`);
  await db.execute(sql`insert into charges (patient_id, external_ref, date_of_service, description, pr_source,
      assessed_cents, outstanding_cents)
    select (select id from patients where mrn = ${mrn}), ${`seed-${label}-`} || i, ${dateOfService},
      'Office visit 99213', 'remittance', ${cents}, ${cents}
    from generate_series(1, ${count}) as i`);
  await db.execute(sql`insert into ledger_entries (charge_id, kind, amount_cents, actor, source, idempotency_key)
    select c.id, 'pr_assessed', ${cents}, 'import', 'import', ${`seed-${label}-pr-`} || c.id
    from charges c join patients p on p.id = c.patient_id where p.mrn = ${mrn}`);
}

/** The seeded charges, in id order. */
export async function seededChargeIds(db: Database, label: string): Promise<number[]> {
  const result = await db.execute(sql`select c.id from charges c join patients p on p.id = c.patient_id
    where p.mrn = ${`SEED-${label}`} order by c.id`);
  return rowsOf(result).map((r) => Number(r.id));
}
