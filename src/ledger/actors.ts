/** Who is acting, with the role and limit the rules check. Roles live in the users table. */
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { type ActorFacts, effectiveLimitCents, type Role } from '../domain/index.ts';

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
