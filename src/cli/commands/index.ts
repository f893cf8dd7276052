/** Every CLI command, by name. Each command lives in its own file. */
import type { CliCommand } from '../command.ts';
import { askCommand } from './ask.ts';
import { balanceCommand } from './balance.ts';
import { cancelCommand } from './cancel.ts';
import { chargesCommand } from './charges.ts';
import { demoCommand } from './demo.ts';
import { historyCommand } from './history.ts';
import { importCommand } from './import.ts';
import { parseCommand } from './parse.ts';
import { patientsCommand } from './patients.ts';
import { refundCommand } from './refund.ts';
import { undoCommand } from './undo.ts';
import { whyCommand } from './why.ts';
import { writeoffCommand } from './writeoff.ts';

export const COMMANDS: readonly CliCommand[] = [
  parseCommand,
  askCommand,
  patientsCommand,
  chargesCommand,
  balanceCommand,
  writeoffCommand,
  undoCommand,
  cancelCommand,
  refundCommand,
  whyCommand,
  historyCommand,
  demoCommand,
  importCommand,
];
