/**
 * A busy biller's history does not slow their next write-off. The 24-hour limit sum and the
 * re-run check run inside every confirm; they read the patient's or the charge's entries by the
 * charge's index, never every entry the biller wrote through the actor's index. PGlite keeps no
 * statistics, so the plan must not depend on them.
 */
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { rowsOf } from '../../src/db/rows.ts';
import { findRecentEntry, recentEntryQuery, recentWriteOffsSql } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';

const BUSY = 'UBUSYBILLER';
const OTHER_CHARGES = 400;

describeEachDatabase('a busy biller’s confirm', (kind) => {
  let handle: DatabaseHandle;
  let target: { patientId: number; chargeId: number };

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    target = await createCharge(handle.db, { assessedCents: 100_000 });
    const { db } = handle;
    // A day's history on other patients' charges, written straight into the ledger (the plan is
    // what is checked here; totals do not matter).
    await db.execute(sql`insert into patients (mrn, first_name, last_name, date_of_birth, search_name)
      values ('BUSY-OTHERS', 'Other', 'Patients', '1970-01-01', 'other patients')`);
    await db.execute(sql`insert into charges (patient_id, external_ref, date_of_service, description, pr_source)
      select (select id from patients where mrn = 'BUSY-OTHERS'), 'busy-' || i, '2026-10-01', 'Visit', 'remittance'
      from generate_series(1, ${OTHER_CHARGES}) as i`);
    await db.execute(sql`insert into ledger_entries (charge_id, kind, amount_cents, actor, source, reason, idempotency_key)
      select id, 'write_off', 100, ${BUSY}, 'slash_command', 'small_balance', 'busy-wo-' || id
      from charges where external_ref like 'busy-%'`);
    await db.execute(sql`insert into ledger_entries (charge_id, kind, amount_cents, actor, source, reason, idempotency_key)
      values (${target.chargeId}, 'write_off', 250, ${BUSY}, 'slash_command', 'hardship', 'busy-wo-target')`);
  });
  afterAll(() => handle?.close());

  /** The plan of a statement as it runs: its text with parameters, as the drivers send it. */
  async function plan(query: { sql: string; params: unknown[] }): Promise<string> {
    const explain = { sql: `explain ${query.sql}`, params: query.params };
    const result = await handle.db._.session.prepareQuery(explain, undefined, undefined, false).execute();
    return rowsOf(result)
      .map((row) => String(row['QUERY PLAN']))
      .join('\n');
  }

  it('sums the limit from the patient’s charges, not from the biller’s whole day', async () => {
    const sum = sql`select ${recentWriteOffsSql(BUSY, target.patientId)} as cents`;
    expect(Number(rowsOf(await handle.db.execute(sum))[0]?.cents)).toBe(250);
    const text = await plan(new PgDialect().sqlToQuery(sum as SQL));
    expect(text).toContain('ledger_entries_charge_idx');
    expect(text).not.toContain('ledger_entries_actor_idx');
  });

  it('looks for a re-run among the charge’s entries, not the biller’s', async () => {
    const probe = {
      actor: BUSY,
      chargeId: target.chargeId,
      kind: 'write_off',
      amountCents: 250,
      withinMinutes: 10,
    } as const;
    expect((await findRecentEntry(handle.db, probe))?.amountCents).toBe(250);
    const text = await plan(recentEntryQuery(probe));
    expect(text).toContain('ledger_entries_charge_idx');
    expect(text).not.toContain('ledger_entries_actor_idx');
  });
});
