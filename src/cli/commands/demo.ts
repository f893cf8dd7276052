import { loadDemo } from '../../demo/load-demo.ts';
import { parseCommandArgs } from '../args.ts';
import { type CliCommand, EXIT_OK } from '../command.ts';
import { toJson } from '../output.ts';

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: 'demo [--json]',
  summary: 'Load the demo practice into the configured database (safe to run again).',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' } });
    const summary = await loadDemo(await ctx.db());
    const unchanged =
      summary.patientsCreated === 0 && summary.chargesCreated === 0 && summary.entriesWritten === 0;
    if (values.json) {
      ctx.io.stdout(toJson({ ...summary, unchanged }));
      return EXIT_OK;
    }
    const totals = `${summary.patients} patients, ${summary.charges} charges, ${summary.entries} ledger entries`;
    ctx.io.stdout(
      unchanged
        ? `The demo practice was already loaded (${totals}); nothing changed.\n`
        : `Loaded the demo practice: ${totals}. New: ${summary.patientsCreated} patients, ` +
            `${summary.chargesCreated} charges, ${summary.entriesWritten} entries.\n`,
    );
    return EXIT_OK;
  },
};
