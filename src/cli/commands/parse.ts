/**
 * `parse [--today YYYY-MM-DD] [--jsonl] [TEXT]`: understand a request with the deterministic
 * parser (DOMAIN.md section 6). No database, no network: the same text always gives the same
 * answer, which is what outside checks rely on.
 */
import { isoDay } from '../../domain/calendar-day.ts';
import { parseRequest } from '../../nlu/parse.ts';
import { FREE_TEXT, parseCommandArgs, refuseTextWithJsonl } from '../args.ts';
import { dayArg } from '../calendar-args.ts';
import { BadInputError, type CliCommand, type CliContext, EXIT_OK } from '../command.ts';
import { toJson } from '../output.ts';

interface ParseArgs {
  readonly today: string;
  readonly jsonl: boolean;
  /** Null when no TEXT argument was given; an explicit "" is text like any other. */
  readonly text: string | null;
}

/** The same flag handling as every other command (parseCommandArgs); TEXT is the positionals. */
function readArgs(args: string[]): ParseArgs {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      today: { type: 'string' },
      jsonl: { type: 'boolean' },
      // Output is always JSON; accepted for symmetry with the other commands.
      json: { type: 'boolean' },
    },
    { positionals: FREE_TEXT },
  );
  if (values.jsonl) refuseTextWithJsonl(positionals);
  // The years every other command takes (calendar-args.ts): 1899-12-31 is a typing mistake here too.
  const today = values.today === undefined ? isoDay(new Date()) : dayArg(values.today, '--today').text;
  return { today, jsonl: values.jsonl ?? false, text: positionals.length > 0 ? positionals.join(' ') : null };
}

async function parseLines(ctx: CliContext, today: string): Promise<void> {
  const input = await ctx.io.stdin();
  const lines = input.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop(); // the newline that ends the last line
  const output = lines.map((line) => JSON.stringify(parseRequest(line, { today })));
  if (output.length > 0) ctx.io.stdout(`${output.join('\n')}\n`);
}

export const parseCommand: CliCommand = {
  name: 'parse',
  usage: 'parse [--today YYYY-MM-DD] [--jsonl] [TEXT]',
  summary: 'Understand a request: intent, patient, amount, reason, date of service',
  async run(ctx, args) {
    const { today, jsonl, text } = readArgs(args);
    if (jsonl) {
      await parseLines(ctx, today);
      return EXIT_OK;
    }
    // Only a missing TEXT is bad input: `parse ""` answers `unknown`, as an empty --jsonl line does.
    if (text === null)
      throw new BadInputError('Give the request text, or --jsonl to read requests from stdin');
    ctx.io.stdout(toJson(parseRequest(text, { today })));
    return EXIT_OK;
  },
};
