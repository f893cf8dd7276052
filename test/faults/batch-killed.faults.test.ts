/**
 * The process is killed (SIGKILL) in the middle of a 10,000-charge small-balance batch on
 * PostgreSQL (issue 12). The batch is one transaction with its key's record, so after the kill
 * it is entirely absent; `small-balances --status --key` says so; applying with the same key then
 * writes it once, and again writes nothing more.
 */
import { spawn } from 'node:child_process';
import postgres from 'postgres';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/client.ts';
import { cliEnv, REPO_ROOT, runCliInProcess } from '../cli/support/cli-runner.ts';
import { createScratchPostgresDatabase, describePostgres } from '../support/databases.ts';
import { seedSmallBalances } from '../support/small-balance-seed.ts';

const CHARGES = 10_000;
const KEY = 'month-end-fault-test';
const APPLY = ['small-balances', '--under', '$5', '--today', '2026-12-01', '--apply', '--key', KEY, '--json'];

describePostgres('a process killed during a 10,000-charge batch [postgres]', () => {
  let scratch: { url: string; drop(): Promise<void> };
  let handle: DatabaseHandle;
  let admin: postgres.Sql;
  /** A second session, for the transaction the batch is made to wait for. */
  let holder: postgres.Sql;

  beforeAll(async () => {
    scratch = await createScratchPostgresDatabase('billing_batch_kill');
    handle = await openDatabase({ kind: 'postgres', url: scratch.url });
    admin = postgres(scratch.url, { max: 1, onnotice: () => {} });
    holder = postgres(scratch.url, { max: 1, onnotice: () => {} });
    await seedSmallBalances(handle.db, {
      count: CHARGES,
      cents: 300,
      dateOfService: '2026-03-01',
      label: 'KILL',
    });
  });
  afterAll(async () => {
    await admin?.end({ timeout: 5 });
    await holder?.end({ timeout: 5 });
    await handle?.close();
    await scratch?.drop();
  });

  /** What the batch wrote: write-offs, the key's record, and charges whose totals differ from their entries. */
  async function ledgerState() {
    const [row] = await admin<
      { writeOffs: number; records: number; outOfBalance: number; outstanding: number }[]
    >`
      select (select count(*)::int from ledger_entries where kind = 'write_off') as "writeOffs",
             (select count(*)::int from idempotency_records where key = ${KEY}) as records,
             (select coalesce(sum(outstanding_cents), 0)::int from charges) as outstanding,
             (select count(*)::int from charges c where c.outstanding_cents <> (
                select coalesce(sum(case when e.kind in ('pr_assessed', 'refund', 'write_off_reversal')
                  then e.amount_cents else -e.amount_cents end), 0)
                from ledger_entries e where e.charge_id = c.id)) as "outOfBalance"`;
    if (!row) throw new Error('no state');
    return row;
  }

  /**
   * Backends of this database inside a batch transaction: holding an advisory lock (the batch's
   * key) and writing ledger entries. Migrations at start take an advisory lock too, but write no entry.
   */
  async function batchTransactions(): Promise<number> {
    const [row] = await admin<{ n: number }[]>`
      select count(distinct l.pid)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
      where l.locktype = 'advisory' and a.datname = current_database() and a.pid <> pg_backend_pid()
        and exists (select 1 from pg_locks w where w.pid = l.pid and w.locktype = 'relation'
          and w.relation = 'ledger_entries'::regclass and w.mode = 'RowExclusiveLock')`;
    return row?.n ?? 0;
  }

  async function until(check: () => Promise<boolean>, timeoutMs: number, what: string) {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The apply, as its own process; stdout collected. */
  function spawnApply() {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...APPLY], {
      cwd: REPO_ROOT,
      env: cliEnv({ DATABASE_URL: scratch.url }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = { stdout: '' };
    child.stdout.on('data', (chunk) => {
      output.stdout += String(chunk);
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    return { child, output, exited };
  }

  /** Batch transactions that have written entries and now wait for another transaction's lock. */
  async function batchWaitingMidWrite(): Promise<number> {
    const [row] = await admin<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity a
      where a.datname = current_database() and a.wait_event_type = 'Lock'
        and exists (select 1 from pg_locks w where w.pid = a.pid and w.locktype = 'relation'
          and w.relation = 'ledger_entries'::regclass and w.mode = 'RowExclusiveLock')`;
    return row?.n ?? 0;
  }

  it('leaves the batch entirely absent, says so, and a second apply writes it exactly once', async () => {
    // Freeze the batch in the middle of its writes: another transaction holds, uncommitted, an
    // entry under the key the batch gives its 2,501st charge, so the batch's insert
    // waits for it with 2,500 write-offs already written. Then kill the process.
    const [third] = await admin<{ id: number }[]>`select id from charges order by id offset 2500 limit 1`;
    if (!third) throw new Error('no charges seeded');
    // Its entry is on a charge of nothing outstanding, outside the batch: an entry on a charge of
    // the batch would hold a key-share lock on it, and the batch would wait before writing at all.
    const [outside] = await admin<{ id: number }[]>`insert into charges (patient_id, external_ref,
        date_of_service, description, pr_source, assessed_cents, outstanding_cents)
      select patient_id, 'outside-the-batch', date_of_service, description, pr_source, 0, 0
      from charges where id = ${third.id} returning id`;
    await holder`begin`;
    await holder`insert into ledger_entries (charge_id, kind, amount_cents, actor, source, idempotency_key)
      values (${outside?.id ?? 0}, 'payment', 1, 'cli:holder', 'cli', ${`${KEY}#${third.id}`})`;
    const { child, output, exited } = spawnApply();
    await until(async () => (await batchWaitingMidWrite()) > 0, 60_000, 'the batch to wait mid-write');
    expect(child.exitCode).toBeNull();
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output.stdout).toBe('');
    // The killed batch's backend wakes when the holder lets go, then finds its client gone.
    await holder`rollback`;
    // PostgreSQL rolls the transaction back when it sees the connection gone.
    await until(async () => (await batchTransactions()) === 0, 30_000, 'the killed transaction to end');

    expect(await ledgerState()).toEqual({
      writeOffs: 0,
      records: 0,
      outOfBalance: 0,
      outstanding: CHARGES * 300,
    });
    const absent = await runCliInProcess(['small-balances', '--status', '--key', KEY, '--json'], {
      database: handle.db,
    });
    expect(JSON.parse(absent.stdout)).toEqual({
      key: KEY,
      applied: false,
      undone: false,
      batchId: null,
      count: 0,
      totalCents: 0,
    });

    // "After restart": the same apply with the same key.
    const applied = await runCliInProcess(APPLY, { database: handle.db });
    expect(applied.code).toBe(0);
    const first = JSON.parse(applied.stdout) as { batchId: string; count: number; totalCents: number };
    expect(first).toMatchObject({ count: CHARGES, totalCents: CHARGES * 300, skipped: [] });
    expect(await ledgerState()).toEqual({ writeOffs: CHARGES, records: 1, outOfBalance: 0, outstanding: 0 });

    const again = await runCliInProcess(APPLY, { database: handle.db });
    expect(JSON.parse(again.stdout)).toMatchObject({ batchId: first.batchId, count: CHARGES });
    expect(await ledgerState()).toEqual({ writeOffs: CHARGES, records: 1, outOfBalance: 0, outstanding: 0 });

    const status = await runCliInProcess(['small-balances', '--status', '--key', KEY, '--json'], {
      database: handle.db,
    });
    expect(JSON.parse(status.stdout)).toEqual({
      key: KEY,
      applied: true,
      undone: false,
      batchId: first.batchId,
      count: CHARGES,
      totalCents: CHARGES * 300,
    });
  }, 240_000);
});
