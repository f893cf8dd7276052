/**
 * A blind check of the command-line contract (thirteenth session) found a flag's missing value
 * filled by the next option, which then wrote a change under the key "--json"; `--json` refused
 * before the command; "40." read by `parse` but refused by `writeoff`; `parse --today` outside the
 * years every other command takes; a preview's stray `--key` dropped unread; the usage on stdout
 * for a missing command; a batch's status saying nothing of its undo; a database that cannot be
 * reached reported as an unexpected failure. Each is fixed; run in-process on PGlite, plus the
 * real program where what it prints on which stream is the point.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryCount, outstandingOf } from '../ledger/ledger-state.ts';
import { type ChargeFixture, createCharge } from '../support/fixtures.ts';
import { type CliEnvironment, cliEnv, createCliEnvironment, runCliInProcess } from './support/cli-runner.ts';

let cli: CliEnvironment;
/** $60 outstanding. */
let charge: ChargeFixture;

beforeAll(async () => {
  cli = await createCliEnvironment('pglite');
  charge = await createCharge(cli.db, { assessedCents: 6_000 });
});
afterAll(async () => cli?.cleanup());

const writeoff = (...rest: string[]) => [
  'writeoff',
  '--charge',
  String(charge.chargeId),
  '--reason',
  'small_balance',
  ...rest,
];

describe('a value flag followed by another option has no value', () => {
  it.each([
    [['--amount', '5', '--key', '--json'], '--key'],
    [['--amount', '5', '--note', '--json'], '--note'],
    [['--amount', '--key=k1', '--json'], '--amount'],
  ])('%j is refused and writes nothing', async (rest, flag) => {
    const before = await entryCount(cli.db);
    const run = await cli.run(writeoff(...rest));
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${flag} needs a value`);
    expect(await entryCount(cli.db)).toBe(before);
  });

  it('a value starting with -- is still given with =', async () => {
    const { run, value } = await cli.json<{ amountCents: number }>(
      writeoff('--amount', '1', '--note=--see the ticket', '--key', 'probe25-dashes', '--json'),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(value.amountCents).toBe(100);
  });
});

describe('--json before the command is that command with --json', () => {
  it('prints the same JSON document as --json after it', async () => {
    const before = await cli.run(['--json', 'charges', `id:${charge.patientId}`]);
    const after = await cli.run(['charges', `id:${charge.patientId}`, '--json']);
    expect(before.code, before.stderr).toBe(0);
    expect(JSON.parse(before.stdout)).toEqual(JSON.parse(after.stdout));
  });
});

describe('"40." is forty dollars everywhere', () => {
  it('writeoff takes it as $40, as parse does', async () => {
    const fresh = await createCharge(cli.db, { assessedCents: 5_000 });
    const { run, value } = await cli.json<{ amountCents: number; outstandingCents: number }>([
      'writeoff',
      '--charge',
      String(fresh.chargeId),
      '--amount',
      '40.',
      '--reason',
      'small_balance',
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(value.amountCents).toBe(4_000);
    expect(await outstandingOf(cli.db, fresh.chargeId)).toBe(1_000);
    const parsed = await cli.json<{ amountCents: number }>([
      'parse',
      '--today',
      '2026-12-04',
      'write off 40. for Jane Doe',
    ]);
    expect(parsed.value.amountCents).toBe(4_000);
  });

  it('"40.." and "." are still not numbers', async () => {
    for (const amount of ['40..', '.']) {
      const run = await cli.run(writeoff('--amount', amount, '--json'));
      expect(run.code, amount).toBe(2);
      expect(run.stderr).toMatch(/not a number/);
    }
  });
});

describe('parse --today takes the years the other commands take', () => {
  it.each(['1899-12-31', '3000-01-01'])('%s is refused', async (today) => {
    const run = await cli.run(['parse', '--today', today, 'write off Oct 3 visit Jane Doe']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/out of range: give a year from 1900 to 2999/);
  });
});

describe('small balances', () => {
  it('a preview with --key but no --apply is refused instead of dropping the key', async () => {
    const before = await entryCount(cli.db);
    const run = await cli.run(['small-balances', '--under', '25', '--key', 'x', '--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--key is used with --apply/);
    expect(await entryCount(cli.db)).toBe(before);
  });

  it('--status says when the batch was undone', async () => {
    const small = await createCharge(cli.db, { assessedCents: 300, dateOfService: '2026-01-05' });
    const applied = await cli.json<{ batchId: string; count: number }>([
      'small-balances',
      '--under',
      '5',
      '--apply',
      '--key',
      'probe25-batch',
      '--json',
    ]);
    expect(applied.run.code, applied.run.stderr).toBe(0);
    expect(await outstandingOf(cli.db, small.chargeId)).toBe(0);
    type Status = { applied: boolean; undone: boolean; count: number };
    const status = () => cli.json<Status>(['small-balances', '--status', '--key', 'probe25-batch', '--json']);
    expect((await status()).value).toMatchObject({
      applied: true,
      undone: false,
      count: applied.value.count,
    });
    const undo = await cli.run(['undo', '--batch', applied.value.batchId, '--json']);
    expect(undo.code, undo.stderr).toBe(0);
    expect(await outstandingOf(cli.db, small.chargeId)).toBe(300);
    expect((await status()).value).toMatchObject({ applied: true, undone: true });
    const text = await cli.run(['small-balances', '--status', '--key', 'probe25-batch']);
    expect(text.stdout).toMatch(/since been undone whole/);
  });
});

describe('what is printed where', () => {
  it('no command: the usage on stderr, nothing on stdout, exit 2', async () => {
    const run = await runCliInProcess([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Missing command\.\n\nUsage:/);
  });

  it('a database that cannot be reached is said to be one, not an unexpected failure', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'probe25-'));
    try {
      // Port 1 on this host: nothing listens, so the connection is refused at once.
      const run = await runCliInProcess(['charges', 'Jane Doe', '--json'], {
        env: cliEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', PGLITE_DIR: dir }),
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/could not be reached.*Check DATABASE_URL/);
      expect(run.stderr).not.toMatch(/unexpectedly/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
