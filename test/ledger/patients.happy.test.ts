import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { resolvePatient, searchPatients, upsertPatient } from '../../src/ledger/index.ts';
import { exactNameForms, searchableName } from '../../src/ledger/queries/search-name.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';

const PEOPLE = [
  ['MRN-1001', 'Jane', 'Doe'],
  ['MRN-1002', 'Jane', 'Roe'],
  ['MRN-1003', 'Janet', 'Doe'],
  ['MRN-1004', 'María', 'García'],
  ['MRN-1005', 'Samuel', "O'Neil"],
  ['MRN-1006', 'Bob', 'Smith'],
  ['MRN-1007', 'Anne-Marie', 'Dubois'],
  ['MRN-1008', 'Chris', 'Lee'],
  ['MRN-1009', 'Chris', 'Lee'],
] as const;

describeEachDatabase('finding patients', (kind) => {
  let handle: DatabaseHandle;
  const ids = new Map<string, number>();
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    for (const [mrn, firstName, lastName] of PEOPLE) {
      ids.set(mrn, await upsertPatient(handle.db, { mrn, firstName, lastName, dateOfBirth: '1970-05-05' }));
    }
  });
  afterAll(async () => handle?.close());

  it.each(['jan doe', 'Jane', 'doe jane', 'JANE DOE', 'Jane Do'])(
    '%j finds Jane Doe first',
    async (query) => {
      const matches = await searchPatients(handle.db, { query });
      expect(matches[0]?.fullName).toBe('Jane Doe');
    },
  );

  it.each([
    ['Maria', 'María García'],
    ['maria garcia', 'María García'],
    ['oneil', "Samuel O'Neil"],
    ["O'Neil", "Samuel O'Neil"],
    ['anne marie', 'Anne-Marie Dubois'],
  ])('%j finds %s', async (query, name) => {
    const matches = await searchPatients(handle.db, { query });
    expect(matches[0]?.fullName).toBe(name);
  });

  it('an exact full name wins over near matches, ignoring case and accents', async () => {
    expect(await resolvePatient(handle.db, 'Jane Doe')).toMatchObject({
      kind: 'found',
      patient: { id: ids.get('MRN-1001'), fullName: 'Jane Doe' },
    });
    expect(await resolvePatient(handle.db, 'MARIA GARCIA')).toMatchObject({
      kind: 'found',
      patient: { id: ids.get('MRN-1004'), fullName: 'María García' },
    });
  });

  it('a name written surname first with a comma is an exact match, whatever its words', async () => {
    expect(exactNameForms('Dubois, Anne-Marie')).toContain(searchableName('Anne-Marie Dubois'));
    expect(exactNameForms('Van Dyke, Pieter Jan')).toContain('pieter jan van dyke');
    expect(await resolvePatient(handle.db, 'DUBOIS, ANNE MARIE')).toMatchObject({
      kind: 'found',
      patient: { fullName: 'Anne-Marie Dubois' },
    });
  });

  it('finds a patient by MRN (any case) and by id', async () => {
    expect(await resolvePatient(handle.db, 'mrn-1005')).toMatchObject({
      kind: 'found',
      patient: { fullName: "Samuel O'Neil" },
    });
    expect(await resolvePatient(handle.db, String(ids.get('MRN-1006')))).toMatchObject({
      kind: 'found',
      patient: { fullName: 'Bob Smith', mrn: 'MRN-1006' },
    });
  });

  it('one clearly best fuzzy match is found', async () => {
    expect(await resolvePatient(handle.db, 'Bob Smyth')).toMatchObject({
      kind: 'found',
      patient: { fullName: 'Bob Smith' },
    });
  });

  it.each([
    ['Chris Lee', ['MRN-1008', 'MRN-1009']],
    ['Jane', ['MRN-1001', 'MRN-1002', 'MRN-1003']],
    ['Jane Dough', ['MRN-1001', 'MRN-1003', 'MRN-1002']],
  ])('%j is ambiguous and lists the candidates', async (reference, mrns) => {
    const resolution = await resolvePatient(handle.db, reference);
    expect(resolution.kind).toBe('ambiguous');
    if (resolution.kind !== 'ambiguous') throw new Error('unreachable');
    expect(resolution.candidates.map((c) => c.mrn).sort()).toEqual([...mrns].sort());
  });

  it('a number that is one patient’s id and another’s MRN is ambiguous', async () => {
    const janeId = ids.get('MRN-1001') ?? 0;
    const numbered = await upsertPatient(handle.db, {
      mrn: String(janeId),
      firstName: 'Nora',
      lastName: 'Numeric',
      dateOfBirth: '1990-01-01',
    });
    const resolution = await resolvePatient(handle.db, String(janeId));
    expect(resolution.kind).toBe('ambiguous');
    if (resolution.kind !== 'ambiguous') throw new Error('unreachable');
    expect(resolution.candidates.map((c) => c.id).sort()).toEqual([janeId, numbered].sort());
  });

  it('not found, with suggestions when something is close', async () => {
    expect(await resolvePatient(handle.db, 'Smyth')).toMatchObject({
      kind: 'not_found',
      suggestions: [expect.objectContaining({ fullName: 'Bob Smith' })],
    });
    expect(await resolvePatient(handle.db, 'Zed Zebra')).toEqual({ kind: 'not_found', suggestions: [] });
  });
});
