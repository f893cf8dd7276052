import { listCharges } from '../../ledger/index.ts';
import { parseCommandArgs, requirePositional } from '../args.ts';
import { chargeTable } from '../charge-table.ts';
import { type CliCommand, EXIT_OK } from '../command.ts';
import { toJson } from '../output.ts';
import { patientFromArg } from '../patient-arg.ts';

export const chargesCommand: CliCommand = {
  name: 'charges',
  usage: 'charges <patient> [--outstanding] [--json]',
  summary: "List a patient's charges with PR assessed, paid, written off and outstanding.",
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: 'boolean' },
        outstanding: { type: 'boolean' },
      },
      { positionals: 1, nameWords: true },
    );
    const reference = requirePositional(positionals, 'a patient (id, MRN or name)');
    const db = await ctx.db();
    const patient = await patientFromArg(db, reference);
    const charges = await listCharges(db, {
      patientId: patient.id,
      onlyOutstanding: values.outstanding ?? false,
    });
    if (values.json) {
      ctx.io.stdout(toJson(charges));
      return EXIT_OK;
    }
    ctx.io.stdout(`${patient.fullName} (MRN ${patient.mrn}, DOB ${patient.dateOfBirth})\n\n`);
    ctx.io.stdout(charges.length > 0 ? chargeTable(charges) : 'No charges.\n');
    return EXIT_OK;
  },
};
