/** What a user would notice about a charge: its entries and what is left outstanding. */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.ts';
import { ledgerEntries } from '../../src/db/schema/index.ts';
import { getCharge } from '../../src/ledger/index.ts';

export async function entryCount(db: Database, chargeId?: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(ledgerEntries)
    .where(chargeId === undefined ? undefined : eq(ledgerEntries.chargeId, chargeId));
  return row?.n ?? 0;
}

export async function outstandingOf(db: Database, chargeId: number): Promise<number> {
  const charge = await getCharge(db, chargeId);
  if (!charge) throw new Error(`no charge ${chargeId}`);
  return charge.outstandingCents;
}

/** Entry count and outstanding of a charge, to show that a refusal wrote nothing. */
export async function snapshot(db: Database, chargeId: number) {
  return { entries: await entryCount(db, chargeId), outstandingCents: await outstandingOf(db, chargeId) };
}

export function blockerCodes(result: { ok: boolean; blockers?: readonly { code: string }[] }): string[] {
  return result.ok ? [] : (result.blockers ?? []).map((b) => b.code);
}
