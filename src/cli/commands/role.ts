import { formatCents } from '../../domain/money.ts';
import { isRoleChoice, ROLE_CHOICES, roleFromChoice } from '../../domain/roles.ts';
import { grantRole } from '../../ledger/index.ts';
import { checkRoleLimit } from '../../workflow/roles.ts';
import { parseCommandArgs } from '../args.ts';
import { BadInputError, type CliCommand, EXIT_OK } from '../command.ts';
import { toJson } from '../output.ts';

const SLACK_USER_ID = /^[UW][A-Z0-9]+$/;

/**
 * `role SLACK_USER_ID <role|none> [--limit AMOUNT]`: manage roles without Slack. The CLI acts as
 * an operator (it has the database already), and the change is audited under `cli:<user>`.
 */
export const roleCommand: CliCommand = {
  name: 'role',
  usage: `role SLACK_USER_ID ${ROLE_CHOICES.join('|')} [--limit AMOUNT] [--json]`,
  summary: "Set a user's role (none takes access away) and optionally a write-off limit.",
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      limit: { type: 'string' },
    });
    const [userId, choice, ...extra] = positionals;
    if (!userId || !choice || extra.length > 0) throw new BadInputError(`Use: ${roleCommand.usage}`);
    if (!SLACK_USER_ID.test(userId)) {
      throw new BadInputError(`"${userId}" is not a Slack user id (like U0123ABCD).`);
    }
    if (!isRoleChoice(choice)) {
      throw new BadInputError(`"${choice}" is not a role. Use one of: ${ROLE_CHOICES.join(', ')}.`);
    }
    const limit = checkRoleLimit(choice, values.limit ?? null);
    if (!limit.ok) throw new BadInputError(limit.message);
    const result = await grantRole(await ctx.db(), {
      grantedBy: ctx.actor,
      userId,
      role: roleFromChoice(choice),
      limitCents: limit.limitCents,
    });
    if (!result.ok) throw new Error(result.message); // the CLI is an operator: cannot happen
    const { role, limitCents } = result;
    if (values.json) {
      ctx.io.stdout(toJson({ userId, role, limitCents }));
      return EXIT_OK;
    }
    const limitNote = limitCents === null ? '' : `, write-off limit ${formatCents(limitCents)}`;
    ctx.io.stdout(
      role === null ? `${userId} no longer has access.\n` : `${userId} is now ${role}${limitNote}.\n`,
    );
    return EXIT_OK;
  },
};
