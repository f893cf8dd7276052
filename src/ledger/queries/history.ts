import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { ledgerEntries } from '../../db/schema/index.ts';
import type { EntryRow } from '../append-entry.ts';

const MAX_ENTRIES = 1000;

/** Every entry on a charge, oldest first: the charge's whole story. */
export async function chargeHistory(db: Executor, params: { chargeId: number }): Promise<EntryRow[]> {
  return db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.chargeId, params.chargeId))
    .orderBy(asc(ledgerEntries.id))
    .limit(MAX_ENTRIES);
}

/** A user's own recent entries, newest first (App Home). */
export async function recentEntriesBy(
  db: Executor,
  params: { actor: string; limit?: number },
): Promise<EntryRow[]> {
  return db
    .select()
    .from(ledgerEntries)
    .where(eq(ledgerEntries.actor, params.actor))
    .orderBy(desc(ledgerEntries.id))
    .limit(Math.min(params.limit ?? 20, 100));
}

export async function getEntry(db: Executor, entryId: number): Promise<EntryRow | null> {
  const [row] = await db.select().from(ledgerEntries).where(eq(ledgerEntries.id, entryId));
  return row ?? null;
}
