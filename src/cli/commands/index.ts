/** Every CLI command, by name. Each command lives in its own file. */
import type { CliCommand } from '../command.ts';

export const COMMANDS: readonly CliCommand[] = [];
