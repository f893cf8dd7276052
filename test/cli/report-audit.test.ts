/**
 * `cli report` and `cli audit` (DOMAIN section 6) on a ledger built through its own operations:
 * the report's totals equal the ledger's sums, undone write-offs left out; the audit export
 * lists the changes oldest first, and its CSV is safe to open in a spreadsheet.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError, type CliCommand } from '../../src/cli/command.ts';
import { auditCommand } from '../../src/cli/commands/audit.ts';
import { reportCommand } from '../../src/cli/commands/report.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { rowsOf } from '../../src/db/rows.ts';
import { auditLog } from '../../src/db/schema/index.ts';
import { formatMonth, monthOf } from '../../src/domain/month.ts';
import type { WriteOffReason } from '../../src/domain/reasons.ts';
import { undoWriteOff, writeOff } from '../../src/ledger/index.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';
import { createCharge, expectOk } from '../support/fixtures.ts';

describe('cli report and cli audit', () => {
  let handle: DatabaseHandle;

  async function run(command: CliCommand, args: string[]) {
    const printed: string[] = [];
    const io = { stdout: (t: string) => printed.push(t), stderr: () => {}, stdin: async () => '' };
    const code = await command.run({ io, db: async () => handle.db, actor: 'cli:tester' }, args);
    return { code, stdout: printed.join('') };
  }

  async function writeOffAs(actor: string, amountCents: number, reason: WriteOffReason, note?: string) {
    const { chargeId } = await createCharge(handle.db, { assessedCents: 10_000 });
    const key = randomUUID();
    return expectOk(
      writeOff(handle.db, { chargeId, amountCents, reason, note, actor, source: 'cli', idempotencyKey: key }),
    );
  }

  beforeAll(async () => {
    handle = await openPgliteTestDatabase();
    await writeOffAs('cli:ana', 1_000, 'small_balance');
    await writeOffAs('cli:ana', 2_500, 'financial_hardship', '=HYPERLINK("http://x") income verified');
    await writeOffAs('cli:ben', 700, 'small_balance');
    const undone = await writeOffAs('cli:ben', 300, 'small_balance');
    await expectOk(
      undoWriteOff(handle.db, {
        writeOffEntryId: undone.entryId,
        actor: 'cli:ben',
        source: 'cli',
        idempotencyKey: randomUUID(),
      }),
    );
  });
  afterAll(async () => handle?.close());

  it('report --json: totals by reason and by user, the undone write-off left out', async () => {
    const { code, stdout } = await run(reportCommand, ['--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      month: formatMonth(monthOf(new Date())),
      totalCents: 4_200,
      byReason: [
        { reason: 'financial_hardship', count: 1, totalCents: 2_500 },
        { reason: 'small_balance', count: 2, totalCents: 1_700 },
      ],
      byUser: [
        { actor: 'cli:ana', count: 2, totalCents: 3_500 },
        { actor: 'cli:ben', count: 1, totalCents: 700 },
      ],
    });
  });

  it("report's total equals the ledger's write-offs minus their reversals", async () => {
    const result = await handle.db.execute(sql`
      select coalesce(sum(case when kind = 'write_off' then amount_cents else -amount_cents end), 0)::int as net
      from ledger_entries where kind in ('write_off', 'write_off_reversal')`);
    const rows = rowsOf(result);
    const { stdout } = await run(reportCommand, ['--json']);
    expect(JSON.parse(stdout).totalCents).toBe(Number(rows[0]?.net));
  });

  it('report for a month without write-offs is empty, not an error', async () => {
    const { stdout } = await run(reportCommand, ['--month', '2020-01', '--json']);
    expect(JSON.parse(stdout)).toEqual({ month: '2020-01', totalCents: 0, byReason: [], byUser: [] });
  });

  it('report --csv: one row per reason and per user, and the total', async () => {
    const { stdout } = await run(reportCommand, ['--csv']);
    const month = formatMonth(monthOf(new Date()));
    expect(stdout.split('\r\n')).toEqual([
      'month,group,key,count,totalCents',
      `${month},reason,financial_hardship,1,2500`,
      `${month},reason,small_balance,2,1700`,
      `${month},user,cli:ana,2,3500`,
      `${month},user,cli:ben,1,700`,
      `${month},total,,3,4200`,
      '',
    ]);
  });

  it.each([['2026-13'], ['26-01'], ['November']])('report --month %s is bad input', async (month) => {
    await expect(run(reportCommand, ['--month', month])).rejects.toThrow(BadInputError);
  });

  it('audit --json: every write-off and the undo, oldest first, with who and what', async () => {
    const { stdout } = await run(auditCommand, ['--json']);
    const rows = JSON.parse(stdout) as { id: number; actor: string; action: string; details: unknown }[];
    const ids = rows.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const changes = rows.filter((r) => r.actor.startsWith('cli:a') || r.actor.startsWith('cli:b'));
    expect(changes.map((r) => [r.actor, r.action])).toEqual([
      ['cli:ana', 'write_off'],
      ['cli:ana', 'write_off'],
      ['cli:ben', 'write_off'],
      ['cli:ben', 'write_off'],
      ['cli:ben', 'undo_write_off'],
    ]);
    // Each row says where the change came from, inside details: the keys stay the contract's.
    for (const row of changes) expect(row).toMatchObject({ details: { surface: 'cli' } });
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'id',
      'at',
      'actor',
      'action',
      'targetType',
      'targetId',
      'details',
    ]);
  });

  it('audit --since tomorrow is empty; a malformed date is bad input', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000);
    const day = `${formatMonth(monthOf(tomorrow))}-${String(tomorrow.getDate()).padStart(2, '0')}`;
    expect(JSON.parse((await run(auditCommand, ['--since', day, '--json'])).stdout)).toEqual([]);
    await expect(run(auditCommand, ['--since', '2026-02-30'])).rejects.toThrow(BadInputError);
  });

  it('audit --csv: a cell that starts like a formula is defused', async () => {
    // Actors and details are text people typed (a CLI user name, a note); one shaped like a formula.
    await handle.db.insert(auditLog).values({
      actor: '=cmd|calc',
      action: 'role_change',
      targetType: 'user',
      targetId: '@U1',
      details: { surface: 'cli' },
    });
    const { stdout } = await run(auditCommand, ['--csv']);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('id,at,actor,action,targetType,targetId,details');
    const row = lines.find((l) => l.includes('role_change'));
    expect(row).toMatch(/^\d+,[^,]+,'=cmd\|calc,role_change,user,'@U1,"\{""surface"":""cli""\}"$/);
  });

  it('the database refuses an audit row that does not say its surface', async () => {
    const insert = handle.db.insert(auditLog).values({
      actor: 'cli:tester',
      action: 'write_off',
      targetType: 'charge',
      targetId: '1',
      details: { amountCents: 100 },
    });
    await expect(insert).rejects.toThrow();
    const rows = await handle.db.select().from(auditLog);
    expect(rows.some((r) => (r.details as { amountCents?: number }).amountCents === 100)).toBe(false);
  });

  it('--csv and --json together are bad input', async () => {
    await expect(run(auditCommand, ['--csv', '--json'])).rejects.toThrow(BadInputError);
  });
});
