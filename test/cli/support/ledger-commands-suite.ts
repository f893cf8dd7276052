/** The CLI's ledger commands, end to end through runCli (in-process), on one kind of database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliEnvironment, type CliRun, createCliEnvironment } from './cli-runner.ts';

const CHARGE_KEYS = [
  'assessedCents',
  'dateOfService',
  'description',
  'id',
  'outstandingCents',
  'paidCents',
  'patientId',
  'patientName',
  'prSource',
  'status',
  'writtenOffCents',
];

interface ChargeJson {
  id: number;
  prSource: string;
  assessedCents: number;
  paidCents: number;
  writtenOffCents: number;
  outstandingCents: number;
  status: string;
  [key: string]: unknown;
}

export function describeLedgerCommands(kind: 'pglite' | 'postgres') {
  describe(`cli ledger commands [${kind}]`, () => {
    let cli: CliEnvironment;
    let firstDemo: CliRun;
    let janeCharges: ChargeJson[];
    const find = (test: (c: ChargeJson) => boolean) => {
      const charge = janeCharges.find(test);
      if (!charge) throw new Error('Jane Doe lacks a required demo charge');
      return charge;
    };
    const paid = () => find((c) => c.status === 'paid');
    const bigOutstanding = () =>
      find((c) => c.prSource === 'remittance' && c.paidCents === 0 && c.outstandingCents >= 10_000);
    const partlyPaid = () => find((c) => c.status === 'outstanding' && c.paidCents > 0);

    beforeAll(async () => {
      cli = await createCliEnvironment(kind);
      firstDemo = await cli.run(['demo', '--json']);
    });
    afterAll(async () => cli?.cleanup());

    it('loads the demo practice, and a second run changes nothing', async () => {
      expect(firstDemo.code, firstDemo.stderr).toBe(0);
      const first = JSON.parse(firstDemo.stdout);
      // The figures README states for the demo practice.
      expect(first).toMatchObject({ patients: 64, charges: 126, entries: 202, entriesWritten: 202 });
      const { run, value: second } = await cli.json<typeof first>(['demo', '--json']);
      expect(run.code).toBe(0);
      expect(second).toMatchObject({
        patientsCreated: 0,
        chargesCreated: 0,
        entriesWritten: 0,
        unchanged: true,
      });
      expect([second.patients, second.charges, second.entries]).toEqual([
        first.patients,
        first.charges,
        first.entries,
      ]);
    });

    it('lists Jane Doe’s charges as JSON with the contract keys and her four demo charges', async () => {
      const { run, value } = await cli.json<ChargeJson[]>(['charges', 'Jane Doe', '--json']);
      expect(run.code, run.stderr).toBe(0);
      janeCharges = value;
      for (const charge of value) expect(Object.keys(charge)).toEqual(expect.arrayContaining(CHARGE_KEYS));
      expect(bigOutstanding().outstandingCents).toBeGreaterThanOrEqual(10_000);
      expect(paid().paidCents).toBe(paid().assessedCents);
      expect(partlyPaid().paidCents).toBeLessThan(partlyPaid().assessedCents);
      expect(find((c) => c.status === 'written_off').writtenOffCents).toBeGreaterThan(0);
    });

    it('refuses amounts that do not parse or are out of range, naming the problem, writing nothing', async () => {
      const chargeId = String(partlyPaid().id);
      const before = await cli.json<unknown[]>(['history', chargeId, '--json']);
      const cases = [
        ['abc', /not a number/],
        ['-5', /negative/],
        ['1.005', /decimal/],
        ['0', /more than \$0\.00/],
        ['99999999', /limit/],
      ] as const;
      // These fail before the database opens, so they can run side by side even on PGlite.
      const runs = await Promise.all(
        cases.map(([amount]) =>
          cli.run([
            'writeoff',
            '--charge',
            chargeId,
            '--amount',
            amount,
            '--reason',
            'small_balance',
            '--json',
          ]),
        ),
      );
      for (const [index, run] of runs.entries()) {
        expect(run.code, cases[index]?.[0]).toBe(2);
        expect(run.stderr).toMatch(cases[index]?.[1] ?? /never/);
        expect(run.stdout).toBe('');
      }
      const after = await cli.json<unknown[]>(['history', chargeId, '--json']);
      expect(after.value).toEqual(before.value);
    });

    it('reports a blocked write-off as a blocker with exit 3', async () => {
      const args = ['writeoff', '--charge', String(paid().id), '--amount', '10', '--reason', 'small_balance'];
      const run = await cli.run([...args, '--json']);
      expect(run.code).toBe(3);
      const body = JSON.parse(run.stdout);
      expect(body.blocker).toMatchObject({ code: 'PR_PAID', message: expect.stringMatching(/paid/) });
    });

    it('refuses a write-off without --reason as REASON_REQUIRED (exit 3), writing nothing', async () => {
      const chargeId = String(bigOutstanding().id);
      const before = await cli.json<unknown[]>(['history', chargeId, '--json']);
      const run = await cli.run(['writeoff', '--charge', chargeId, '--amount', '10', '--json']);
      expect(run.code, run.stderr).toBe(3);
      expect(JSON.parse(run.stdout).blocker).toMatchObject({
        code: 'REASON_REQUIRED',
        message: expect.stringMatching(/reason/),
      });
      const unknown = await cli.run(['writeoff', '--charge', chargeId, '--amount', '10', '--reason', 'nope']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/Unknown reason "nope"/);
      const after = await cli.json<unknown[]>(['history', chargeId, '--json']);
      expect(after.value).toEqual(before.value);
    });

    it('writes off part of a charge and prints the new outstanding', async () => {
      const charge = bigOutstanding();
      const key = `test-${kind}-${charge.id}`;
      const args = [
        'writeoff',
        '--charge',
        String(charge.id),
        '--amount',
        '$25',
        '--reason',
        'small_balance',
      ];
      const { run, value } = await cli.json<Record<string, number>>([...args, '--key', key, '--json']);
      expect(run.code, run.stderr).toBe(0);
      expect(value).toMatchObject({
        entryId: expect.any(Number),
        chargeId: charge.id,
        amountCents: 2_500,
        outstandingCents: charge.outstandingCents - 2_500,
      });
      const why = await cli.json<{ allowed: boolean; blockers: unknown[] }>([
        'why',
        '--charge',
        String(paid().id),
        '--json',
      ]);
      expect(why.value.allowed).toBe(false);
      expect(why.value.blockers[0]).toEqual({
        code: 'PR_PAID',
        message: expect.any(String),
        nextStep: expect.any(String),
      });
    });

    it('asks which patient when a name is ambiguous', async () => {
      const run = await cli.run(['charges', 'Jane', '--json']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      for (const name of ['Jane Doe', 'Jane Roe', 'Janet Doe']) expect(run.stderr).toContain(name);
      expect(run.stderr).toMatch(/MRN DEMO-0001/);
    });
  });
}
