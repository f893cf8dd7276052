import { formatCents } from '../../domain/money.ts';
import { searchPatients } from '../../ledger/index.ts';
import { parseCommandArgs, requirePositional } from '../args.ts';
import { type CliCommand, EXIT_OK } from '../command.ts';
import { toJson, toTable } from '../output.ts';

export const patientsCommand: CliCommand = {
  name: 'patients',
  usage: 'patients <query> [--limit N] [--json]',
  summary: 'Search patients by name (accents and typos allowed).',
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      limit: { type: 'string' },
    });
    const query = requirePositional(positionals, 'a name to search for');
    const limit = Math.min(Math.max(Number(values.limit ?? 10) || 10, 1), 50);
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
