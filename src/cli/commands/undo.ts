import { formatCents } from '../../domain/money.ts';
import { firstWriteOffOfBatch, undoWriteOff } from '../../ledger/index.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliContext } from '../command.ts';
import { BadInputError, type CliCommand } from '../command.ts';
import { parseId } from '../id-arg.ts';
import { MUTATION_OPTIONS, mutationBasics } from '../mutation-args.ts';
import { reportMutation } from '../mutation-output.ts';

export const undoCommand: CliCommand = {
  name: 'undo',
  usage: 'undo (--entry ID | --batch ID) [--note TEXT] [--key KEY] [--json]',
  summary: 'Undo a write-off (the id of its write-off entry) or a whole batch (its batch id).',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, {
      ...MUTATION_OPTIONS,
      entry: { type: 'string' },
      batch: { type: 'string' },
    });
    if ((values.entry === undefined) === (values.batch === undefined)) {
      throw new BadInputError('Give either --entry ID or --batch ID.');
    }
    const basics = mutationBasics(values, ctx.actor);
    const writeOffEntryId =
      values.batch === undefined
        ? parseId(values.entry, '--entry', 'entry')
        : await batchEntry(ctx, values.batch);

    const result = await undoWriteOff(await ctx.db(), { writeOffEntryId, ...basics });
    const count = result.ok ? result.value.reversals.length : 0;
    return reportMutation(ctx.io, result, {
      json: values.json ?? false,
      extraJson: { count },
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

/** A batch is undone through any of its write-offs; the ledger takes back the rest with it. */
async function batchEntry(ctx: CliContext, batchId: string): Promise<number> {
  const id = await firstWriteOffOfBatch(await ctx.db(), batchId.trim());
  if (id === null) throw new BadInputError(`No batch with id "${batchId}".`);
  return id;
}
