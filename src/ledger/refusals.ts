/**
 * Refusals a user was shown, kept in the audit log, so that "why can't I?" right after a refusal
 * can be answered about that refusal. Ids and codes only, never names.
 */
import { and, desc, eq, gte } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import type { BlockerCode } from '../domain/blockers.ts';

export type RefusedAction = 'write_off' | 'cancel_pr' | 'refund_payment' | 'undo_write_off';

export interface Refusal {
  readonly action: RefusedAction;
  readonly chargeId: number;
  readonly codes: readonly BlockerCode[];
  readonly at: Date;
}

export async function recordRefusal(
  db: Database,
  params: { actor: string; action: RefusedAction; chargeId: number; codes: readonly BlockerCode[] },
): Promise<void> {
  await db.insert(auditLog).values({
    actor: params.actor,
    action: 'refused',
    targetType: 'charge',
    targetId: String(params.chargeId),
    details: { action: params.action, codes: params.codes },
  });
}

/** The user's most recent refusal, if it happened within `withinMs` (default 30 minutes). */
export async function lastRefusal(
  db: Executor,
  params: { actor: string; withinMs?: number; now?: Date },
): Promise<Refusal | null> {
  const since = new Date((params.now ?? new Date()).getTime() - (params.withinMs ?? 30 * 60_000));
  const [row] = await db
    .select()
    .from(auditLog)
    .where(
      and(eq(auditLog.actor, params.actor), eq(auditLog.action, 'refused'), gte(auditLog.createdAt, since)),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!row) return null;
  const details = row.details as { action: RefusedAction; codes: BlockerCode[] };
  return { action: details.action, chargeId: Number(row.targetId), codes: details.codes, at: row.createdAt };
}
