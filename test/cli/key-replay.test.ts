/**
 * README: "running the same command again with the same key writes nothing new and prints the
 * first result". Checked for every mutating command, and that the same key with a different
 * request is refused as bad input (exit 2) with a message naming the key, writing nothing.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';
import { type CliEnvironment, createCliEnvironment } from './support/cli-runner.ts';

describeEachDatabase('cli --key replay', (kind) => {
  let cli: CliEnvironment;
  beforeAll(async () => {
    cli = await createCliEnvironment(kind);
  });
  afterAll(async () => cli?.cleanup());

  async function historyLength(chargeId: number): Promise<number> {
    const { value } = await cli.json<unknown[]>(['history', String(chargeId), '--json']);
    return value.length;
  }

  /** Runs the command twice with one key: the same JSON document, the repeat told on stderr, one write. */
  async function expectReplayed(chargeId: number, args: string[]) {
    const before = await historyLength(chargeId);
    const first = await cli.json<Record<string, unknown>>([...args, '--json']);
    expect(first.run.code, first.run.stderr).toBe(0);
    expect(first.value).not.toHaveProperty('replayed');
    expect(first.run.stderr).toBe('');
    expect(await historyLength(chargeId)).toBe(before + 1);
    const again = await cli.json<Record<string, unknown>>([...args, '--json']);
    expect(again.run.code, again.run.stderr).toBe(0);
    expect(again.run.stdout).toBe(first.run.stdout);
    expect(again.run.stderr).toBe('Already done earlier with this key; nothing new was written.\n');
    const readable = await cli.run(args);
    expect(readable.code).toBe(0);
    expect(readable.stdout).toContain('already done earlier with this key; nothing new was written');
    expect(await historyLength(chargeId)).toBe(before + 1);
    return first.value;
  }

  async function expectConflict(chargeId: number, args: string[], key: string) {
    const before = await historyLength(chargeId);
    const run = await cli.run([...args, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`The idempotency key "${key}" was already used for a different request.\n`);
    expect(await historyLength(chargeId)).toBe(before);
  }

  it('a key with "#", the mark a batch keys its entries with, is refused as bad input', async () => {
    const { chargeId } = await createCharge(cli.db, { assessedCents: 5_000 });
    const before = await historyLength(chargeId);
    const run = await cli.run([
      'writeoff',
      '--charge',
      String(chargeId),
      '--amount',
      '$1',
      '--reason',
      'small_balance',
      '--key',
      `month-end#${chargeId}`,
      '--json',
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--key may not contain "#"');
    expect(await historyLength(chargeId)).toBe(before);
  });

  it('writeoff', async () => {
    const { chargeId } = await createCharge(cli.db, { assessedCents: 10_000 });
    const key = `wo-${kind}`;
    const writeoff = (amount: string) => [
      'writeoff',
      '--charge',
      String(chargeId),
      '--amount',
      amount,
      '--reason',
      'small_balance',
      '--key',
      key,
    ];
    const first = await expectReplayed(chargeId, writeoff('25'));
    expect(first).toMatchObject({ amountCents: 2_500, outstandingCents: 7_500 });
    await expectConflict(chargeId, writeoff('30'), key);
  });

  it('undo', async () => {
    const { chargeId, writeOffEntryId } = await createCharge(cli.db, { writtenOffCents: 4_000 });
    const other = await createCharge(cli.db, { writtenOffCents: 1_000 });
    const key = `undo-${kind}`;
    const undo = (entryId: number | null) => ['undo', '--entry', String(entryId), '--key', key];
    const first = await expectReplayed(chargeId, undo(writeOffEntryId));
    expect(first).toMatchObject({ amountCents: 4_000 });
    await expectConflict(other.chargeId, undo(other.writeOffEntryId), key);
  });

  it('cancel', async () => {
    const { chargeId } = await createCharge(cli.db, { prSource: 'self_pay', assessedCents: 3_000 });
    const key = `cancel-${kind}`;
    const cancel = (reason: string) => [
      'cancel',
      '--charge',
      String(chargeId),
      '--reason',
      reason,
      '--key',
      key,
    ];
    const first = await expectReplayed(chargeId, cancel('duplicate'));
    expect(first).toMatchObject({ chargeId, amountCents: 3_000 });
    await expectConflict(chargeId, cancel('wrong_amount'), key);
  });

  it('refund, with the notice that the PR it paid is owed again', async () => {
    const { chargeId, paymentEntryId } = await createCharge(cli.db, {
      assessedCents: 8_000,
      paidCents: 8_000,
    });
    const key = `refund-${kind}`;
    const refund = (amount: string) => [
      'refund',
      '--payment',
      String(paymentEntryId),
      '--amount',
      amount,
      '--key',
      key,
    ];
    const first = await expectReplayed(chargeId, refund('20'));
    expect(first).toMatchObject({ amountCents: 2_000, outstandingCents: 2_000 });
    expect(first.notice).toMatch(/does not remove the PR/);
    await expectConflict(chargeId, refund('30'), key);
  });
});
