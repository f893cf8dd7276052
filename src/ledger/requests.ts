/**
 * A request someone made (a confirm form opened, a message turned into a pending action) goes to
 * the audit log with the row that records it, whether or not anyone ever confirms it.
 */
import type { Transaction } from '../db/client.ts';
import { appendAudit } from './append-entry.ts';

export async function auditRequest(
  tx: Transaction,
  pendingId: string,
  request: { readonly kind: string; readonly requestedBy: string; readonly payload: unknown },
): Promise<void> {
  const origin = (request.payload as { origin?: { via?: unknown; channelId?: unknown } }).origin;
  await appendAudit(tx, {
    actor: request.requestedBy,
    action: 'requested',
    targetType: 'pending_action',
    targetId: pendingId,
    details: {
      kind: request.kind,
      via: typeof origin?.via === 'string' ? origin.via : null,
      channelId: typeof origin?.channelId === 'string' ? origin.channelId : null,
    },
  });
}
