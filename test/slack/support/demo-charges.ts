/**
 * The demo practice loaded once for a test file, and one demo patient's charges as they were
 * then, found by date of service: the tests of forms that read a request's date start from these.
 */
import { beforeAll } from 'vitest';
import { loadDemo } from '../../../src/demo/load-demo.ts';
import { getPatientByMrn, listCharges } from '../../../src/ledger/index.ts';
import type { Harness } from './harness.ts';

type DemoCharge = Awaited<ReturnType<typeof listCharges>>[number];

export interface DemoCharges {
  /** Every charge of the patient, as loaded. */
  all(): readonly DemoCharge[];
  /** The patient's charge of that date; a test naming a date the demo lacks fails at once. */
  on(dateOfService: string): DemoCharge;
}

/** Call after `useHarness()`: its database must be open before the demo is loaded into it. */
export function useDemoCharges(h: Harness, mrn: string): DemoCharges {
  let charges: DemoCharge[] = [];
  beforeAll(async () => {
    await loadDemo(h.db);
    const patient = await getPatientByMrn(h.db, mrn);
    charges = await listCharges(h.db, { patientId: patient?.id ?? 0 });
  });
  return {
    all: () => charges,
    on(dateOfService) {
      const charge = charges.find((c) => c.dateOfService === dateOfService);
      if (!charge) throw new Error(`demo patient ${mrn} has no charge on ${dateOfService}`);
      return charge;
    },
  };
}
