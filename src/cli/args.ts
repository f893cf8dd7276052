/** Flag parsing shared by the commands: node:util parseArgs, with parse errors turned into bad input. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { BadInputError } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's flags strictly; an unknown flag or a missing value is bad input (exit 2). */
export function parseCommandArgs<const O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args: joinValues(args, options), allowPositionals: true, strict: true, options });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      throw new BadInputError((error as Error).message);
    }
    throw error;
  }
}

export function requireFlag(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new BadInputError(`Missing ${flag}.`);
  return value.trim();
}

/** Charge, payment and entry ids are positive integers. */
export function parseId(value: string | undefined, what: string): number {
  const text = requireFlag(value, what);
  if (!/^\d{1,12}$/.test(text) || Number(text) === 0) {
    throw new BadInputError(`${what} must be a positive whole number, got "${text}".`);
  }
  return Number(text);
}

/** The one positional argument a command takes (a patient or a charge), all words joined. */
export function requirePositional(positionals: string[], what: string): string {
  const text = positionals.join(' ').trim();
  if (text === '') throw new BadInputError(`Missing ${what}.`);
  return text;
}

/**
 * `--amount -5` must reach the amount parser (which says "cannot be negative") rather than be
 * refused as an ambiguous flag, so a value flag always takes the next word as its value.
 */
function joinValues(args: string[], options: Options): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    const next = args[i + 1];
    if (name && options[name]?.type === 'string' && next !== undefined) {
      joined.push(`${arg}=${next}`);
      i += 1;
    } else joined.push(arg);
  }
  return joined;
}
