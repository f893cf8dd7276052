/** Dispatches argv to a command, opens the database only when asked, and always closes it. */
import { userInfo } from 'node:os';
import { type CliCommand, type CliIo, EXIT_BAD_INPUT, EXIT_OK } from './command.ts';
import { loadAllCommands, loadCommand } from './commands/index.ts';
import { lazyDatabase } from './database.ts';

export async function runCli(
  argv: string[],
  io: CliIo,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await usageText());
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
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
  return runCommand(command, args, io, env);
}

async function runCommand(command: CliCommand, args: string[], io: CliIo, env: NodeJS.ProcessEnv) {
  const database = lazyDatabase(env);
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
