/** The audit log, oldest first, for export (DOMAIN section 6, `cli audit`). */
import { asc, gte } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditLog } from '../../db/schema/index.ts';

/** An export is bounded: a year of a busy practice, not an unbounded read into memory. */
export const MAX_AUDIT_ROWS = 200_000;

export interface AuditRow {
  readonly id: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly details: unknown;
}

export async function auditTrail(db: Executor, params: { since: Date | null }): Promise<AuditRow[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(params.since ? gte(auditLog.createdAt, params.since) : undefined)
    .orderBy(asc(auditLog.id))
    .limit(MAX_AUDIT_ROWS);
  return rows.map((r) => ({
    id: r.id,
    at: r.createdAt.toISOString(),
    actor: r.actor,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    details: r.details,
  }));
}
