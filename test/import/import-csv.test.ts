import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { formatProblem, type ImportSources, importCsv } from '../../src/import/import-files.ts';
import { getPatientByMrn, listCharges } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';

async function sources(dir: string): Promise<ImportSources> {
  const read = async (kind: string) => ({
    name: `${kind}.csv`,
    text: await readFile(`${dir}/${kind}.csv`, 'utf8'),
  });
  return {
    patients: await read('patients'),
    charges: await read('charges'),
    payments: await read('payments'),
  };
}

describeEachDatabase('CSV import', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => handle?.close());

  it('reports all bad rows by file and line and loads nothing', async () => {
    const outcome = await importCsv(handle.db, await sources('samples/bad'));
    if (outcome.ok) throw new Error('the bad samples must not import');
    expect(outcome.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^charges\.csv:3: mrn NOBODY/),
      expect.stringMatching(/^charges\.csv:4: date_of_service must be a date/),
      expect.stringMatching(/^charges\.csv:5: pr_source must be one of/),
      expect.stringMatching(/^charges\.csv:6: pr_amount "1\.005"/),
      expect.stringMatching(/^charges\.csv:7: pr_amount "-5".*negative/),
      expect.stringMatching(/^patients\.csv:3: first_name is empty/),
      expect.stringMatching(/^patients\.csv:4: date_of_birth is not a real calendar date/),
      expect.stringMatching(/^patients\.csv:5: mrn BAD-1 appears again/),
      expect.stringMatching(/^payments\.csv:2: payment of \$50\.00 is more than/),
      expect.stringMatching(/^payments\.csv:3: charge_ref NO-SUCH-CHARGE/),
      expect.stringMatching(/^payments\.csv:4: amount "abc"/),
    ]);
    expect(await getPatientByMrn(handle.db, 'BAD-1')).toBeNull();
  });

  it('loads the samples once; the same files again change nothing', async () => {
    const first = await importCsv(handle.db, await sources('samples'));
    expect(first).toMatchObject({
      ok: true,
      summary: { patientsCreated: 4, chargesCreated: 5, paymentsPosted: 4 },
    });
    const again = await importCsv(handle.db, await sources('samples'));
    expect(again).toMatchObject({
      ok: true,
      summary: { patientsCreated: 0, chargesCreated: 0, prPosted: 0, paymentsPosted: 0, alreadyImported: 9 },
    });
    const molly = await getPatientByMrn(handle.db, 'SMP-1004');
    expect(molly?.firstName).toBe('Mary "Molly"');
    const charges = await listCharges(handle.db, { patientId: molly?.id ?? 0 });
    expect(charges.map((c) => [c.description, c.prSource, c.outstandingCents])).toEqual([
      ['Supplies, "deluxe" brace', 'custom', 3_550],
    ]);
  });

  it('refuses a re-import that changes an amount imported before', async () => {
    const text =
      'charge_ref,mrn,date_of_service,description,pr_source,pr_amount\nSMP-CH-1,SMP-1001,2026-03-14,Office visit 99213,remittance,50\n';
    const outcome = await importCsv(handle.db, { charges: { name: 'fix.csv', text } });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(formatProblem(outcome.problems[0] ?? { file: '', line: 0, message: '' })).toMatch(
        /^fix\.csv:2: charge_ref SMP-CH-1 was imported before with PR \$45\.00/,
      );
  });
});
