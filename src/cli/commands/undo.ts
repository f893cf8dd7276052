import { formatCents } from '../../domain/money.ts';
import { undoWriteOff } from '../../ledger/index.ts';
import { parseCommandArgs, parseId } from '../args.ts';
import { reportBlockers } from '../blocker-output.ts';
import { type CliCommand, EXIT_OK } from '../command.ts';
import { idempotencyKeyFrom, MUTATION_OPTIONS, noteFrom, replayedNotice } from '../mutation-args.ts';
import { toJson } from '../output.ts';

export const undoCommand: CliCommand = {
  name: 'undo',
  usage: 'undo --entry ID [--note TEXT] [--key KEY] [--json]',
  summary: 'Undo a write-off (the id of its write-off entry); a batch is undone as a whole.',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, { ...MUTATION_OPTIONS, entry: { type: 'string' } });
    const writeOffEntryId = parseId(values.entry, '--entry');
    const note = noteFrom(values.note);
    const idempotencyKey = idempotencyKeyFrom(values.key);

    const result = await undoWriteOff(await ctx.db(), {
      writeOffEntryId,
      note,
      actor: ctx.actor,
      source: 'cli',
      idempotencyKey,
    });
    if (!result.ok) return reportBlockers(ctx.io, result.blockers, values.json ?? false);
    const { value } = result;
    if (values.json) {
      ctx.io.stdout(toJson({ ...value, replayed: result.replayed }));
      return EXIT_OK;
    }
    const lines = value.reversals.map(
      (r) =>
        `  charge ${r.chargeId}: ${formatCents(r.amountCents)} back, ${formatCents(r.outstandingCents)} outstanding (entry ${r.entryId})`,
    );
    ctx.io.stdout(
      `Undid write-offs totalling ${formatCents(value.amountCents)}${replayedNotice(result.replayed)}:\n${lines.join('\n')}\n`,
    );
    return EXIT_OK;
  },
};
