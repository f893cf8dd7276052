import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { ledgerEntries } from '../../db/schema/index.ts';
import type { EntryKind } from '../../domain/charge.ts';
import type { EntryRow } from '../append-entry.ts';
import { NotFoundError } from '../errors.ts';

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

/**
 * The entry an operation is about, which must be of this kind; else NotFoundError, naming it as
 * `what`. Safe to read before the operation's transaction: an entry never changes.
 */
export async function entryOfKind(
  db: Executor,
  entryId: number,
  kind: EntryKind,
  what: string,
): Promise<EntryRow> {
  const entry = await getEntry(db, entryId);
  if (entry?.kind !== kind) throw new NotFoundError(what, entryId);
  return entry;
}

/** Which of these write-offs have been undone (by the reversal pointing at each). */
export async function reversedWriteOffIds(db: Executor, entryIds: readonly number[]): Promise<Set<number>> {
  if (entryIds.length === 0) return new Set();
  const rows = await db
    .select({ writeOffId: ledgerEntries.refersToEntryId })
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.kind, 'write_off_reversal'),
        inArray(ledgerEntries.refersToEntryId, [...entryIds]),
      ),
    );
  return new Set(rows.map((row) => Number(row.writeOffId)));
}
