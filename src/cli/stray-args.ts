/**
 * The words parseArgs accepts but a command must not: a flag given twice (which would silently
 * take its last value) and positional words beyond what the command takes (which would silently
 * be dropped). Both are refused with a message that says what to type instead.
 */
import { BadInputError } from './command.ts';

/** The parts of node:util's parseArgs tokens this file reads. */
export type ArgToken =
  | { readonly kind: 'option'; readonly name: string; readonly rawName: string; readonly value?: string }
  | { readonly kind: 'positional'; readonly value: string }
  | { readonly kind: 'option-terminator' };

type OptionToken = Extract<ArgToken, { kind: 'option' }>;

/** `--amount 1 --amount 2` is refused: which value was meant is the user's to say, not ours. */
export function refuseRepeatedFlags(tokens: readonly ArgToken[]): void {
  const seen = new Map<string, OptionToken>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const first = seen.get(token.name);
    if (!first) {
      seen.set(token.name, token);
      continue;
    }
    const values =
      first.value !== undefined && token.value !== undefined
        ? ` ("${first.value}" and "${token.value}")`
        : '';
    throw new BadInputError(`--${token.name} is given twice${values}. Give it once.`);
  }
}

/**
 * A command takes `accepted` positional words; the first one beyond them is refused. Most often
 * it is the second word of an unquoted value ("--amount forty five"), so the message shows the
 * value quoted as it was probably meant.
 */
export function refuseStrayWords(tokens: readonly ArgToken[], accepted: number, singleWords: boolean): void {
  let positionalCount = 0;
  for (const [index, token] of tokens.entries()) {
    if (token.kind !== 'positional') continue;
    positionalCount += 1;
    if (positionalCount <= accepted) continue;
    const hint = quoteHint(tokens, index, accepted, singleWords);
    throw new BadInputError(`Unexpected argument "${token.value}". ${hint}`);
  }
}

/**
 * The run of positional words the stray one stands in. If the run holds a word the command takes
 * ("Jane Doe" as a patient), that word and the rest were one value; if the run follows a flag's
 * value ("--note Income verified"), they belonged to that value.
 */
function quoteHint(
  tokens: readonly ArgToken[],
  strayIndex: number,
  accepted: number,
  singleWords: boolean,
): string {
  let start = strayIndex;
  while (start > 0 && tokens[start - 1]?.kind === 'positional') start -= 1;
  let end = strayIndex;
  while (tokens[end + 1]?.kind === 'positional') end += 1;
  const words = tokens.slice(start, end + 1).map((t) => (t.kind === 'positional' ? t.value : ''));
  const positionalsBefore = tokens.slice(0, start).filter((t) => t.kind === 'positional').length;
  const runHoldsAnArgument = positionalsBefore < accepted;
  if (runHoldsAnArgument && !singleWords) return `Put a value with spaces in quotes: "${words.join(' ')}".`;
  const before = tokens[start - 1];
  if (!runHoldsAnArgument && before?.kind === 'option' && before.value !== undefined) {
    return `Put a value with spaces in quotes: ${before.rawName} "${[before.value, ...words].join(' ')}".`;
  }
  const takes =
    accepted === 0
      ? 'This command takes no arguments besides its options'
      : `This command takes ${accepted === 1 ? 'one argument' : `${accepted} arguments`} besides its options`;
  return `${takes}; if the word is part of a value with spaces, put the whole value in quotes.`;
}
