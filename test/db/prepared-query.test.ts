/**
 * Hot queries are built once per database (src/db/prepared-query.ts). A query built on one
 * database must never answer for another: two databases open in one process (the tests, a
 * benchmark) would otherwise read each other's patients.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { getPatient, listCharges } from '../../src/ledger/index.ts';
import { describeEachDatabase, openTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';

describeEachDatabase('queries built once per database', (kind) => {
  let first: DatabaseHandle;
  let second: DatabaseHandle;

  beforeAll(async () => {
    [first, second] = await Promise.all([openTestDatabase(kind), openTestDatabase(kind)]);
  });
  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
  });

  it('each database answers with its own rows, in a transaction too', async () => {
    const jane = await createCharge(first.db, { firstName: 'Jane', lastName: 'Doe', assessedCents: 4_000 });
    const john = await createCharge(second.db, { firstName: 'John', lastName: 'Roe', assessedCents: 7_000 });
    // Both are patient 1 of a fresh database: only the database tells them apart.
    expect(jane.patientId).toBe(john.patientId);

    expect((await getPatient(first.db, jane.patientId))?.fullName).toBe('Jane Doe');
    expect((await getPatient(second.db, john.patientId))?.fullName).toBe('John Roe');
    expect(
      (await listCharges(second.db, { patientId: john.patientId })).map((c) => c.outstandingCents),
    ).toEqual([7_000]);
    const inTransaction = await second.db.transaction((tx) =>
      listCharges(tx, { patientId: john.patientId, onlyOutstanding: true }),
    );
    expect(inTransaction.map((c) => c.patientName)).toEqual(['John Roe']);
    expect((await getPatient(first.db, jane.patientId))?.outstandingCents).toBe(4_000);
  });
});
