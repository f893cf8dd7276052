import { formatCents } from '../../domain/money.ts';
import { listRoles } from '../../ledger/index.ts';
import { parseCommandArgs } from '../args.ts';
import { type CliCommand, EXIT_OK } from '../command.ts';
import { toJson, toTable } from '../output.ts';

/** `roles`: everyone with a role and the write-off limit that applies to them. */
export const rolesCommand: CliCommand = {
  name: 'roles',
  usage: 'roles [--json]',
  summary: 'List users with a role and their write-off limits.',
  async run(ctx, args) {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' } });
    const holders = await listRoles(await ctx.db());
    if (values.json) {
      ctx.io.stdout(toJson(holders));
      return EXIT_OK;
    }
    if (holders.length === 0) {
      ctx.io.stdout('Nobody has a role yet.\n');
      return EXIT_OK;
    }
    const rows = holders.map((h) => [
      h.userId,
      h.role ?? '',
      h.limitCents === null ? 'none' : formatCents(h.limitCents),
    ]);
    ctx.io.stdout(toTable(['User', 'Role', 'Limit'], rows));
    return EXIT_OK;
  },
};
