/**
 * Runs the CLI for tests. Suites run it in-process through `runCli` on a test database (a copy of
 * the migrated PGlite template, or a fresh PostgreSQL database), which costs milliseconds per
 * command; `runCliProcess` starts the real program for the few tests about the process itself
 * (exit status, the streams, the bin, the PGlite directory lock).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { runCli } from '../../../src/cli/run-cli.ts';
import type { Database } from '../../../src/db/client.ts';
import { openTestDatabase } from '../../support/databases.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly elapsedMs: number;
}

export interface CliEnvironment {
  readonly kind: 'pglite' | 'postgres';
  /** The database the commands write to, for checks the CLI cannot make itself. */
  readonly db: Database;
  run(args: readonly string[]): Promise<CliRun>;
  /** Runs and parses stdout as the one JSON document --json promises. */
  json<T = unknown>(args: readonly string[]): Promise<{ run: CliRun; value: T }>;
  cleanup(): Promise<void>;
}

/** Runs one command in this process, capturing what it would print; stdin reads `stdin`. */
export async function runCliInProcess(
  args: readonly string[],
  options: { database?: Database; env?: NodeJS.ProcessEnv; stdin?: string } = {},
): Promise<CliRun> {
  const started = Date.now();
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
    stdin: async () => options.stdin ?? '',
  };
  const code = await runCli([...args], io, options.env ?? cliEnv(), { database: options.database });
  return { code, stdout, stderr, elapsedMs: Date.now() - started };
}

export async function createCliEnvironment(kind: 'pglite' | 'postgres'): Promise<CliEnvironment> {
  const handle = await openTestDatabase(kind);
  const run = (args: readonly string[]) => runCliInProcess(args, { database: handle.db });
  return {
    kind,
    db: handle.db,
    run,
    async json<T>(args: readonly string[]) {
      const result = await run(args);
      if (result.stdout.trim() === '') throw new Error(`no stdout (exit ${result.code}): ${result.stderr}`);
      return { run: result, value: JSON.parse(result.stdout) as T };
    },
    cleanup: () => handle.close(),
  };
}

/** The environment without a database URL a developer's shell may carry, logging quietly. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: 'warn', ...extra };
}

/** Starts the real program (`src/cli/main.ts` under tsx, or the given script such as the bin). */
export function runCliProcess(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  entry: readonly string[] = ['--import', 'tsx', 'src/cli/main.ts'],
): Promise<CliRun> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...entry, ...args], {
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
