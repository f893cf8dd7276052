/**
 * Stored searchable names follow searchableName. When it changes (version 2 keeps letters of
 * every script; version 1 kept only a-z, so "Ольга Смирнова" was stored as ""), the rows it
 * folds differently are rewritten at start, after the migrations. Only names with a character
 * outside ASCII can fold differently, so only those are read; an up-to-date database reads them
 * and writes nothing.
 */
import { eq, sql } from 'drizzle-orm';
import { searchableName } from '../ledger/queries/search-name.ts';
import type { Database } from './client.ts';
import { patients } from './schema/index.ts';

/** Rows read per round trip; the update is one statement per changed row, in one transaction. */
const BATCH_ROWS = 1_000;

export async function refreshStoredSearchNames(db: Database): Promise<number> {
  let changed = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db
      .select({
        id: patients.id,
        firstName: patients.firstName,
        lastName: patients.lastName,
        searchName: patients.searchName,
      })
      .from(patients)
      .where(
        sql`${patients.id} > ${afterId} and (${patients.firstName} || ${patients.lastName}) ~ '[^\\x01-\\x7F]'`,
      )
      .orderBy(patients.id)
      .limit(BATCH_ROWS);
    const last = rows.at(-1);
    if (!last) return changed;
    afterId = last.id;
    const stale = rows
      .map((r) => ({
        id: r.id,
        stored: r.searchName,
        wanted: searchableName(`${r.firstName} ${r.lastName}`),
      }))
      .filter((r) => r.stored !== r.wanted);
    if (stale.length === 0) continue;
    await db.transaction(async (tx) => {
      for (const row of stale) {
        await tx.update(patients).set({ searchName: row.wanted }).where(eq(patients.id, row.id));
      }
    });
    changed += stale.length;
  }
}
