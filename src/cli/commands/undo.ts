import { formatCents } from '../../domain/money.ts';
import { undoWriteOff } from '../../ledger/index.ts';
import { parseCommandArgs, parseId } from '../args.ts';
import type { CliCommand } from '../command.ts';
import { MUTATION_OPTIONS, mutationBasics } from '../mutation-args.ts';
import { reportMutation } from '../mutation-output.ts';

export const undoCommand: CliCommand = {
  name: 'undo',
  usage: 'undo --entry ID [--note TEXT] [--key KEY] [--json]',
  summary: 'Undo a write-off (the id of its write-off entry); a batch is undone as a whole.',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, { ...MUTATION_OPTIONS, entry: { type: 'string' } });
    const writeOffEntryId = parseId(values.entry, '--entry');
    const basics = mutationBasics(values, ctx.actor);

    const result = await undoWriteOff(await ctx.db(), {
      writeOffEntryId,
      ...basics,
    });
    return reportMutation(ctx.io, result, {
      json: values.json ?? false,
      describe: (v, replayed) => {
        const lines = v.reversals.map(
          (r) =>
            `  charge ${r.chargeId}: ${formatCents(r.amountCents)} back, ${formatCents(r.outstandingCents)} outstanding (entry ${r.entryId})`,
        );
        return `Undid write-offs totalling ${formatCents(v.amountCents)}${replayed}:\n${lines.join('\n')}`;
      },
    });
  },
};
