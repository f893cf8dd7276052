/**
 * Probe 17: the command line's argument handling. Nothing typed is dropped or replaced silently:
 * a stray word, a flag given twice, an out-of-range id, month or date, and a limit that cannot
 * be honoured are each bad input (exit 2) that names the problem and writes nothing; role names
 * ignore case and take "no limit"; `id:N` and `mrn:X` choose between a patient's id and another
 * patient's MRN; a small-balance apply lists the charges it took. Run in-process on PGlite (and
 * PostgreSQL when TEST_DATABASE_URL is set), plus one run of the real program.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPatient } from '../../src/ledger/index.ts';
import { entryCount, outstandingOf } from '../ledger/ledger-state.ts';
import { type ChargeFixture, createCharge } from '../support/fixtures.ts';
import { type CliEnvironment, cliEnv, createCliEnvironment, runCliProcess } from './support/cli-runner.ts';

interface RoleJson {
  userId: string;
  role: string | null;
  limitCents: number | null;
}

function describeProbe(kind: 'pglite' | 'postgres') {
  describe(`cli argument handling, probe 17 [${kind}]`, () => {
    let cli: CliEnvironment;
    /** $100 assessed, $10 paid: $90 outstanding, and a payment to refund. */
    let charge: ChargeFixture;

    beforeAll(async () => {
      cli = await createCliEnvironment(kind);
      charge = await createCharge(cli.db, { assessedCents: 10_000, paidCents: 1_000 });
    });
    afterAll(async () => cli?.cleanup());

    /** Bad input as a user sees it: exit 2, nothing on stdout, the reason on stderr, no entry written. */
    async function expectRefused(args: readonly string[], ...messages: RegExp[]) {
      const before = await entryCount(cli.db);
      const run = await cli.run(args);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      for (const message of messages) expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/unexpectedly|SQLSTATE/);
      expect(await entryCount(cli.db)).toBe(before);
      return run;
    }

    const writeoff = (...rest: string[]) => [
      'writeoff',
      '--charge',
      String(charge.chargeId),
      '--reason',
      'small_balance',
      ...rest,
    ];

    describe('1. a word the command does not take', () => {
      it.each([
        [['--amount', 'forty', 'five'], 'five', '--amount "forty five"'],
        [['--amount', '1', '234.50'], '234.50', '--amount "1 234.50"'],
        [
          ['--note', 'Income', 'verified', 'by', 'pay', 'stubs'],
          'verified',
          '--note "Income verified by pay stubs"',
        ],
      ])('writeoff %j is refused, naming the word and the value to quote', async (words, stray, quoted) => {
        const args = [...writeoff(...words), '--json'];
        if (!words.includes('--amount')) args.push('--amount', '5');
        const run = await expectRefused(args, new RegExp(`Unexpected argument "${stray}"`));
        expect(run.stderr).toContain(`Put a value with spaces in quotes: ${quoted}.`);
        expect(await outstandingOf(cli.db, charge.chargeId)).toBe(9_000);
      });

      it('writeoff … --json extra-positional writes nothing', async () => {
        await expectRefused(
          [...writeoff('--amount', '5'), '--json', 'extra-positional'],
          /Unexpected argument "extra-positional"/,
          /in quotes/,
        );
      });

      it.each([
        ['demo', 'stray'],
        ['roles', 'stray'],
        ['report', '--month', '2026-11', 'stray'],
        ['audit', 'stray'],
        ['import', '--patients', 'samples/patients.csv', 'stray'],
        ['small-balances', '--under', '5', 'stray'],
        ['why', '--charge', '1', 'stray'],
        ['undo', '--entry', '1', 'stray'],
        ['cancel', '--charge', '1', '--reason', 'duplicate', 'stray'],
        ['refund', '--payment', '1', 'stray'],
        ['history', '1', 'stray'],
        ['charges', 'Jane Doe', '--json', 'stray'],
        ['balance', 'Jane Doe', '--json', 'stray'],
        ['patients', 'jane', '--json', 'stray'],
        ['role', 'U0PROBE17', 'biller', 'stray'],
      ])('%s refuses a word beyond its arguments', async (...args) => {
        await expectRefused(args, /Unexpected argument "stray"/);
      });

      it('a patient name in two words is one argument, quoted or not; a word after a flag is refused', async () => {
        const patient = (await getPatient(cli.db, charge.patientId))?.fullName ?? '';
        const [first, last] = patient.split(' ');
        const unquoted = await cli.json<{ id: number }[]>(['charges', first ?? '', last ?? '', '--json']);
        expect(unquoted.value.map((c) => c.id)).toEqual([charge.chargeId]);
        const quoted = await cli.json<{ id: number }[]>(['charges', patient, '--json']);
        expect(quoted.value.map((c) => c.id)).toEqual([charge.chargeId]);
        const split = await expectRefused(
          ['charges', first ?? '', '--json', last ?? ''],
          /Unexpected argument/,
        );
        expect(split.stderr).toContain(`Unexpected argument "${last}"`);
      });

      it('parse and ask still take their text as words, quoted or not', async () => {
        const parsed = await cli.json<{ intent: string; patient: string }>([
          'parse',
          '--today',
          '2026-11-27',
          'balance',
          'for',
          'Jane',
          'Doe',
        ]);
        expect(parsed.value).toMatchObject({ intent: 'balance', patient: 'Jane Doe' });
        await expectRefused(
          ['parse', '--jsonl', 'balance for Jane'],
          /Unexpected argument "balance for Jane"/,
        );
      });

      it('the value quoted as one argument is written as typed', async () => {
        const other = await createCharge(cli.db, { assessedCents: 10_000 });
        const done = await cli.json<{ amountCents: number }>([
          'writeoff',
          '--charge',
          String(other.chargeId),
          '--amount',
          'forty five',
          '--reason',
          'small_balance',
          '--json',
        ]);
        expect(done.run.code, done.run.stderr).toBe(0);
        expect(done.value.amountCents).toBe(4_500);
      });
    });

    describe('2. a flag given twice', () => {
      it('writeoff --amount 1 --amount 2 writes nothing', async () => {
        await expectRefused(
          [...writeoff('--amount', '1', '--amount', '2'), '--json'],
          /--amount is given twice \("1" and "2"\)/,
        );
        expect(await outstandingOf(cli.db, charge.chargeId)).toBe(9_000);
      });

      it('why --charge 10 --charge 13 answers neither', async () => {
        await expectRefused(['why', '--charge', '10', '--charge', '13', '--json'], /--charge is given twice/);
      });

      it('role … --limit 50 --limit 70 grants nothing', async () => {
        await expectRefused(
          ['role', 'U0TWICE', 'biller', '--limit', '50', '--limit', '70', '--json'],
          /--limit is given twice/,
        );
        const roles = await cli.json<RoleJson[]>(['roles', '--json']);
        expect(roles.value.map((r) => r.userId)).not.toContain('U0TWICE');
      });
    });

    describe('3. out-of-range ids, months and dates', () => {
      it.each([
        [
          ['why', '--charge', '99999999999'],
          /--charge 99999999999 is too large: no charge has an id above 2147483647/,
        ],
        [
          ['writeoff', '--charge', '2147483648', '--amount', '5', '--reason', 'small_balance'],
          /--charge 2147483648 is too large/,
        ],
        [['cancel', '--charge', '2147483648', '--reason', 'duplicate'], /--charge 2147483648 is too large/],
        [['history', '2147483648'], /The charge id 2147483648 is too large/],
        [['undo', '--entry', '99999999999999999999'], /--entry 99999999999999999999 is too large/],
        [['refund', '--payment', '99999999999999999999'], /--payment 99999999999999999999 is too large/],
        [['report', '--month', '9999-12'], /--month 9999-12 is out of range: give a year from 1900 to 2999/],
        [['report', '--month', '2026-13'], /--month 2026-13 does not exist/],
        [
          ['small-balances', '--under', '5', '--today', '0001-01-01'],
          /--today 0001-01-01 is out of range: give a year from 1900 to 2999/,
        ],
        [['audit', '--since', '2026-02-30'], /--since 2026-02-30 does not exist: 2026-02 has days 01 to 28/],
        [['audit', '--since', '0001-01-01'], /out of range/],
        [
          ['small-balances', '--under', '5', '--min-age-days', '1000000'],
          /--min-age-days 1000000 is too large: give at most 3650 days/,
        ],
      ])('%j is bad input with the bound, not a failure', async (args, message) => {
        await expectRefused([...args, '--json'], message);
      });

      it('the largest ids, months and dates the app handles are looked up as usual', async () => {
        await expectRefused(['why', '--charge', '2147483647', '--json'], /No charge with id 2147483647/);
        await expectRefused(['history', '2147483647'], /No charge with id 2147483647/);
        const report = await cli.json<{ month: string }>(['report', '--month', '2999-12', '--json']);
        expect(report.value.month).toBe('2999-12');
        const early = await cli.run([
          'small-balances',
          '--under',
          '5',
          '--today',
          '1900-01-01',
          '--min-age-days',
          '3650',
          '--json',
        ]);
        expect(early.code, early.stderr).toBe(0);
      });
    });

    describe('4. unknown options and --limit of patients', () => {
      it('names the unknown option with both quotes', async () => {
        const run = await expectRefused(
          [...writeoff('--amount', '5'), '--frob', '3'],
          /Unknown option "--frob"\./,
        );
        expect(run.stderr).toContain('--amount');
      });

      it.each(['abc', '0', '51', '2.5'])('patients jane --limit %s is refused', async (limit) => {
        await expectRefused(
          ['patients', 'jane', '--limit', limit],
          /--limit must be a whole number from 1 to 50/,
        );
      });

      it('patients jane --limit 50 searches', async () => {
        expect((await cli.run(['patients', 'jane', '--limit', '50', '--json'])).code).toBe(0);
      });
    });

    describe('5. role names in any case, and "no limit"', () => {
      it.each([
        ['Biller', 'biller'],
        ['BILLING_MANAGER', 'billing_manager'],
        ['Viewer', 'viewer'],
      ])('role U0CASE %s grants %s', async (typed, role) => {
        const granted = await cli.json<RoleJson>(['role', 'U0CASE', typed, '--json']);
        expect(granted.run.code, granted.run.stderr).toBe(0);
        expect(granted.value.role).toBe(role);
      });

      it.each(['none', 'unlimited', 'no limit', 'No Limit'])(
        '--limit %s removes a billing manager’s limit',
        async (words) => {
          await cli.json(['role', 'U0NOLIMIT', 'billing_manager', '--limit', '$500', '--json']);
          const granted = await cli.json<RoleJson>([
            'role',
            'U0NOLIMIT',
            'billing_manager',
            '--limit',
            words,
            '--json',
          ]);
          expect(granted.value).toEqual({ userId: 'U0NOLIMIT', role: 'billing_manager', limitCents: null });
          const roles = await cli.json<RoleJson[]>(['roles', '--json']);
          expect(roles.value.find((r) => r.userId === 'U0NOLIMIT')?.limitCents).toBeNull();
        },
      );

      it('a biller cannot be given no limit: refused, and the limit set stays', async () => {
        await cli.json(['role', 'U0BILLER', 'biller', '--limit', '$250', '--json']);
        await expectRefused(
          ['role', 'U0BILLER', 'biller', '--limit', 'none', '--json'],
          /A biller always has a write-off limit: \$100\.00 unless another is set/,
        );
        const roles = await cli.json<RoleJson[]>(['roles', '--json']);
        expect(roles.value.find((r) => r.userId === 'U0BILLER')?.limitCents).toBe(25_000);
      });
    });

    describe('6. a number that is one patient’s id and another’s MRN', () => {
      let byId: ChargeFixture;
      let byMrn: ChargeFixture;
      beforeAll(async () => {
        byId = await createCharge(cli.db, { firstName: 'Ida', lastName: 'Number', assessedCents: 1_100 });
        byMrn = await createCharge(cli.db, {
          firstName: 'Imported',
          lastName: 'Person',
          mrn: String(byId.patientId),
          assessedCents: 2_200,
        });
      });
      const chargesOf = (patient: string) => cli.json<{ id: number }[]>(['charges', patient, '--json']);

      it('lists both and says which prefix picks which', async () => {
        const number = String(byId.patientId);
        const run = await expectRefused(['charges', number, '--json'], /matches more than one patient/);
        expect(run.stderr).toContain(
          `"${number}" is the id of Ida Number and the MRN of Imported Person: ` +
            `write id:${number} for Ida Number or mrn:${number} for Imported Person.`,
        );
      });

      it('id:N and mrn:X choose', async () => {
        const number = String(byId.patientId);
        expect((await chargesOf(`id:${number}`)).value.map((c) => c.id)).toEqual([byId.chargeId]);
        expect((await chargesOf(`mrn:${number}`)).value.map((c) => c.id)).toEqual([byMrn.chargeId]);
        expect((await chargesOf(`MRN: ${number}`)).value.map((c) => c.id)).toEqual([byMrn.chargeId]);
      });

      it('a name that fits several patients names the prefixes too', async () => {
        for (let twin = 0; twin < 2; twin++)
          await createCharge(cli.db, { firstName: 'Ida', lastName: 'Twin' });
        await expectRefused(
          ['charges', 'Ida Twin', '--json'],
          /Choose one with id:<patient id> or mrn:<MRN>/,
        );
      });

      it.each([
        ['id:99999999999', /no patient has an id above 2147483647/],
        ['id:abc', /must be a positive whole number/],
        ['id:2147483647', /No patient with id 2147483647/],
        ['mrn:NOPE-17', /No patient with MRN "NOPE-17"/],
      ])('%s is bad input', async (patient, message) => {
        await expectRefused(['charges', patient, '--json'], message);
      });
    });

    describe('7. small-balances --apply lists the charges it took', () => {
      it('the same {id, outstandingCents} as the preview, on the first run and on a replay', async () => {
        const old = { dateOfService: '2025-01-05' };
        const small = [
          (await createCharge(cli.db, { ...old, assessedCents: 150 })).chargeId,
          (await createCharge(cli.db, { ...old, assessedCents: 275 })).chargeId,
        ];
        const rule = ['--under', '$3', '--today', '2025-06-01'];
        const preview = await cli.json<{ charges: { id: number; outstandingCents: number }[] }>([
          'small-balances',
          ...rule,
          '--json',
        ]);
        const previewed = preview.value.charges.map(({ id, outstandingCents }) => ({ id, outstandingCents }));
        expect(previewed).toEqual([
          { id: small[0], outstandingCents: 150 },
          { id: small[1], outstandingCents: 275 },
        ]);
        const apply = ['small-balances', ...rule, '--apply', '--key', `probe17-${kind}`, '--json'];
        const applied = await cli.json<{ count: number; charges: unknown }>(apply);
        expect(applied.run.code, applied.run.stderr).toBe(0);
        expect(applied.value).toMatchObject({ count: 2, charges: previewed });
        const replayed = await cli.json<{ charges: unknown }>(apply);
        expect(replayed.value).toEqual(applied.value);
        expect(replayed.value).toMatchObject({ charges: previewed });
      });

      it('--status takes its key alone: a threshold given with it is refused, not ignored', async () => {
        const run = await expectRefused(
          ['small-balances', '--status', '--key', `probe17-${kind}`, '--under', '5'],
          /--status takes only --key \(and --json\), not --under/,
        );
        expect(run.stdout).toBe('');
      });
    });
  });
}

describeProbe('pglite');
// PostgreSQL runs only where TEST_DATABASE_URL names a server (CI does).
if (process.env.TEST_DATABASE_URL) describeProbe('postgres');
else describe.skip('cli argument handling, probe 17 [postgres]: TEST_DATABASE_URL is not set', () => {});

describe('the cli program, probe 17', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'billing-probe17-'));
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('refuses an unquoted amount with exit 2, nothing on stdout, and never opens the database', async () => {
    const dataDir = join(root, 'data');
    const run = await runCliProcess(
      ['writeoff', '--charge', '3', '--amount', 'forty', 'five', '--reason', 'small_balance', '--json'],
      cliEnv({ DATABASE_URL: '', PGLITE_DIR: dataDir }),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'Unexpected argument "five". Put a value with spaces in quotes: --amount "forty five".\n',
    );
    expect(existsSync(dataDir)).toBe(false);
  });
});
