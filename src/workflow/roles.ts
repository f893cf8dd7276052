/** `/billing role @user <role>`: admins grant roles. */
import type { Database } from '../db/client.ts';
import { isRole, ROLE_LABELS, ROLES } from '../domain/index.ts';
import { grantRole } from '../ledger/index.ts';

export type RoleCommandResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly message: string };

const USAGE = `Use: /billing role @someone <${ROLES.join('|')}>`;

/** Text after "role": a user mention as Slack escapes it (<@U123|name>) or a bare id, then a role. */
export function parseRoleCommand(text: string): { userId: string; role: string } | null {
  const match =
    /^\s*<@([UW][A-Z0-9]+)(?:\|[^>]*)?>\s+([a-z_]+)\s*$/i.exec(text) ??
    /^\s*([UW][A-Z0-9]+)\s+([a-z_]+)\s*$/.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return { userId: match[1], role: match[2].toLowerCase() };
}

export async function runRoleCommand(
  db: Database,
  params: { grantedBy: string; text: string },
): Promise<RoleCommandResult> {
  const parsed = parseRoleCommand(params.text);
  if (!parsed) return { ok: false, message: USAGE };
  if (!isRole(parsed.role)) return { ok: false, message: `"${parsed.role}" is not a role. ${USAGE}` };
  const result = await grantRole(db, {
    grantedBy: params.grantedBy,
    userId: parsed.userId,
    role: parsed.role,
  });
  if (!result.ok) return result;
  return { ok: true, message: `<@${parsed.userId}> is now ${ROLE_LABELS[result.role]}.` };
}
