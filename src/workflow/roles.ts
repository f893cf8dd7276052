/** `/billing role @user <role> [limit]`: admins grant roles and, optionally, a write-off limit. */
import type { Database } from '../db/client.ts';
import { can, formatCents, isRole, parseAmount, ROLE_LABELS, ROLES } from '../domain/index.ts';
import { grantRole } from '../ledger/index.ts';

export type RoleCommandResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly message: string };

const USAGE = `Use: /billing role @someone <${ROLES.join('|')}> [limit, e.g. $250]`;

export interface RoleCommand {
  readonly userId: string;
  readonly role: string;
  /** The limit text as typed ("$250"), or null when none was given. */
  readonly limitText: string | null;
}

/**
 * Text after "role": a user mention as Slack escapes it (<@U123|name>) or a bare id, a role, then
 * an optional amount. The amount is only cut out here; money.ts decides whether it is one.
 */
export function parseRoleCommand(text: string): RoleCommand | null {
  const match =
    /^\s*<@([UW][A-Z0-9]+)(?:\|[^>]*)?>\s+([a-z_]+)(?:\s+(.+?))?\s*$/i.exec(text) ??
    /^\s*([UW][A-Z0-9]+)\s+([a-z_]+)(?:\s+(.+?))?\s*$/.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return { userId: match[1], role: match[2].toLowerCase(), limitText: match[3] ?? null };
}

export async function runRoleCommand(
  db: Database,
  params: { grantedBy: string; text: string },
): Promise<RoleCommandResult> {
  const parsed = parseRoleCommand(params.text);
  if (!parsed) return { ok: false, message: USAGE };
  if (!isRole(parsed.role)) return { ok: false, message: `"${parsed.role}" is not a role. ${USAGE}` };
  let limitCents: number | null = null;
  if (parsed.limitText !== null) {
    // A limit on a role that cannot write off would be silently meaningless: say so instead.
    if (!can(parsed.role, 'write_off')) {
      return {
        ok: false,
        message: `A ${ROLE_LABELS[parsed.role]} cannot write off, so a limit does not apply.`,
      };
    }
    const amount = parseAmount(parsed.limitText);
    if (!amount.ok) return { ok: false, message: `The limit "${parsed.limitText}": ${amount.message}` };
    limitCents = amount.cents;
  }
  const result = await grantRole(db, {
    grantedBy: params.grantedBy,
    userId: parsed.userId,
    role: parsed.role,
    limitCents,
  });
  if (!result.ok) return result;
  const limit = limitCents === null ? '' : `, with a write-off limit of ${formatCents(limitCents)}`;
  return { ok: true, message: `<@${parsed.userId}> is now ${ROLE_LABELS[result.role]}${limit}.` };
}
