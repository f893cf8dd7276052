/**
 * The database itself refuses to rewrite history (no UPDATE, DELETE or TRUNCATE on ledger_entries)
 * and to hold a charge whose totals no ledger could have written.
 */
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { auditLog, charges, ledgerEntries } from '../../src/db/schema/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';

describeEachDatabase('the append-only ledger', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await createCharge(handle.db, { assessedCents: 10_000, paidCents: 2_000, writtenOffCents: 3_000 });
  });
  afterAll(async () => handle?.close());

  const allEntries = () => handle.db.select().from(ledgerEntries).orderBy(asc(ledgerEntries.id));

  it.each([
    ['UPDATE', sql`update ledger_entries set amount_cents = 1`, /append-only: UPDATE is not allowed/],
    ['DELETE', sql`delete from ledger_entries`, /append-only: DELETE is not allowed/],
    // approval_requests points at entries, so a plain TRUNCATE stops at that foreign key; with
    // CASCADE it reaches the ledger's own trigger.
    ['TRUNCATE', sql`truncate ledger_entries`, /foreign key constraint/],
    ['TRUNCATE CASCADE', sql`truncate ledger_entries cascade`, /append-only: TRUNCATE is not allowed/],
  ])('%s is refused and the rows are unchanged', async (_, statement, message) => {
    const before = await allEntries();
    expect(before.length).toBe(3);
    const error = await handle.db.execute(statement).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(errorText(error)).toMatch(message);
    expect(await allEntries()).toEqual(before);
  });

  it('the audit log cannot be rewritten either', async () => {
    const before = await handle.db.select().from(auditLog).orderBy(asc(auditLog.id));
    expect(before.length).toBeGreaterThan(0);
    await expect(handle.db.execute(sql`update audit_log set actor = 'someone else'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect(await handle.db.select().from(auditLog).orderBy(asc(auditLog.id))).toEqual(before);
  });

  it('a charge refunded beyond its payments is refused, however it is written', async () => {
    const before = await handle.db.select().from(charges);
    // $20 paid: refunding $20.01 keeps the outstanding the sum of the totals, and is still refused.
    const error = await handle.db
      .execute(sql`update charges set refunds_cents = 2001, outstanding_cents = outstanding_cents + 2001`)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(errorText(error)).toMatch(/charges_refunds_within_payments/);
    expect(await handle.db.select().from(charges)).toEqual(before);
  });
});

/** The driver's message, wherever the query error wrapper put it. */
function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    parts.push(String(e.message));
  }
  return parts.join(' | ');
}
