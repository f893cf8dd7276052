/**
 * Flag parsing shared by the commands: node:util parseArgs, with parse errors turned into bad
 * input. Nothing typed is dropped silently: an unknown flag, a flag given twice and a word the
 * command does not take are all refused (exit 2) before anything is read or written, because a
 * dropped word can change what a command does ("--amount forty five" would write off $40).
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { BadInputError } from './command.ts';
import { type ArgToken, refuseRepeatedFlags, refuseStrayWords } from './stray-args.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `parse` and `ask` take free text: every word is part of it, quoted or not (`ask how do I undo
 * a write-off?`), so no word can be left over.
 */
export const FREE_TEXT = Number.POSITIVE_INFINITY;

export interface Accepts {
  /** How many positional arguments the command takes (a patient, USER ROLE, or FREE_TEXT); none by default. */
  readonly positionals?: number;
  /** The positionals are ids or codes (a charge id, USER ROLE): never a value with spaces. */
  readonly singleWords?: boolean;
  /**
   * The one positional is a patient's name, whose words typed without quotes are one value
   * (`charges Jane Doe --json`) as long as no flag stands between them: nothing is dropped, and a
   * word after a flag is still refused (`charges Jane --json Doe`).
   */
  readonly nameWords?: boolean;
}

/** Parses a command's flags strictly; an unknown flag or a missing value is bad input (exit 2). */
export function parseCommandArgs<const O extends Options>(args: string[], options: O, accepts: Accepts = {}) {
  const parsed = parseStrictly(joinValues(args, options), options);
  refuseRepeatedFlags(parsed.tokens);
  const tokens = accepts.nameWords ? withFirstRunJoined(parsed.tokens as ArgToken[]) : parsed.tokens;
  refuseStrayWords(tokens, accepts.positionals ?? 0, accepts.singleWords ?? false);
  const positionals = accepts.nameWords
    ? tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []))
    : parsed.positionals;
  return { values: parsed.values, positionals };
}

/** The first run of positional words, with no flag between them, as one positional. */
function withFirstRunJoined(tokens: readonly ArgToken[]): ArgToken[] {
  const start = tokens.findIndex((t) => t.kind === 'positional');
  if (start < 0) return [...tokens];
  let end = start;
  while (tokens[end + 1]?.kind === 'positional') end += 1;
  const words = tokens.slice(start, end + 1).map((t) => (t.kind === 'positional' ? t.value : ''));
  return [
    ...tokens.slice(0, start),
    { kind: 'positional', value: words.join(' ') },
    ...tokens.slice(end + 1),
  ];
}

function parseStrictly<const O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, tokens: true, options });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw unknownOption(error as Error, options);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw badOptionValue(error as Error);
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      throw new BadInputError(`${(error as Error).message}.`);
    }
    throw error;
  }
}

/** Node says "Option '--amount <value>' argument missing": said here in the CLI's own words. */
function badOptionValue(error: Error): BadInputError {
  const flag = /'(-[^' ]+)/.exec(error.message)?.[1] ?? 'The option';
  return new BadInputError(
    error.message.includes('argument missing') ? `${flag} needs a value.` : `${flag} takes no value.`,
  );
}

/**
 * Node's own message leaves its last quote open and says nothing of what the command does take;
 * this one names the flag and lists the command's flags instead.
 */
function unknownOption(error: Error, options: Options): BadInputError {
  const flag = /'([^']+)'/.exec(error.message)?.[1] ?? 'that option';
  const known = Object.keys(options).map((name) => `--${name}`);
  return new BadInputError(`Unknown option "${flag}". This command takes: ${known.join(', ')}.`);
}

export function requireFlag(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new BadInputError(`Missing ${flag}.`);
  return value.trim();
}

/** Free text (FREE_TEXT): all its words, joined. */
export function requireText(positionals: string[], what: string): string {
  const text = positionals.join(' ').trim();
  if (text === '') throw new BadInputError(`Missing ${what}.`);
  return text;
}

/** The one positional argument a command takes (a patient or a charge). */
export function requirePositional(positionals: string[], what: string): string {
  const text = (positionals[0] ?? '').trim();
  if (text === '') throw new BadInputError(`Missing ${what}.`);
  return text;
}

/** With --jsonl the text comes from stdin, one per line: a TEXT argument too would be ignored. */
export function refuseTextWithJsonl(positionals: readonly string[]): void {
  const [text] = positionals;
  if (text !== undefined) {
    throw new BadInputError(
      `Unexpected argument "${text}": with --jsonl the text is read from stdin, one per line. Leave out --jsonl or the argument.`,
    );
  }
}

/** `--json`, `--apply=…`: one of the command's own flags, or help. */
function isFlagOf(word: string, options: Options): boolean {
  if (!word.startsWith('--')) return false;
  const name = word.slice(2).split('=')[0] ?? '';
  return name in options || name === 'help';
}

/**
 * `--amount -5` must reach the amount parser (which says "cannot be negative") rather than be
 * refused as an ambiguous flag, so a value flag always takes the next word as its value.
 */
function joinValues(args: string[], options: Options): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      // Everything after "--" is positional, even a word that looks like a flag.
      joined.push(...args.slice(i));
      break;
    }
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    const next = args[i + 1];
    // "--key --json": the key was left out, and --json is not a key to write under.
    if (name && options[name]?.type === 'string' && next !== undefined && isFlagOf(next, options))
      throw new BadInputError(
        `${arg} needs a value: "${next}" is an option. Write ${arg}=VALUE to give a value starting with --.`,
      );
    if (name && options[name]?.type === 'string' && next !== undefined) {
      joined.push(`${arg}=${next}`);
      i += 1;
    } else joined.push(arg);
  }
  return joined;
}
