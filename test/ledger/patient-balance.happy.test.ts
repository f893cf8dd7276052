import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { getPatient, searchPatients, upsertPatient } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';

describeEachDatabase('a patient’s outstanding balance', (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
  });
  afterAll(async () => handle?.close());

  it('is the sum of that patient’s charges only, in search results and look-ups', async () => {
    const other = await upsertPatient(handle.db, {
      mrn: 'BAL-0',
      firstName: 'Otto',
      lastName: 'Brandt',
      dateOfBirth: '1950-01-01',
    });
    await createCharge(handle.db, { patientId: other, assessedCents: 99_900 });
    const patientId = await upsertPatient(handle.db, {
      mrn: 'BAL-1',
      firstName: 'Greta',
      lastName: 'Lindqvist',
      dateOfBirth: '1960-02-02',
    });
    await createCharge(handle.db, { patientId, assessedCents: 12_000, paidCents: 2_000 });
    await createCharge(handle.db, { patientId, assessedCents: 3_050 });

    expect((await getPatient(handle.db, patientId))?.outstandingCents).toBe(13_050);
    const [best] = await searchPatients(handle.db, { query: 'greta lindqvist' });
    expect(best).toMatchObject({ id: patientId, outstandingCents: 13_050 });
  });
});
