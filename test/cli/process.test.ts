/**
 * The program as a process: exit status, what goes to stdout and stderr, the installed bin, and
 * waiting for a PGlite directory another process holds. Everything else runs in-process.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../src/db/data-dir-lock.ts';
import { cliEnv, runCliProcess } from './support/cli-runner.ts';

const BIN = ['bin/billing-cli.js'];

describe('the cli program', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  async function pgliteDir() {
    const root = await mkdtemp(join(tmpdir(), 'billing-cli-'));
    dirs.push(root);
    return join(root, 'data');
  }

  it('the bin prints usage on stdout (exit 0); an unknown command goes to stderr with exit 2', async () => {
    const [help, unknown] = await Promise.all([
      runCliProcess(['--help'], cliEnv(), BIN),
      runCliProcess(['frobnicate'], cliEnv()),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('writeoff --charge ID');
    expect(help.stderr).toBe('');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
  });

  it('parses an explicit empty TEXT as unknown (exit 0) but refuses a missing one (exit 2)', async () => {
    const [empty, missing] = await Promise.all([
      runCliProcess(['parse', '--today', '2026-11-27', ''], cliEnv()),
      runCliProcess(['parse', '--today', '2026-11-27'], cliEnv()),
    ]);
    expect(empty.code, empty.stderr).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({ intent: 'unknown', amountCents: null });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/request text/);
  });

  it('waits for a PGlite directory another process holds, then fails with a clear message', async () => {
    const dir = await pgliteDir();
    const release = await acquireDataDirLock(dir, 1_000);
    try {
      const env = cliEnv({ DATABASE_URL: '', PGLITE_DIR: dir, PGLITE_LOCK_TIMEOUT_MS: '1500' });
      const run = await runCliProcess(['charges', 'Jane Doe'], env);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/in use by another process/);
      expect(run.elapsedMs).toBeGreaterThanOrEqual(1_500);
    } finally {
      await release();
    }
  });
});
