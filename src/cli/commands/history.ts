import { formatCents } from '../../domain/money.ts';
import { chargeHistory, getCharge, NotFoundError } from '../../ledger/index.ts';
import { parseCommandArgs, requirePositional } from '../args.ts';
import { type CliCommand, EXIT_OK } from '../command.ts';
import { parseId } from '../id-arg.ts';
import { toJson, toTable } from '../output.ts';

export const historyCommand: CliCommand = {
  name: 'history',
  usage: 'history <charge id> [--json]',
  summary: "A charge's ledger entries, oldest first.",
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean' } },
      { positionals: 1, singleWords: true },
    );
    const chargeId = parseId(requirePositional(positionals, 'a charge id'), 'The charge id', 'charge');
    const db = await ctx.db();
    if (!(await getCharge(db, chargeId))) throw new NotFoundError('charge', chargeId);
    const entries = await chargeHistory(db, { chargeId });
    if (values.json) {
      ctx.io.stdout(toJson(entries));
      return EXIT_OK;
    }
    ctx.io.stdout(
      toTable(
        ['Entry', 'When', 'Kind', 'Amount', 'Actor', 'Source', 'Reason', 'Refers to', 'Note'],
        entries.map((e) => [
          e.id,
          e.createdAt.toISOString().replace('T', ' ').slice(0, 19),
          e.kind,
          formatCents(e.amountCents),
          e.actor,
          e.source,
          e.reason,
          e.refersToEntryId,
          e.note,
        ]),
      ),
    );
    return EXIT_OK;
  },
};
