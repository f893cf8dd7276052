/**
 * A request someone made (a confirm form opened, a message turned into a pending action) goes to
 * the audit log with the row that records it, whether or not anyone ever confirms it.
 */
import { type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../db/schema/index.ts';
import { auditDetails } from './append-entry.ts';

export interface AuditedRequest {
  readonly kind: string;
  readonly requestedBy: string;
  readonly payload: unknown;
}

/**
 * The request's audit row as an `insert … select` from `created`, a CTE of the statement that
 * inserts the pending action (its `id`): one row when that insert wrote one, none when the id was
 * already there. Kind and surface only: the payload's hints may name the patient.
 */
export function requestAuditInsert(created: SQL, request: AuditedRequest): SQL {
  const origin = (request.payload as { origin?: { via?: unknown; channelId?: unknown } }).origin;
  const details = auditDetails({
    actor: request.requestedBy,
    details: {
      kind: request.kind,
      via: typeof origin?.via === 'string' ? origin.via : null,
      channelId: typeof origin?.channelId === 'string' ? origin.channelId : null,
    },
  });
  return sql`insert into ${auditLog} (actor, action, target_type, target_id, details)
    select ${request.requestedBy}, 'requested', 'pending_action', ${created}.id,
      ${JSON.stringify(details)}::text::jsonb from ${created}`;
}
