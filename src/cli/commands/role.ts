import { formatCents } from '../../domain/money.ts';
import { can, isRoleChoice, ROLE_CHOICES, roleFromChoice } from '../../domain/roles.ts';
import { grantRole } from '../../ledger/index.ts';
import { parseCommandArgs } from '../args.ts';
import { BadInputError, type CliCommand, EXIT_OK } from '../command.ts';
import { toJson } from '../output.ts';
import { roleLimitArg } from '../role-limit-arg.ts';

const SLACK_USER_ID = /^[UW][A-Z0-9]+$/;

/**
 * `role SLACK_USER_ID <role|none> [--limit AMOUNT|none]`: manage roles without Slack. The CLI acts
 * as an operator (it has the database already), and the change is audited under `cli:<user>`.
 */
export const roleCommand: CliCommand = {
  name: 'role',
  usage: `role SLACK_USER_ID ${ROLE_CHOICES.join('|')} [--limit AMOUNT|none] [--json]`,
  summary: "Set a user's role (none takes access away) and optionally a write-off limit.",
  async run(ctx, args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean' }, limit: { type: 'string' } },
      { positionals: 2, singleWords: true },
    );
    const [userId, typedRole] = positionals;
    if (!userId || !typedRole) throw new BadInputError(`Use: ${roleCommand.usage}`);
    if (!SLACK_USER_ID.test(userId)) {
      throw new BadInputError(`"${userId}" is not a Slack user id (like U0123ABCD).`);
    }
    // "Biller" and "BILLER" are the same role; only the stored code is lower case.
    const choice = typedRole.trim().toLowerCase();
    if (!isRoleChoice(choice)) {
      throw new BadInputError(`"${typedRole}" is not a role. Use one of: ${ROLE_CHOICES.join(', ')}.`);
    }
    const limitCents = roleLimitArg(choice, values.limit);
    const result = await grantRole(await ctx.db(), {
      grantedBy: ctx.actor,
      userId,
      role: roleFromChoice(choice),
      limitCents,
    });
    if (!result.ok) throw new Error(result.message); // the CLI is an operator: cannot happen
    const { role, limitCents: applies } = result;
    // Taking access from someone who had none, or giving the role they have, changes nothing: say so.
    const unchanged = result.unchanged === true;
    if (values.json) {
      ctx.io.stdout(toJson({ userId, role, limitCents: applies, ...(unchanged ? { unchanged } : {}) }));
      return EXIT_OK;
    }
    if (role === null) {
      ctx.io.stdout(
        unchanged ? `${userId} had no access; nothing changed.\n` : `${userId} no longer has access.\n`,
      );
      return EXIT_OK;
    }
    const limitNote = !can(role, 'write_off')
      ? ''
      : applies === null
        ? ', no write-off limit'
        : `, write-off limit ${formatCents(applies)}`;
    ctx.io.stdout(
      unchanged
        ? `${userId} already is ${role}${limitNote}; nothing changed.\n`
        : `${userId} is now ${role}${limitNote}.\n`,
    );
    return EXIT_OK;
  },
};
