/**
 * Who holds which role: admins grant and revoke, configured admins are restored at every start.
 * Every change goes to the audit log in the same transaction as the change itself.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { can, effectiveLimitCents, type Role } from '../domain/roles.ts';
import { loadActor } from './actors.ts';
import { appendAudit } from './append-entry.ts';

/** A user's role as shown to admins; `limitCents` is the limit that applies (null: none). */
export interface RoleHolder {
  readonly userId: string;
  readonly role: Role | null;
  readonly limitCents: number | null;
}

/**
 * `unchanged`: taking access from someone who had none, or giving someone the role and limit they
 * already have, changed nothing and was not audited; said so, a mistyped id is noticed rather than
 * reported as revoked, and the audit log lists changes only.
 */
export type GrantResult = ({ ok: true; unchanged?: true } & RoleHolder) | { ok: false; message: string };

export interface GrantParams {
  readonly grantedBy: string;
  readonly userId: string;
  /** null takes access away (the role `none`). */
  readonly role: Role | null;
  /**
   * A new explicit limit; undefined keeps the one already set, so re-granting a role loses nothing
   * (a biller made a viewer for a while and a biller again keeps their $250). Except upwards: a
   * limit set for a lower role does not follow a person who becomes a billing manager or admin,
   * who have none unless one is given with the change (DOMAIN.md section 4).
   */
  readonly limitCents?: number | null;
}

/** The roles with no write-off limit unless one is set (a biller's default is $100). */
const UNLIMITED_BY_DEFAULT: ReadonlySet<Role> = new Set(['billing_manager', 'admin']);

/** Admins grant roles (or `none`); the change and who made it go to the audit log. */
export async function grantRole(db: Database, params: GrantParams): Promise<GrantResult> {
  return db.transaction(async (tx) => {
    const granter = await loadActor(tx, params.grantedBy);
    if (!can(granter.role, 'manage_roles')) {
      return { ok: false, message: 'Only an admin of the billing app can grant roles.' };
    }
    const before = await lockedRow(tx, params.userId);
    if (params.role === null) {
      if (!before) return { ok: true, userId: params.userId, role: null, limitCents: null, unchanged: true };
      await tx.delete(users).where(eq(users.userId, params.userId));
      await appendAudit(tx, {
        actor: params.grantedBy,
        action: 'role_revoked',
        targetType: 'user',
        targetId: params.userId,
        details: { previousRole: before.role, previousLimitCents: previousLimit(before) },
      });
      return { ok: true, userId: params.userId, role: null, limitCents: null };
    }
    const promoted = before?.role !== params.role && UNLIMITED_BY_DEFAULT.has(params.role);
    const kept = promoted ? null : (before?.limitCents ?? null);
    const limitCents = params.limitCents === undefined ? kept : params.limitCents;
    // The same role with the same limit in effect changes nothing, however it was typed: "biller
    // $100" for a biller on the $100 default keeps the default (and says so) rather than audit a
    // change that is none.
    if (
      before?.role === params.role &&
      effectiveLimitCents(before.role, before.limitCents) === effectiveLimitCents(params.role, limitCents)
    ) {
      return { ok: true, ...holder(params.userId, params.role, before.limitCents), unchanged: true };
    }
    await upsertRole(tx, {
      userId: params.userId,
      role: params.role,
      limitCents,
      grantedBy: params.grantedBy,
    });
    await appendAudit(tx, {
      actor: params.grantedBy,
      action: 'role_granted',
      targetType: 'user',
      targetId: params.userId,
      details: {
        role: params.role,
        limitCents,
        // The limit that applies (a biller's default when none is set), as the command said it.
        appliedLimitCents: holder(params.userId, params.role, limitCents).limitCents,
        previousRole: before?.role ?? null,
        previousLimitCents: before ? previousLimit(before) : null,
      },
    });
    return { ok: true, ...holder(params.userId, params.role, limitCents) };
  });
}

/**
 * The admins listed in configuration (BILLING_ADMINS) are admins at every start: a missing one is
 * added and a demoted or revoked one restored, keeping any limit. Audited only when something changed.
 */
export async function bootstrapAdmins(db: Database, userIds: readonly string[]): Promise<void> {
  for (const userId of userIds) {
    await db.transaction(async (tx) => {
      const before = await lockedRow(tx, userId);
      if (before?.role === 'admin') return;
      const limitCents = before?.limitCents ?? null;
      await upsertRole(tx, { userId, role: 'admin', limitCents, grantedBy: 'config' });
      await appendAudit(tx, {
        actor: 'config',
        action: 'role_granted',
        targetType: 'user',
        targetId: userId,
        details: { role: 'admin', limitCents, previousRole: before?.role ?? null, source: 'BILLING_ADMINS' },
      });
    });
  }
}

/**
 * The limit that was in effect, as the audit keeps it: a biller with none set had the $100
 * default, and a row saying "null" would disagree with the command that said $100 applied. A limit
 * kept for a role that cannot write off (a biller made a viewer for a while) is kept as it is.
 */
function previousLimit(before: { role: Role; limitCents: number | null }): number | null {
  return effectiveLimitCents(before.role, before.limitCents);
}

/** Everyone with a role, by user id. */
export async function listRoles(db: Database): Promise<RoleHolder[]> {
  const rows = await db.select().from(users).orderBy(asc(users.userId));
  return rows.map((row) => holder(row.userId, row.role, row.limitCents));
}

/** A limit is shown only where it means something: a role that may write off (it is kept anyway). */
function holder(userId: string, role: Role, explicitLimitCents: number | null): RoleHolder {
  const limitCents = can(role, 'write_off') ? effectiveLimitCents(role, explicitLimitCents) : null;
  return { userId, role, limitCents };
}

async function lockedRow(tx: Transaction, userId: string) {
  const [row] = await tx.select().from(users).where(eq(users.userId, userId)).for('update');
  return row;
}

async function upsertRole(
  tx: Transaction,
  row: { userId: string; role: Role; limitCents: number | null; grantedBy: string },
): Promise<void> {
  await tx
    .insert(users)
    .values(row)
    .onConflictDoUpdate({
      target: users.userId,
      set: { role: row.role, limitCents: row.limitCents, grantedBy: row.grantedBy, updatedAt: sql`now()` },
    });
}
