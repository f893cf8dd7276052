/**
 * Probe 14, item 3, on the command line: a `<patient>` written as a name and an MRN ("Rosa
 * Quimby QMB-0001") is the MRN's patient when the name is theirs, and lists both candidates
 * (exit 2) when it is someone else's, as a name that fits several patients does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { runCliInProcess } from './support/cli-runner.ts';

describe('cli charges "<name> <MRN>"', () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await openPgliteTestDatabase();
    for (const mrn of ['QMB-0001', 'QMB-0002'])
      await createCharge(handle.db, { firstName: 'Rosa', lastName: 'Quimby', mrn, assessedCents: 1_000 });
    await createCharge(handle.db, { firstName: 'Tobias', lastName: 'Quill', mrn: 'QMB-0003' });
  });
  afterAll(async () => handle?.close());

  const charges = (patient: string) =>
    runCliInProcess(['charges', patient, '--json'], { database: handle.db });

  it.each(['Rosa Quimby QMB-0002', 'rosa quimby qmb-0002', 'Quimby, Rosa (MRN QMB-0002)'])(
    '"%s": the MRN’s patient, not a list of namesakes',
    async (patient) => {
      const { code, stdout } = await charges(patient);
      expect(code).toBe(0);
      const rows = JSON.parse(stdout) as { patientName: string; assessedCents: number }[];
      expect(rows).toHaveLength(1);
      expect(rows[0]?.patientName).toBe('Rosa Quimby');
    },
  );

  it('a name that is not the MRN’s patient’s lists both, the MRN’s first, and exits 2', async () => {
    const { code, stderr } = await charges('Rosa Quimby QMB-0003');
    expect(code).toBe(2);
    expect(stderr.indexOf('QMB-0003')).toBeGreaterThan(-1);
    expect(stderr.indexOf('QMB-0003')).toBeLessThan(stderr.indexOf('QMB-0001'));
  });
});
