/** The program itself: usage, unknown commands, and waiting for a PGlite directory another process holds. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../src/db/data-dir-lock.ts';
import { runCli } from './support/cli-process.ts';

describe('the cli program', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('prints usage for --help and refuses an unknown command with exit 2', async () => {
    const [help, unknown] = await Promise.all([
      runCli(['--help'], process.env),
      runCli(['frobnicate'], process.env),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('writeoff --charge ID');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
  });

  it('parses an explicit empty TEXT as unknown (exit 0) but refuses a missing one (exit 2)', async () => {
    const [empty, missing] = await Promise.all([
      runCli(['parse', '--today', '2026-11-27', ''], process.env),
      runCli(['parse', '--today', '2026-11-27'], process.env),
    ]);
    expect(empty.code, empty.stderr).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({ intent: 'unknown', amountCents: null });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/request text/);
  });

  it('waits for a PGlite directory another process holds, then fails with a clear message', async () => {
    const root = await mkdtemp(join(tmpdir(), 'billing-lock-'));
    dirs.push(root);
    const dir = join(root, 'data');
    const release = await acquireDataDirLock(dir, 1_000);
    try {
      const env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: dir, PGLITE_LOCK_TIMEOUT_MS: '1500' };
      const run = await runCli(['charges', 'Jane Doe'], env);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/in use by another process/);
      expect(run.elapsedMs).toBeGreaterThanOrEqual(1_500);
    } finally {
      await release();
    }
  });
});
