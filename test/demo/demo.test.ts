import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { demoPractice } from '../../src/demo/practice.ts';
import { type ChargeView, listCharges, resolvePatient } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';

const NAMED = [
  'Jane Doe',
  'Jane Roe',
  'Janet Doe',
  'Bob Smith',
  'María García',
  'Tom Baker',
  'Priya Patel',
  'Lee Chen',
  'Anne-Marie Dubois',
  "Samuel O'Neil",
  'José Núñez',
];

it('builds the same practice every time, with unique MRNs and full names', () => {
  const practice = demoPractice();
  expect(demoPractice()).toEqual(practice);
  expect(practice.length).toBe(64); // README: 64 patients
  expect(new Set(practice.map((p) => p.mrn)).size).toBe(practice.length);
  expect(new Set(practice.map((p) => `${p.firstName} ${p.lastName}`)).size).toBe(practice.length);
});

describeEachDatabase('the demo practice', (kind) => {
  let handle: DatabaseHandle;
  let allCharges: ChargeView[];
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => handle?.close());

  it('loads once; a second load writes nothing', async () => {
    const first = await loadDemo(handle.db);
    // The figures README states: 64 patients, 126 charges, 202 ledger entries.
    expect(first).toMatchObject({ patients: 64, charges: 126, entries: 202, entriesWritten: 202 });
    const second = await loadDemo(handle.db);
    expect(second).toMatchObject({
      patientsCreated: 0,
      chargesCreated: 0,
      entriesWritten: 0,
      entries: first.entries,
    });
    // Two full loads of 202 entries: allow for a busy shared machine.
  }, 90_000);

  it('has the named patients, and Jane Doe has the four charges the docs promise', async () => {
    allCharges = [];
    for (const name of NAMED) {
      const found = await resolvePatient(handle.db, name);
      if (found.kind !== 'found') throw new Error(`${name} is missing: ${found.kind}`);
      allCharges.push(...(await listCharges(handle.db, { patientId: found.patient.id })));
    }
    const jane = allCharges.filter((c) => c.patientName === 'Jane Doe');
    expect(jane.some((c) => c.prSource === 'remittance' && c.outstandingCents >= 10_000)).toBe(true);
    expect(jane.some((c) => c.status === 'paid')).toBe(true);
    expect(jane.some((c) => c.status === 'outstanding' && c.paidCents > 0)).toBe(true);
    expect(jane.some((c) => c.status === 'written_off' && c.outstandingCents === 0)).toBe(true);
    expect((await resolvePatient(handle.db, 'Jane')).kind).toBe('ambiguous');
  });

  it('shows every PR source and every charge state among the named patients', () => {
    const sources = new Set(allCharges.map((c) => c.prSource));
    expect([...sources].sort()).toEqual(['custom', 'placeholder', 'remittance', 'self_pay']);
    const states = new Set(
      allCharges.map((c) => (c.status === 'outstanding' && c.paidCents > 0 ? 'partly_paid' : c.status)),
    );
    expect([...states].sort()).toEqual(['cancelled', 'outstanding', 'paid', 'partly_paid', 'written_off']);
    for (const c of allCharges)
      expect(c.dateOfService < '2026-11-01' && c.dateOfService >= '2026-01-01').toBe(true);
  });
});
