import { formatCents } from '../../domain/money.ts';
import { searchPatients } from '../../ledger/index.ts';
import { parseCommandArgs, requirePositional } from '../args.ts';
import { BadInputError, type CliCommand, EXIT_OK } from '../command.ts';
import { toJson, toTable } from '../output.ts';

export const patientsCommand: CliCommand = {
  name: 'patients',
  usage: 'patients <query> [--limit N] [--json]',
  summary: 'Search patients by name (accents and typos allowed).',
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: 'boolean' },
        limit: { type: 'string' },
      },
      { positionals: 1, nameWords: true },
    );
    const query = requirePositional(positionals, 'a name to search for');
    const limit = limitArg(values.limit);
    const matches = await searchPatients(await ctx.db(), { query, limit });
    if (values.json) {
      ctx.io.stdout(toJson(matches));
      return EXIT_OK;
    }
    if (matches.length === 0) {
      ctx.io.stdout(`No patient matches "${query}".\n`);
      return EXIT_OK;
    }
    ctx.io.stdout(
      toTable(
        ['Id', 'MRN', 'Name', 'Date of birth', 'Outstanding'],
        matches.map((p) => [p.id, p.mrn, p.fullName, p.dateOfBirth, formatCents(p.outstandingCents)]),
      ),
    );
    return EXIT_OK;
  },
};

const DEFAULT_LIMIT = 10;
/** The search never returns more than this many (searchPatients' own bound). */
const MAX_LIMIT = 50;

/** A limit the search cannot honour is refused, not quietly replaced by another number. */
function limitArg(text: string | undefined): number {
  if (text === undefined) return DEFAULT_LIMIT;
  const limit = text.trim();
  if (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_LIMIT) {
    throw new BadInputError(`--limit must be a whole number from 1 to ${MAX_LIMIT}, got "${text}".`);
  }
  return Number(limit);
}
