/**
 * Every CLI command, by name, each in its own file. A command's module is imported only when it
 * runs: `parse` must not load the database drivers that `balance` needs (start-up time).
 */
import type { CliCommand } from '../command.ts';

const LOADERS = {
  parse: async () => (await import('./parse.ts')).parseCommand,
  ask: async () => (await import('./ask.ts')).askCommand,
  patients: async () => (await import('./patients.ts')).patientsCommand,
  charges: async () => (await import('./charges.ts')).chargesCommand,
  balance: async () => (await import('./balance.ts')).balanceCommand,
  writeoff: async () => (await import('./writeoff.ts')).writeoffCommand,
  undo: async () => (await import('./undo.ts')).undoCommand,
  cancel: async () => (await import('./cancel.ts')).cancelCommand,
  refund: async () => (await import('./refund.ts')).refundCommand,
  why: async () => (await import('./why.ts')).whyCommand,
  history: async () => (await import('./history.ts')).historyCommand,
  role: async () => (await import('./role.ts')).roleCommand,
  roles: async () => (await import('./roles.ts')).rolesCommand,
  demo: async () => (await import('./demo.ts')).demoCommand,
  import: async () => (await import('./import.ts')).importCommand,
  report: async () => (await import('./report.ts')).reportCommand,
  audit: async () => (await import('./audit.ts')).auditCommand,
  'small-balances': async () => (await import('./small-balances.ts')).smallBalancesCommand,
} as const satisfies Record<string, () => Promise<CliCommand>>;

export type CommandName = keyof typeof LOADERS;

export const COMMAND_NAMES = Object.keys(LOADERS) as CommandName[];

/** The command called `name`, or null when there is none. */
export function loadCommand(name: string): Promise<CliCommand> | null {
  return Object.hasOwn(LOADERS, name) ? LOADERS[name as CommandName]() : null;
}

/** All commands in usage order (for the usage text, which lists them all). */
export function loadAllCommands(): Promise<CliCommand[]> {
  return Promise.all(COMMAND_NAMES.map((name) => LOADERS[name]()));
}
