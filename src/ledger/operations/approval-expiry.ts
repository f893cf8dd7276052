/**
 * Approval requests still pending after 7 days are marked `expired` (DOMAIN.md section 3,
 * APPROVAL_EXPIRED), each with its audit row, in one transaction. Deciding one was already
 * refused from the moment it turned 7 days old; this makes the stored status say so.
 */
import { and, eq, lte } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { approvalRequests } from '../../db/schema/index.ts';
import { APPROVAL_TTL_MS } from '../../domain/index.ts';
import { appendAudit } from '../append-entry.ts';

/** Who the audit log names for changes made by the app's own upkeep. */
export const MAINTENANCE_ACTOR = 'maintenance';

/** Bounds one run; the next run takes the rest. */
const MAX_EXPIRED_PER_RUN = 1_000;

export async function expireApprovalRequests(db: Database, now: Date): Promise<string[]> {
  const createdBy = new Date(now.getTime() - APPROVAL_TTL_MS);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: approvalRequests.id })
      .from(approvalRequests)
      .where(and(eq(approvalRequests.status, 'pending'), lte(approvalRequests.createdAt, createdBy)))
      .orderBy(approvalRequests.createdAt)
      .limit(MAX_EXPIRED_PER_RUN)
      .for('update', { skipLocked: true });
    const expired: string[] = [];
    for (const { id } of due) {
      await tx
        .update(approvalRequests)
        .set({ status: 'expired', decidedAt: now })
        .where(and(eq(approvalRequests.id, id), eq(approvalRequests.status, 'pending')));
      await appendAudit(tx, {
        actor: MAINTENANCE_ACTOR,
        action: 'approval_expired',
        targetType: 'approval',
        targetId: id,
      });
      expired.push(id);
    }
    return expired;
  });
}
