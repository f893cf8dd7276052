/**
 * `cli small-balances` and `cli undo --batch` (DOMAIN section 6): the preview lists exactly what
 * --apply then writes off, a repeat of the key writes nothing, and the batch is undone whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError, type CliCommand } from '../../src/cli/command.ts';
import { smallBalancesCommand } from '../../src/cli/commands/small-balances.ts';
import { undoCommand } from '../../src/cli/commands/undo.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { auditTrail } from '../../src/ledger/index.ts';
import { outstandingOf } from '../ledger/ledger-state.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';
import { createCharge } from '../support/fixtures.ts';

describe('cli small-balances and cli undo --batch', () => {
  let handle: DatabaseHandle;
  let ids: Record<'a' | 'b' | 'big' | 'recent' | 'placeholder', number>;

  async function run(command: CliCommand, args: string[]) {
    const printed: string[] = [];
    const io = { stdout: (t: string) => printed.push(t), stderr: () => {}, stdin: async () => '' };
    const code = await command.run({ io, db: async () => handle.db, actor: 'cli:manager' }, args);
    return { code, stdout: printed.join('') };
  }

  beforeAll(async () => {
    handle = await openPgliteTestDatabase();
    const old = { dateOfService: '2026-01-05' };
    ids = {
      a: (await createCharge(handle.db, { ...old, assessedCents: 250 })).chargeId,
      b: (await createCharge(handle.db, { ...old, assessedCents: 10_000, paidCents: 9_500 })).chargeId,
      big: (await createCharge(handle.db, { ...old, assessedCents: 501 })).chargeId,
      recent: (await createCharge(handle.db, { dateOfService: '2026-05-20', assessedCents: 100 })).chargeId,
      placeholder: (await createCharge(handle.db, { ...old, prSource: 'placeholder', assessedCents: 100 }))
        .chargeId,
    };
  });
  afterAll(async () => handle?.close());

  const under5 = ['--under', '$5', '--today', '2026-06-01'];

  it('previews, applies exactly the preview as one batch, replays the key, and undoes the batch whole', async () => {
    const preview = await run(smallBalancesCommand, [...under5, '--json']);
    expect(preview.code).toBe(0);
    const shown = JSON.parse(preview.stdout);
    expect(shown).toMatchObject({ count: 2, totalCents: 750 });
    expect(
      shown.charges.map((c: { id: number; outstandingCents: number }) => [c.id, c.outstandingCents]),
    ).toEqual([
      [ids.a, 250],
      [ids.b, 500],
    ]);

    const applied = await run(smallBalancesCommand, [...under5, '--apply', '--key', 'month-end-1', '--json']);
    expect(applied.code).toBe(0);
    const batch = JSON.parse(applied.stdout);
    expect(batch).toMatchObject({ count: 2, totalCents: 750, skipped: [] });
    expect(batch.batchId).toMatch(/^batch-/);
    expect(await outstandingOf(handle.db, ids.a)).toBe(0);
    expect(await outstandingOf(handle.db, ids.b)).toBe(0);
    expect(await outstandingOf(handle.db, ids.big)).toBe(501);
    expect(await outstandingOf(handle.db, ids.recent)).toBe(100);
    expect(await outstandingOf(handle.db, ids.placeholder)).toBe(100);

    // The repeat prints the first result, byte for byte (the keys in the same order too).
    const again = await run(smallBalancesCommand, [...under5, '--apply', '--key', 'month-end-1', '--json']);
    expect(again.stdout).toBe(applied.stdout);

    // The same key with another selection rule is another batch: a conflict, nothing written.
    const otherAge = run(smallBalancesCommand, [
      ...under5,
      '--min-age-days',
      '0',
      '--apply',
      '--key',
      'month-end-1',
    ]);
    await expect(otherAge).rejects.toThrow(/month-end-1/);
    expect(await outstandingOf(handle.db, ids.recent)).toBe(100);

    const undone = await run(undoCommand, ['--batch', batch.batchId, '--json']);
    expect(undone.code).toBe(0);
    expect(JSON.parse(undone.stdout)).toMatchObject({ batchId: batch.batchId, amountCents: 750, count: 2 });
    expect(await outstandingOf(handle.db, ids.a)).toBe(250);
    expect(await outstandingOf(handle.db, ids.b)).toBe(500);
    const audit = await auditTrail(handle.db, { since: null });
    const actions = audit.map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['small_balance_batch', 'undo_write_off']));
    // The apply and the undo, each audited under the operator, from the CLI.
    const batchRows = audit.filter(
      (row) => row.action === 'small_balance_batch' || row.action === 'undo_write_off',
    );
    expect(batchRows.length).toBeGreaterThanOrEqual(2);
    for (const row of batchRows)
      expect(row).toMatchObject({ actor: 'cli:manager', details: { surface: 'cli' } });
  });

  it('--min-age-days widens the selection to recent charges', async () => {
    const preview = JSON.parse(
      (await run(smallBalancesCommand, [...under5, '--min-age-days', '0', '--json'])).stdout,
    );
    expect(preview.charges.map((c: { id: number }) => c.id)).toContain(ids.recent);
    expect(preview.charges.map((c: { id: number }) => c.id)).not.toContain(ids.placeholder);
  });

  it('bad input is refused before anything is written', async () => {
    await expect(run(smallBalancesCommand, ['--under', '-5', '--json'])).rejects.toThrow(BadInputError);
    await expect(run(smallBalancesCommand, [...under5, '--apply', '--json'])).rejects.toThrow(/--key/);
    await expect(run(undoCommand, ['--batch', 'batch-nope', '--json'])).rejects.toThrow(/No batch/);
    await expect(run(undoCommand, ['--json'])).rejects.toThrow(/--entry ID or --batch ID/);
  });
});
