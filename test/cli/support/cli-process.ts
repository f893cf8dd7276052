/**
 * Runs the real CLI as a child process against a database of its own: a temporary PGlite
 * directory, or a fresh PostgreSQL database on the server TEST_DATABASE_URL names.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createScratchPostgresDatabase } from '../../support/databases.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly elapsedMs: number;
}

export interface CliEnvironment {
  readonly kind: 'pglite' | 'postgres';
  readonly env: NodeJS.ProcessEnv;
  run(args: readonly string[], extraEnv?: NodeJS.ProcessEnv): Promise<CliRun>;
  /** Runs and parses stdout as the one JSON document --json promises. */
  json<T = unknown>(args: readonly string[]): Promise<{ run: CliRun; value: T }>;
  cleanup(): Promise<void>;
}

export function runCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, elapsedMs: Date.now() - started }));
  });
}

function baseEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: 'warn' };
}

export async function createCliEnvironment(kind: 'pglite' | 'postgres'): Promise<CliEnvironment> {
  const target = kind === 'pglite' ? await pgliteTarget() : await postgresTarget();
  const env = { ...baseEnv(), ...target.env };
  return {
    kind,
    env,
    run: (args, extraEnv = {}) => runCli(args, { ...env, ...extraEnv }),
    async json<T>(args: readonly string[]) {
      const run = await runCli(args, env);
      if (run.stdout.trim() === '') throw new Error(`no stdout (exit ${run.code}): ${run.stderr}`);
      return { run, value: JSON.parse(run.stdout) as T };
    },
    cleanup: target.cleanup,
  };
}

async function pgliteTarget() {
  const dir = await mkdtemp(join(tmpdir(), 'billing-cli-'));
  return {
    env: { PGLITE_DIR: join(dir, 'data'), DATABASE_URL: '' },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

async function postgresTarget() {
  const scratch = await createScratchPostgresDatabase('billing_cli');
  return { env: { DATABASE_URL: scratch.url }, cleanup: scratch.drop };
}

/** The kinds to run: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const CLI_DATABASE_KINDS: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];
