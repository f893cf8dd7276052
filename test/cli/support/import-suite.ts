/** CSV import end to end through the CLI (in-process): all-or-nothing, every bad row reported, re-import is a no-op. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliEnvironment, createCliEnvironment } from './cli-runner.ts';

const SAMPLES = [
  '--patients',
  'samples/patients.csv',
  '--charges',
  'samples/charges.csv',
  '--payments',
  'samples/payments.csv',
];
const BAD = [
  '--patients',
  'samples/bad/patients.csv',
  '--charges',
  'samples/bad/charges.csv',
  '--payments',
  'samples/bad/payments.csv',
];

export function describeImport(kind: 'pglite' | 'postgres') {
  describe(`cli import [${kind}]`, () => {
    let cli: CliEnvironment;
    beforeAll(async () => {
      cli = await createCliEnvironment(kind);
    });
    afterAll(async () => cli?.cleanup());

    it('reports every bad row with file and line, and writes nothing', async () => {
      const run = await cli.run(['import', ...BAD]);
      expect(run.code).toBe(2);
      const expected = [
        'samples/bad/patients.csv:3:',
        'samples/bad/patients.csv:4:',
        'samples/bad/patients.csv:5:',
        'samples/bad/charges.csv:3:',
        'samples/bad/charges.csv:4:',
        'samples/bad/charges.csv:5:',
        'samples/bad/charges.csv:6:',
        'samples/bad/charges.csv:7:',
        'samples/bad/payments.csv:2:',
        'samples/bad/payments.csv:3:',
        'samples/bad/payments.csv:4:',
      ];
      for (const location of expected) expect(run.stderr).toContain(location);
      // The good first rows of each file were not loaded either.
      const lookup = await cli.run(['charges', 'BAD-1', '--json']);
      expect(lookup.code).toBe(2);
      expect(lookup.stderr).toMatch(/No patient matches/);
    });

    it('imports the samples, and importing them again changes nothing', async () => {
      const first = await cli.json<Record<string, unknown>>(['import', ...SAMPLES, '--json']);
      expect(first.run.code, first.run.stderr).toBe(0);
      expect(first.value).toMatchObject({
        patientsCreated: 4,
        chargesCreated: 5,
        prPosted: 5,
        paymentsPosted: 4,
      });
      const again = await cli.json<Record<string, unknown>>(['import', ...SAMPLES, '--json']);
      expect(again.value).toMatchObject({
        unchanged: true,
        alreadyImported: 9,
        prPosted: 0,
        paymentsPosted: 0,
      });
      const charges = await cli.json<{ outstandingCents: number }[]>(['charges', 'SMP-1002', '--json']);
      expect(charges.value.map((c) => c.outstandingCents)).toEqual([50_000]);
    });
  });
}
