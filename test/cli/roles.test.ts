/**
 * `cli role` and `cli roles` (DOMAIN section 6), each command run in-process as the CLI runs it
 * (errors reported with the CLI's exit codes) on one PGlite database: roles set without Slack,
 * `none` takes access away, a re-grant keeps the limit, every change is in the audit log, and
 * the configured admins are restored at start.
 */
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliCommand } from '../../src/cli/command.ts';
import { roleCommand } from '../../src/cli/commands/role.ts';
import { rolesCommand } from '../../src/cli/commands/roles.ts';
import { reportFor } from '../../src/cli/errors.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { auditLog } from '../../src/db/schema/index.ts';
import { bootstrapAdmins, loadActor } from '../../src/ledger/index.ts';
import { openPgliteTestDatabase } from '../support/databases.ts';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openPgliteTestDatabase();
});
afterAll(async () => handle?.close());

const COMMANDS: Record<string, CliCommand> = { role: roleCommand, roles: rolesCommand };

async function cli(name: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: (t: string) => out.push(t),
    stderr: (t: string) => err.push(t),
    stdin: async () => '',
  };
  const command = COMMANDS[name];
  if (!command) throw new Error(`no command ${name}`);
  let code: number;
  try {
    code = await command.run({ io, db: async () => handle.db, actor: 'cli:tester' }, args);
  } catch (error) {
    const report = reportFor(error);
    io.stderr(report.message);
    code = report.exitCode;
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function json(...args: string[]): Promise<unknown> {
  const [name = '', ...rest] = args;
  const run = await cli(name, ...rest, '--json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe('cli role / cli roles', () => {
  it('grants a role with a limit, and re-granting without a limit keeps it', async () => {
    expect(await json('role', 'UCLIBILLER', 'biller', '--limit', '$250')).toEqual({
      userId: 'UCLIBILLER',
      role: 'biller',
      limitCents: 25_000,
    });
    expect(await json('role', 'UCLIBILLER', 'viewer')).toMatchObject({ role: 'viewer', limitCents: null });
    expect(await json('role', 'UCLIBILLER', 'biller')).toEqual({
      userId: 'UCLIBILLER',
      role: 'biller',
      limitCents: 25_000,
    });
    expect(await json('role', 'UCLIMANAGER', 'billing_manager')).toMatchObject({ limitCents: null });
    expect(await json('roles')).toEqual([
      { userId: 'UCLIBILLER', role: 'biller', limitCents: 25_000 },
      { userId: 'UCLIMANAGER', role: 'billing_manager', limitCents: null },
    ]);
  });

  it('none takes access away: role null, gone from roles, and the user may no longer act', async () => {
    expect(await json('role', 'UCLIMANAGER', 'none')).toEqual({
      userId: 'UCLIMANAGER',
      role: null,
      limitCents: null,
    });
    expect(await json('roles')).toEqual([{ userId: 'UCLIBILLER', role: 'biller', limitCents: 25_000 }]);
    const actor = await loadActor(handle.db, 'UCLIMANAGER');
    expect(actor.role).toBeNull();
  });

  it('bad input exits 2 and changes nothing', async () => {
    const cases = [
      ['role', 'UCLIBILLER', 'superuser'],
      ['role', 'not-an-id', 'biller'],
      ['role', 'UCLIBILLER', 'biller', '--limit', '$12.345'],
      ['role', 'UCLIBILLER', 'viewer', '--limit', '$50'],
      ['role', 'UCLIBILLER', 'none', '--limit', '$50'],
      ['role', 'UCLIBILLER'],
    ];
    for (const args of cases) {
      const run = await cli(args[0] ?? '', ...args.slice(1), '--json');
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).not.toBe('');
    }
    expect(await json('roles')).toEqual([{ userId: 'UCLIBILLER', role: 'biller', limitCents: 25_000 }]);
  });

  it('every change is audited, under the operator who ran the command', async () => {
    const rows = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetType, 'user'))
      .orderBy(asc(auditLog.id));
    expect(rows.map((r) => [r.action, r.targetId, (r.details as { role?: string }).role ?? null])).toEqual([
      ['role_granted', 'UCLIBILLER', 'biller'],
      ['role_granted', 'UCLIBILLER', 'viewer'],
      ['role_granted', 'UCLIBILLER', 'biller'],
      ['role_granted', 'UCLIMANAGER', 'billing_manager'],
      ['role_revoked', 'UCLIMANAGER', null],
    ]);
    expect(rows.every((r) => r.actor.startsWith('cli:'))).toBe(true);
    expect(rows.at(-1)?.details).toEqual({
      previousRole: 'billing_manager',
      previousLimitCents: null,
      surface: 'cli',
    });
  });
});

describe('BILLING_ADMINS at start', () => {
  it('a demoted or revoked configured admin is an admin again, audited once', async () => {
    await json('role', 'UCONFADMIN1', 'viewer');
    await json('role', 'UCONFADMIN2', 'none');
    const restore = () => bootstrapAdmins(handle.db, ['UCONFADMIN1', 'UCONFADMIN2']);
    await restore();
    await restore();
    const roles = (await json('roles')) as { userId: string; role: string }[];
    expect(roles.filter((r) => r.userId.startsWith('UCONFADMIN'))).toEqual([
      { userId: 'UCONFADMIN1', role: 'admin', limitCents: null },
      { userId: 'UCONFADMIN2', role: 'admin', limitCents: null },
    ]);
    const restored = await handle.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actor, 'config'))
      .orderBy(asc(auditLog.id));
    expect(
      restored.map((r) => [r.targetId, (r.details as { previousRole: string | null }).previousRole]),
    ).toEqual([
      ['UCONFADMIN1', 'viewer'],
      ['UCONFADMIN2', null],
    ]);
    expect(restored.every((r) => (r.details as { surface?: string }).surface === 'config')).toBe(true);
  });

  it('giving someone the role and limit they already have changes nothing, says so, and is not audited', async () => {
    const audited = async () =>
      (await handle.db.select().from(auditLog).where(eq(auditLog.targetType, 'user'))).length;
    const before = await audited();
    expect(await json('role', 'UCLIBILLER', 'biller')).toEqual({
      userId: 'UCLIBILLER',
      role: 'biller',
      limitCents: 25_000,
      unchanged: true,
    });
    const said = await cli('role', 'UCLIBILLER', 'biller', '--limit', '$250');
    expect(said.stdout).toBe('UCLIBILLER already is biller, write-off limit $250.00; nothing changed.\n');
    expect(await audited()).toBe(before);
  });
});
