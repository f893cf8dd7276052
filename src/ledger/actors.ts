/** Who is acting, with the role and limit the rules check. Roles live in the users table. */
import { eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { type ActorFacts, effectiveLimitCents, type Role } from '../domain/index.ts';
import { can } from '../domain/roles.ts';
import { appendAudit } from './append-entry.ts';

/**
 * The CLI and imports run with direct access to the database, which already allows everything;
 * they act as admins, and their entries say `cli:<user>` or `import` so the audit trail shows it.
 */
export function isOperatorActor(actor: string): boolean {
  return actor.startsWith('cli:') || actor === 'import';
}

export async function loadActor(db: Executor, userId: string): Promise<ActorFacts> {
  if (isOperatorActor(userId)) return actorFactsFromRow(userId, null);
  const [row] = await db.select().from(users).where(eq(users.userId, userId));
  return actorFactsFromRow(userId, row ?? null);
}

/** The facts from the user's row (null when there is none), read alone or joined to a charge. */
export function actorFactsFromRow(
  userId: string,
  row: { readonly role: Role; readonly limitCents: number | null } | null,
): ActorFacts {
  if (isOperatorActor(userId)) return { userId, role: 'admin', limitCents: null };
  const role = row?.role ?? null;
  return { userId, role, limitCents: effectiveLimitCents(role, row?.limitCents ?? null) };
}

/** First admins come from configuration (BILLING_ADMINS); granting them again changes nothing. */
export async function bootstrapAdmins(db: Database, userIds: readonly string[]): Promise<void> {
  for (const userId of userIds) {
    await db.insert(users).values({ userId, role: 'admin', grantedBy: 'config' }).onConflictDoNothing();
  }
}

export type GrantResult = { ok: true; role: Role } | { ok: false; message: string };

/** Admins grant roles; the change and who made it go to the audit log in the same transaction. */
export async function grantRole(
  db: Database,
  params: { grantedBy: string; userId: string; role: Role; limitCents?: number | null },
): Promise<GrantResult> {
  return db.transaction(async (tx) => {
    const granter = await loadActor(tx, params.grantedBy);
    if (!can(granter.role, 'manage_roles')) {
      return { ok: false, message: 'Only an admin of the billing app can grant roles.' };
    }
    const limitCents = params.limitCents ?? null;
    await tx
      .insert(users)
      .values({ userId: params.userId, role: params.role, limitCents, grantedBy: params.grantedBy })
      .onConflictDoUpdate({
        target: users.userId,
        set: { role: params.role, limitCents, grantedBy: params.grantedBy, updatedAt: sql`now()` },
      });
    await appendAudit(tx, {
      actor: params.grantedBy,
      action: 'role_granted',
      targetType: 'user',
      targetId: params.userId,
      details: { role: params.role, limitCents },
    });
    return { ok: true, role: params.role };
  });
}
