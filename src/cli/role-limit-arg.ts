/**
 * `role … --limit AMOUNT|none`: the write-off limit to store with a role. The ledger's grantRole
 * takes undefined as "keep the limit already set" and null as "no explicit limit", which means
 * no limit at all for an admin or a billing manager but the default limit for a biller
 * (effectiveLimitCents): a biller cannot be given no limit, so that is refused, not faked.
 */
import { formatCents } from '../domain/money.ts';
import { can, DEFAULT_BILLER_LIMIT_CENTS, type RoleChoice, roleFromChoice } from '../domain/roles.ts';
import { checkRoleLimit, saysNoLimit } from '../workflow/roles.ts';
import { BadInputError } from './command.ts';

/** Cents; null for no limit; undefined (no --limit) keeps the limit already set. */
export function roleLimitArg(choice: RoleChoice, text: string | undefined): number | null | undefined {
  if (text === undefined) return undefined;
  const role = roleFromChoice(choice);
  // A role that cannot write off has no limit to set or remove: Slack's refusal, in its words.
  if (!saysNoLimit(text) || !can(role, 'write_off')) {
    const check = checkRoleLimit(choice, text);
    if (!check.ok) throw new BadInputError(check.message);
    return check.limitCents;
  }
  if (role === 'biller') {
    throw new BadInputError(
      `A biller always has a write-off limit: ${formatCents(DEFAULT_BILLER_LIMIT_CENTS)} unless another is set. ` +
        'Give an amount (for example --limit 250), or make them billing_manager, which has no limit.',
    );
  }
  return null;
}
