/** The shape every CLI command has, and the exit codes of DOMAIN.md section 6. */
import type { Database } from '../db/client.ts';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
/** Bad input: an amount that does not parse, an unknown patient, a missing flag. */
export const EXIT_BAD_INPUT = 2;
/** A well-formed request that a rule refuses (a blocker). */
export const EXIT_BLOCKED = 3;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdin: () => Promise<string>;
}

export interface CliContext {
  readonly io: CliIo;
  /** Opened lazily: commands that need no database (parse, ask) never open one. */
  readonly db: () => Promise<Database>;
  /** The actor recorded on entries made from the CLI: `cli:<os user>`. */
  readonly actor: string;
}

export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run(ctx: CliContext, args: string[]): Promise<number>;
}

/** Thrown for bad input; main prints the message and exits 2. */
export class BadInputError extends Error {}
