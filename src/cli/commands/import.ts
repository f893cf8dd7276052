import { formatProblem, importCsv, readImportFiles } from '../../import/import-files.ts';
import { parseCommandArgs } from '../args.ts';
import { BadInputError, type CliCommand, EXIT_BAD_INPUT, EXIT_OK } from '../command.ts';
import { toJson } from '../output.ts';

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import [--patients FILE] [--charges FILE] [--payments FILE] [--json]',
  summary: 'Import CSV files; every row is checked first, then all are loaded or none.',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      patients: { type: 'string' },
      charges: { type: 'string' },
      payments: { type: 'string' },
    });
    const { patients, charges, payments } = values;
    if (!patients && !charges && !payments) {
      throw new BadInputError('Name at least one file: --patients FILE, --charges FILE or --payments FILE.');
    }
    const files = await readImportFiles({ patients, charges, payments });
    const outcome =
      files.problems.length > 0
        ? { ok: false as const, problems: files.problems }
        : await importCsv(await ctx.db(), files.sources);
    if (!outcome.ok) {
      const lines = outcome.problems.map(formatProblem);
      ctx.io.stderr(`Nothing was imported: ${lines.length} problem(s) to fix.\n${lines.join('\n')}\n`);
      if (values.json) ctx.io.stdout(toJson({ imported: false, problems: outcome.problems }));
      return EXIT_BAD_INPUT;
    }
    const { summary } = outcome;
    const unchanged =
      summary.patientsCreated + summary.chargesCreated + summary.prPosted + summary.paymentsPosted === 0;
    if (values.json) {
      ctx.io.stdout(toJson({ imported: true, unchanged, ...summary }));
      return EXIT_OK;
    }
    ctx.io.stdout(
      `Imported: ${summary.patientsCreated} new patients (${summary.patientsUpdated} already known), ` +
        `${summary.chargesCreated} new charges, ${summary.prPosted} PR amounts, ${summary.paymentsPosted} payments. ` +
        `${summary.alreadyImported} rows were imported before and left as they were.` +
        `${unchanged ? ' Nothing changed.' : ''}\n`,
    );
    return EXIT_OK;
  },
};
