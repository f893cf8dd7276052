/**
 * Issue 9 item 1: names in every script are searchable. Before, every letter outside a-z was
 * dropped, so "Ольга Смирнова" and "李娜" were stored (and asked for) as "", and the one matched
 * the other. Each name here is found by itself, an unusable query finds nobody, and a stored name
 * written by the old a-z fold is repaired when the database is opened.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { refreshStoredSearchNames } from '../../src/db/search-names.ts';
import {
  patientsWithExactName,
  resolvePatient,
  searchPatients,
  upsertPatient,
} from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';

const PEOPLE = [
  ['S-01', 'Иван', 'Петров'],
  ['S-02', 'Ольга', 'Смирнова'],
  ['S-03', 'Γιώργος', 'Παπαδόπουλος'],
  ['S-04', 'Νίκη', 'Παπαδοπούλου'],
  ['S-05', '娜', '李'],
  ['S-06', '伟', '王'],
  ['S-07', 'محمد', 'العلي'],
  ['S-08', 'דוד', 'כהן'],
  ['S-09', 'Mary-Kate', "O'Brien"],
  ['S-10', 'Łukasz', 'Wróbel'],
  ['S-11', '!!!', '???'],
] as const;

describeEachDatabase('finding patients in any script', (kind) => {
  let handle: DatabaseHandle;
  const ids = new Map<string, number>();
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    for (const [mrn, firstName, lastName] of PEOPLE) {
      ids.set(mrn, await upsertPatient(handle.db, { mrn, firstName, lastName, dateOfBirth: '1961-02-03' }));
    }
  });
  afterAll(async () => handle?.close());

  it.each([
    ['Ольга Смирнова', 'S-02'],
    ['ольга смирнова', 'S-02'],
    ['Смирнова Ольга', 'S-02'],
    ['Иван Петров', 'S-01'],
    ['ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ', 'S-03'],
    ['Γιωργος Παπαδοπουλος', 'S-03'],
    ['李娜', 'S-05'],
    ['李 娜', 'S-05'],
    ['王伟', 'S-06'],
    ['مُحَمَّد العلي', 'S-07'],
    ['דוד כהן', 'S-08'],
    ["mary-kate o'brien", 'S-09'],
    ['Mary Kate OBrien', 'S-09'],
    ['Mary-Kate O’Brien', 'S-09'],
    ['lukasz wrobel', 'S-10'],
  ])('%j is exactly one patient, the right one', async (query, mrn) => {
    const resolution = await resolvePatient(handle.db, query);
    expect(resolution).toMatchObject({ kind: 'found', patient: { id: ids.get(mrn) } });
  });

  it.each([
    ['Ольга Смирнва', 'Ольга Смирнова'],
    ['Смирнова', 'Ольга Смирнова'],
    ['Παπαδοπουλος', 'Γιώργος Παπαδόπουλος'],
    ['כהן', 'דוד כהן'],
  ])('fuzzy %j finds %s first', async (query, fullName) => {
    const [best] = await searchPatients(handle.db, { query });
    expect(best?.fullName).toBe(fullName);
  });

  it.each(['', '   ', '!!!', '???', '?!', '—'])('unusable query %j matches nobody', async (query) => {
    expect(await patientsWithExactName(handle.db, query)).toEqual([]);
    expect(await searchPatients(handle.db, { query })).toEqual([]);
    expect(await resolvePatient(handle.db, query)).toEqual({ kind: 'not_found', suggestions: [] });
  });

  it('a name stored by the old a-z fold is repaired when the database is opened', async () => {
    const id = ids.get('S-02');
    await handle.db.execute(sql`update patients set search_name = '' where id = ${id}`);
    expect(await resolvePatient(handle.db, 'Ольга Смирнова')).toMatchObject({ kind: 'not_found' });
    expect(await refreshStoredSearchNames(handle.db)).toBe(1);
    expect(await resolvePatient(handle.db, 'Ольга Смирнова')).toMatchObject({ patient: { id } });
    expect(await refreshStoredSearchNames(handle.db)).toBe(0);
  });
});
