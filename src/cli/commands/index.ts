/** Every CLI command, by name. Each command lives in its own file. */
import type { CliCommand } from '../command.ts';
import { askCommand } from './ask.ts';
import { parseCommand } from './parse.ts';

export const COMMANDS: readonly CliCommand[] = [askCommand, parseCommand];
