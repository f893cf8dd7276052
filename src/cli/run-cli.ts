/** Dispatches argv to a command, opens the database only when asked, and always closes it. */
import { userInfo } from 'node:os';
import type { Database } from '../db/client.ts';
import { type CliCommand, type CliIo, EXIT_BAD_INPUT, EXIT_OK } from './command.ts';
import { loadAllCommands, loadCommand } from './commands/index.ts';
import { borrowedDatabase, type LazyDatabase, lazyDatabase } from './database.ts';

export interface RunCliOptions {
  /**
   * A database the caller already opened and keeps owning: used instead of the one the
   * environment names, and left open. Tests run many commands in-process on one database this way.
   */
  readonly database?: Database;
}

export async function runCli(
  argv: string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
  options: RunCliOptions = {},
): Promise<number> {
  const [name, ...args] = withLeadingJsonMoved(argv);
  if (name === undefined) {
    io.stderr(`Missing command.\n\n${await usageText()}`);
    return EXIT_BAD_INPUT;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await usageText());
    return EXIT_OK;
  }
  const loading = loadCommand(name);
  if (!loading) {
    io.stderr(`Unknown command "${name}".\n\n${await usageText()}`);
    return EXIT_BAD_INPUT;
  }
  const command = await loading;
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.summary}\n\nUsage: cli ${command.usage}\n`);
    return EXIT_OK;
  }
  const database = options.database ? borrowedDatabase(options.database) : lazyDatabase(env);
  return runCommand(command, args, io, database);
}

async function runCommand(command: CliCommand, args: string[], io: CliIo, database: LazyDatabase) {
  try {
    return await command.run({ io, db: database.open, actor: cliActor() }, args);
  } catch (error) {
    // Loaded only on failure: it knows the error classes of the configuration, the database lock
    // and zod, and importing those on every start would slow down `parse`.
    const { reportFor } = await import('./errors.ts');
    const report = reportFor(error);
    io.stderr(`${report.message}\n`);
    return report.exitCode;
  } finally {
    await database.close();
  }
}

/** `cli --json charges …` is `cli charges … --json`: every command takes --json, wherever it is typed. */
function withLeadingJsonMoved(argv: string[]): string[] {
  let leading = 0;
  while (argv[leading] === '--json') leading += 1;
  if (leading === 0 || leading === argv.length) return argv;
  return [...argv.slice(leading), ...argv.slice(0, leading)];
}

/** Entries made from the CLI name the operating-system user, so the audit trail says who. */
function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli:unknown';
  }
}

export async function usageText(): Promise<string> {
  const lines = (await loadAllCommands()).map((c) => `  ${c.usage}\n      ${c.summary}`);
  return [
    'Usage: npm run -s cli -- <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Add --json for one JSON document on stdout. Exit codes: 0 ok, 1 failure, 2 bad input, 3 blocked.',
    '',
  ].join('\n');
}
