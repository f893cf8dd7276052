/**
 * The trigram index keeps its pending list small (migration 0010): PGlite runs no autovacuum, so
 * after a bulk import every search would otherwise read up to 4 MB of unmerged names row by row.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { rowsOf } from '../../src/db/rows.ts';
import { resolvePatient } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { generateDirectory, insertDirectory } from '../support/generated-directory.ts';

describeEachDatabase('the patient search index', (kind) => {
  let handle: DatabaseHandle;
  const people = generateDirectory(5_000, 21);

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await insertDirectory(handle.db, people);
  });
  afterAll(() => handle?.close());

  it('bounds its pending list at 64 kB', async () => {
    const result = await handle.db.execute(
      sql`select reloptions as options from pg_class where relname = 'patients_search_name_trgm'`,
    );
    expect(rowsOf(result)[0]?.options).toEqual(['gin_pending_list_limit=64']);
  });

  it('finds a patient typed with a typo right after a bulk import', async () => {
    const someone = people[4_321];
    if (!someone) throw new Error('the directory has 5,000 people');
    const typed = `${someone.firstName} ${someone.lastName.slice(0, -1)}`;
    const resolution = await resolvePatient(handle.db, typed);
    const found =
      resolution.kind === 'found'
        ? [resolution.patient]
        : resolution.kind === 'ambiguous'
          ? resolution.candidates
          : [];
    expect(found.map((p) => p.mrn)).toContain(someone.mrn);
  });
});
