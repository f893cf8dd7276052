import { listCharges } from '../../ledger/index.ts';
import { owesSentence } from '../../workflow/owes-sentence.ts';
import { parseCommandArgs, requirePositional } from '../args.ts';
import { chargeTable } from '../charge-table.ts';
import { type CliCommand, EXIT_OK } from '../command.ts';
import { toJson } from '../output.ts';
import { patientFromArg } from '../patient-arg.ts';

export const balanceCommand: CliCommand = {
  name: 'balance',
  usage: 'balance <patient> [--json]',
  summary: "A patient's outstanding PR balance and the charges that make it up.",
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean' } },
      { positionals: 1, nameWords: true },
    );
    const reference = requirePositional(positionals, 'a patient (id, MRN or name)');
    const db = await ctx.db();
    const patient = await patientFromArg(db, reference);
    const open = await listCharges(db, { patientId: patient.id, onlyOutstanding: true });
    const outstandingCents = open.reduce((sum, c) => sum + c.outstandingCents, 0);
    if (values.json) {
      ctx.io.stdout(
        toJson({
          patientId: patient.id,
          patientName: patient.fullName,
          mrn: patient.mrn,
          outstandingCents,
          openCharges: open,
        }),
      );
      return EXIT_OK;
    }
    ctx.io.stdout(
      `${owesSentence(`${patient.fullName} (MRN ${patient.mrn})`, outstandingCents, open.length)}\n`,
    );
    if (open.length > 0) ctx.io.stdout(`\n${chargeTable(open)}`);
    return EXIT_OK;
  },
};
