/**
 * "why can't <@U0KAREN> write off?", "what can U0BOB do?": a colleague named by their Slack user
 * id, asked about their access (DOMAIN section 4). When the ledger knows the id (a role granted,
 * one revoked, an entry made), the answer is that person's actual role and limit; the role `none`
 * means no access, which an admin gives back. A name in words ("Karen") is no id the ledger keeps,
 * and gets the general answer.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { auditLog, ledgerEntries, users } from '../db/schema/index.ts';
import { formatCents } from '../domain/money.ts';
import { can, effectiveLimitCents, type Permission, ROLE_LABELS, type Role } from '../domain/roles.ts';
import { LIMIT_WINDOW_HOURS } from '../ledger/queries/recent-write-offs.ts';
import type { BlockedAction } from './blocker-topics.ts';

export { slackUserNamed } from './slack-user-named.ts';

/** What the ledger knows of a colleague: their role (null: none) and the limit that applies. */
export interface ColleagueFacts {
  readonly userId: string;
  readonly role: Role | null;
  readonly limitCents: number | null;
  /** The access taken away (role_revoked), by whom and on which day, when that is the last change. */
  readonly revoked?: { readonly by: string; readonly day: string };
}

/** The colleague's facts, or undefined when the ledger has never heard of the id. */
export async function colleagueFacts(db: Executor, userId: string): Promise<ColleagueFacts | undefined> {
  const [row] = await db.select().from(users).where(eq(users.userId, userId));
  if (row) return { userId, role: row.role, limitCents: effectiveLimitCents(row.role, row.limitCents) };
  const [change] = await db
    .select({ action: auditLog.action, actor: auditLog.actor, createdAt: auditLog.createdAt })
    .from(auditLog)
    .where(and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, userId)))
    .orderBy(desc(auditLog.createdAt))
    .limit(1);
  if (change?.action === 'role_revoked')
    return {
      userId,
      role: null,
      limitCents: null,
      revoked: { by: change.actor, day: change.createdAt.toISOString().slice(0, 10) },
    };
  if (change) return { userId, role: null, limitCents: null };
  const [entry] = await db
    .select({ id: ledgerEntries.id })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.actor, userId))
    .limit(1);
  return entry ? { userId, role: null, limitCents: null } : undefined;
}

const PERMISSIONS: Readonly<Record<BlockedAction, Permission>> = {
  write_off: 'write_off',
  cancel_pr: 'cancel_pr',
  refund_payment: 'refund_payment',
  undo_write_off: 'undo_own_write_off',
};

const VERBS: Readonly<Record<BlockedAction, string>> = {
  write_off: 'write off',
  cancel_pr: 'cancel PR',
  refund_payment: 'refund payments',
  undo_write_off: 'undo write-offs',
};

/**
 * "<@U0KAREN> is a biller, with a write-off limit of $100.00 per patient per 24 hours.", or that
 * the role `none` gives no access and an admin gives it back; said of the action asked.
 */
export function colleagueAccessLine(colleague: ColleagueFacts, action: BlockedAction = 'write_off'): string {
  const who = `<@${colleague.userId}>`;
  if (colleague.role === null) {
    const when = colleague.revoked
      ? ` (an admin, ${colleague.revoked.by}, took their access away on ${colleague.revoked.day})`
      : '';
    return (
      `${who} has the role \`none\` in the billing app${when}: no access to patients, balances or any action, ` +
      'only the general help. An admin gives access back with `/billing role` (a role, and for a biller a limit).'
    );
  }
  const label = ROLE_LABELS[colleague.role].toLowerCase();
  const article = /^[aeiou]/.test(label) ? 'an' : 'a';
  if (!can(colleague.role, PERMISSIONS[action]))
    return (
      `${who} is ${article} ${label} in the billing app, a role that may not ${VERBS[action]}. ` +
      'An admin changes the role with `/billing role`, or someone whose role may do it does it.'
    );
  const limit =
    action !== 'write_off'
      ? ''
      : colleague.limitCents === null
        ? ', with no write-off limit'
        : `, with a write-off limit of ${formatCents(colleague.limitCents)} per patient per ${LIMIT_WINDOW_HOURS} hours (more goes to a billing manager or admin for approval)`;
  return `${who} is ${article} ${label} in the billing app${limit}: that role may ${VERBS[action]}.`;
}
